import Foundation
import KijiClaims
import KijiCore
import KijiEntities

/// Links and writes batches of documents, each batch in one transaction under the store's
/// writer lock: first the claims other writers committed since this one last looked are filed
/// into its linker, then each new document's claims are linked and the documents written. So
/// any number of processes on one store link into one set of clusters (names are resolved
/// across documents the same way, from the stored entities), and a process killed at
/// any moment leaves whole batches only. A document whose content is stored already comes back
/// as stored (clusters included), and a new id for it is kept as a copy.
public final class StoreWriter {
    public let store: ClaimStore
    /// Whether documents' claims are linked here (the run extracts claims).
    let links: Bool
    /// Whether personal names are resolved across documents here (the run finds entities).
    let resolvesNames: Bool
    /// Built with the linker, from every stored person's name.
    private var resolver: CanonicalResolver?
    /// Built at the first batch from every stored claim; dropped when a transaction fails, as
    /// it may hold claims that were never committed.
    private var linker: ClaimLinker?
    /// The last stored document position whose names and claims the resolver and linker hold.
    private var synced = 0
    public private(set) var added = 0
    public private(set) var reused = 0
    public private(set) var copies = 0
    /// Documents of a sharded run written to wait for the documents before them (other shards').
    public internal(set) var waiting = 0

    public init(store: ClaimStore, resolvesNames: Bool = true, links: Bool = true) {
        self.store = store
        self.resolvesNames = resolvesNames
        self.links = links
    }

    /// Writes the batch (new documents linked first); returns each document as stored.
    public func commit(_ batch: [Document]) throws -> [Document] {
        guard !batch.isEmpty else { return [] }
        let hashes = batch.map(ContentHash.of)
        let outcome = try transaction { try self.write(batch, hashes: hashes, in: $0) }
        count(outcome)
        return outcome.documents
    }

    func count(_ outcome: Outcome) {
        added += outcome.added
        reused += outcome.reused
        copies += outcome.copies
    }

    /// Runs `body` in a write transaction, retried on transient failures; the linker is dropped
    /// when a transaction fails.
    func transaction<T>(_ body: @escaping (any SQLConnection) throws -> T) throws -> T {
        try retryingTransient {
            do {
                return try store.database.write(body)
            } catch {
                linker = nil
                resolver = nil
                synced = 0
                throw error
            }
        }
    }

    struct Outcome {
        var documents: [Document] = []
        var added = 0
        var reused = 0
        var copies = 0
    }

    /// What the store holds for a content hash: its document and the ids stored with it.
    private struct Known {
        /// Nil for a document of this batch: `DocumentRows` knows it.
        var position: Int?
        var document: Document
        var ids: Set<String>
    }

    func write(_ batch: [Document], hashes: [String], in connection: any SQLConnection) throws -> Outcome {
        guard !batch.isEmpty else { return Outcome() }
        let (resolver, linker) = try synced(connection)
        var known = try lookUp(Set(hashes), in: connection)
        var outcome = Outcome()
        var rows = DocumentRows()
        for (document, hash) in zip(batch, hashes) {
            if var entry = known[hash] {
                var stored = entry.document
                stored.id = document.id
                if entry.ids.insert(document.id).inserted {
                    try rows.addCopy(id: document.id, hash: hash, of: entry.position, in: connection)
                    outcome.copies += 1
                } else {
                    outcome.reused += 1
                }
                known[hash] = entry
                outcome.documents.append(stored)
                continue
            }
            var document = document
            try resolver?.annotate(&document)
            try linker?.annotate(&document)
            rows.add(document, hash: hash)
            // Its position comes when `rows` writes it.
            known[hash] = Known(position: nil, document: document, ids: [document.id])
            outcome.added += 1
            outcome.documents.append(document)
        }
        try rows.flush(in: connection)
        synced = max(synced, rows.lastPosition)
        return outcome
    }

    /// The resolver and the linker, holding every name and claim committed so far (the writer lock is held).
    private func synced(_ connection: any SQLConnection) throws -> (CanonicalResolver?, ClaimLinker?) {
        if linker == nil && resolver == nil { synced = 0 }
        if resolvesNames {
            let resolver = self.resolver ?? CanonicalResolver()
            self.resolver = resolver
            var people = Document(id: "", source: .plainText(""))
            var current = -1
            for row in try connection.rows("""
                SELECT document, start, "end", text, canonical FROM entity WHERE document > ? AND type = ? ORDER BY document, start, "end"
                """, [.integer(Int64(synced)), .text(EntityType.person.rawValue)]) {
                let position = row.integer(0) ?? 0
                if position != current, !people.entities.isEmpty {
                    try resolver.annotate(&people)
                    people.entities.removeAll()
                }
                current = position
                people.entities.append(Entity(span: Span(start: row.integer(1) ?? 0, end: row.integer(2) ?? 0, text: row.text(3) ?? ""),
                                              type: .person, canonical: row.text(4) ?? ""))
            }
            if !people.entities.isEmpty { try resolver.annotate(&people) }
        }
        var newest = synced
        if links {
            let linker = try self.linker ?? ClaimLinker()
            self.linker = linker
            for stored in try ClaimStore.claims(after: synced, in: connection) {
                linker.restore(stored.claim)
                newest = max(newest, stored.position)
            }
        }
        let last = try connection.rows("SELECT MAX(position) FROM document").first?.integer(0) ?? 0
        synced = max(newest, last)
        return (resolver, linker)
    }

    private func lookUp(_ hashes: Set<String>, in connection: any SQLConnection) throws -> [String: Known] {
        let list = Array(hashes)
        let marks = Array(repeating: "?", count: list.count).joined(separator: ", ")
        let rows = try connection.rows("SELECT position, hash, id, copy_of, annotation FROM document WHERE hash IN (\(marks))",
                                       list.map(SQLValue.text))
        var known: [String: Known] = [:]
        for row in rows where row.integer(3) == nil {
            guard let hash = row.text(1), let data = row.blob(4), let position = row.integer(0) else { continue }
            known[hash] = Known(position: position, document: try AnnotatedDocument.parse(data).document, ids: [])
        }
        for row in rows {
            if let hash = row.text(1), let id = row.text(2) { known[hash]?.ids.insert(id) }
        }
        return known
    }
}

/// The entity and claim rows of a batch, inserted a few hundred rows per statement (a round trip
/// per statement matters on a server).
struct StoreRows {
    static let entityColumns = #"document, start, "end", text, type, canonical"#
    static let claimColumns = #"document, ordinal, start, "end", text, subject, attribute, valueKind, value, unit, normalized, source, cluster"#
    static let rowsPerStatement = 400

    var entities: [[SQLValue]] = []
    var claims: [[SQLValue]] = []

    mutating func add(_ document: Document, at position: Int) {
        let key = SQLValue(position)
        for entity in document.entities {
            entities.append([key, SQLValue(entity.start), SQLValue(entity.end), .text(entity.text), .text(entity.type.rawValue),
                             .text(entity.canonical)])
        }
        for (ordinal, claim) in document.claims.enumerated() {
            claims.append([key, SQLValue(ordinal), SQLValue(claim.start), SQLValue(claim.end), .text(claim.text), SQLValue(claim.subject),
                           .text(claim.attribute), SQLValue(claim.value?.kind.rawValue), SQLValue(claim.value?.value),
                           SQLValue(claim.value?.unit), SQLValue(claim.value?.normalized), SQLValue(claim.source), .text(claim.cluster)])
        }
    }

    func insert(in connection: any SQLConnection) throws {
        try Self.insert(entities, into: "entity", columns: Self.entityColumns, in: connection)
        try Self.insert(claims, into: "claim", columns: Self.claimColumns, in: connection)
    }

    static func insert(_ rows: [[SQLValue]], into table: String, columns: String, in connection: any SQLConnection) throws {
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + rowsPerStatement)]
            let tuple = "(" + Array(repeating: "?", count: chunk.first!.count).joined(separator: ", ") + ")"
            let sql = "INSERT INTO \(table) (\(columns)) VALUES " + Array(repeating: tuple, count: chunk.count).joined(separator: ", ")
            try connection.execute(sql, chunk.flatMap { $0 })
            start += chunk.count
        }
    }
}

/// The document rows of a batch, in input order: runs of new documents go in one multi-row
/// statement (a round trip per document matters on a server), a copy after the documents before
/// it, so positions follow the input as when rows went one at a time. The new documents'
/// entities and claims follow, under the positions the store gave.
struct DocumentRows {
    private var documents: [(document: Document, hash: String)] = []
    private var positions: [String: Int] = [:]
    private var details = StoreRows()
    private(set) var lastPosition = 0

    mutating func add(_ document: Document, hash: String) { documents.append((document, hash)) }

    /// A copy of the document stored at `position`, or of one of this batch (nil).
    mutating func addCopy(id: String, hash: String, of position: Int?, in connection: any SQLConnection) throws {
        try insertDocuments(in: connection)
        guard let original = position ?? positions[hash] else { throw StoreError("no stored document for the copy \(id)") }
        try connection.execute("INSERT INTO document (hash, id, copy_of) VALUES (?, ?, ?)",
                               [.text(hash), .text(id), .integer(Int64(original))])
    }

    mutating func flush(in connection: any SQLConnection) throws {
        try insertDocuments(in: connection)
        try details.insert(in: connection)
    }

    private mutating func insertDocuments(in connection: any SQLConnection) throws {
        var start = 0
        while start < documents.count {
            let chunk = documents[start..<min(documents.count, start + StoreRows.rowsPerStatement / 4)]
            let sql = "INSERT INTO document (hash, id, annotation) VALUES "
                + Array(repeating: "(?, ?, ?)", count: chunk.count).joined(separator: ", ") + " RETURNING position, hash"
            let arguments = chunk.flatMap { entry -> [SQLValue] in
                [.text(entry.hash), .text(entry.document.id), .blob(Data(entry.document.jsonLine()))]
            }
            for row in try connection.rows(sql, arguments) {
                if let position = row.integer(0), let hash = row.text(1) { positions[hash] = position }
            }
            for (document, hash) in chunk {
                guard let position = positions[hash] else { throw StoreError("the store returned no position for \(document.id)") }
                details.add(document, at: position)
                lastPosition = max(lastPosition, position)
            }
            start += chunk.count
        }
        documents.removeAll(keepingCapacity: true)
    }
}
