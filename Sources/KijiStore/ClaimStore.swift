import Foundation
import GRDB
import KijiClaims
import KijiCore

/// The SQLite store (WAL mode) of processed documents: each keyed by its content hash, with its
/// annotation (the export JSON line), its entities' canonical names and its claims with their
/// clusters. A document is written in one transaction, so a run killed at any moment leaves
/// whole documents only, and a re-run stores nothing twice.
public final class ClaimStore: @unchecked Sendable {
    let pool: DatabasePool
    public let path: String

    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "document") { t in
                t.autoIncrementedPrimaryKey("position")
                t.column("hash", .text).notNull().unique()
                t.column("id", .text).notNull()
                t.column("annotation", .blob).notNull()
            }
            try db.create(table: "entity") { t in
                t.column("document", .integer).notNull().references("document", onDelete: .cascade)
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("type", .text).notNull()
                t.column("canonical", .text).notNull()
            }
            try db.create(index: "entity_canonical", on: "entity", columns: ["canonical"])
            try db.create(table: "claim") { t in
                t.column("document", .integer).notNull().references("document", onDelete: .cascade)
                t.column("ordinal", .integer).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("subject", .text)
                t.column("attribute", .text).notNull()
                t.column("valueKind", .text)
                t.column("value", .double)
                t.column("unit", .text)
                t.column("normalized", .text)
                t.column("source", .text)
                t.column("cluster", .text).notNull()
                t.primaryKey(["document", "ordinal"])
            }
            try db.create(index: "claim_cluster", on: "claim", columns: ["cluster"])
        }
        return migrator
    }

    /// Whether a document with this content hash is stored.
    public func contains(hash: String) throws -> Bool {
        try pool.read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM document WHERE hash = ?", arguments: [hash]) ?? false }
    }

    /// The stored annotation of the document with this content hash.
    public func document(hash: String) throws -> Document? {
        guard let data = try pool.read({ db in
            try Data.fetchOne(db.cachedStatement(sql: "SELECT annotation FROM document WHERE hash = ?"), arguments: [hash])
        }) else { return nil }
        return try AnnotatedDocument.parse(data).document
    }

    /// Writes a document, its entities and its claims in one transaction; a document already
    /// stored under `hash` is left as it is. Returns whether it was added.
    @discardableResult
    public func add(_ document: Document, hash: String) throws -> Bool {
        try pool.write { db in
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM document WHERE hash = ?"), arguments: [hash]) ?? false {
                return false
            }
            try db.cachedStatement(sql: "INSERT INTO document (hash, id, annotation) VALUES (?, ?, ?)")
                .execute(arguments: [hash, document.id, Data(document.jsonLine())])
            let position = db.lastInsertedRowID
            let insertEntity = try db.cachedStatement(sql: """
                INSERT INTO entity (document, start, "end", text, type, canonical) VALUES (?, ?, ?, ?, ?, ?)
                """)
            for entity in document.entities {
                try insertEntity.execute(arguments: [position, entity.start, entity.end, entity.text, entity.type.rawValue, entity.canonical])
            }
            let insertClaim = try db.cachedStatement(sql: """
                INSERT INTO claim (document, ordinal, start, "end", text, subject, attribute, valueKind, value, unit, normalized, source, cluster)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (ordinal, claim) in document.claims.enumerated() {
                try insertClaim.execute(arguments: [position, ordinal, claim.start, claim.end, claim.text, claim.subject, claim.attribute,
                                                    claim.value?.kind.rawValue, claim.value?.value, claim.value?.unit, claim.value?.normalized,
                                                    claim.source, claim.cluster])
            }
            return true
        }
    }

    /// Number of stored documents.
    public func documentCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0 }
    }

    /// Every stored claim with its document id, in the order documents were stored: what a
    /// linker needs to go on from where the store stands.
    public func storedClaims() throws -> [(document: String, claim: Claim)] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.id, c.* FROM claim c JOIN document d ON d.position = c.document ORDER BY c.document, c.ordinal
                """).map { row in (row["id"], Self.claim(from: row)) }
        }
    }

    /// Feeds every stored claim to the linker, so new documents link to stored clusters.
    public func restore(into linker: ClaimLinker) throws {
        for (_, claim) in try storedClaims() { linker.restore(claim) }
    }

    /// Calls `body` with each stored annotation line, in the order documents were stored.
    public func forEachAnnotation(_ body: (Data) throws -> Void) throws {
        try pool.read { db in
            let cursor = try Data.fetchCursor(db, sql: "SELECT annotation FROM document ORDER BY position")
            while let data = try cursor.next() { try body(data) }
        }
    }

    static func claim(from row: Row) -> Claim {
        let kind = (row["valueKind"] as String?).flatMap(NumberKind.init(rawValue:))
        let value = kind.map { NumberValue(kind: $0, value: row["value"], unit: row["unit"], normalized: row["normalized"]) }
        return Claim(span: Span(start: row["start"], end: row["end"], text: row["text"]), subject: row["subject"],
                     attribute: row["attribute"], value: value, source: row["source"], cluster: row["cluster"])
    }
}
