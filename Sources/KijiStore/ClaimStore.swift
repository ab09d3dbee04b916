import Foundation
import KijiClaims
import KijiCore

/// The store of processed documents, on SQLite (a file path) or PostgreSQL (a `postgres://`
/// address): each document under its content hash with its annotation (the export JSON line),
/// its entities' canonical names and its claims with their clusters, plus its copies. Writes go
/// through `StoreWriter`, in transactions of whole documents, so a run killed at any moment
/// leaves whole documents only and a re-run stores nothing twice. One SQL text serves both
/// engines (`SQLDialect` holds what differs).
public final class ClaimStore: DocumentStore, @unchecked Sendable {
    let database: any SQLDatabase
    public let location: String
    /// The path, for SQLite stores (kept for earlier callers).
    public var path: String { location }

    /// Opens the store at `location` (a path, or `postgres://user@host:port/database`), making
    /// its tables when missing.
    public init(location: String) throws {
        self.location = location
        database = Self.isPostgres(location) ? try PostgresStoreDatabase(url: location) : try SQLiteDatabase(path: location)
        let dialect = database.dialect
        try retryingTransient { try database.write { try StoreSchema.create($0, dialect: dialect) } }
    }

    public convenience init(path: String) throws { try self.init(location: path) }

    deinit { database.close() }

    public static func isPostgres(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    public func documentCount() throws -> Int {
        try count("SELECT COUNT(*) FROM document WHERE copy_of IS NULL")
    }

    public func idCount() throws -> Int { try count("SELECT COUNT(*) FROM document") }

    func count(_ sql: String) throws -> Int {
        try database.read { try $0.rows(sql).first?.integer(0) ?? 0 }
    }

    public func contains(hash: String) throws -> Bool {
        try database.read { try !$0.rows("SELECT 1 FROM document WHERE hash = ?", [.text(hash)]).isEmpty }
    }

    public func document(hash: String) throws -> Document? {
        let rows = try database.read {
            try $0.rows("SELECT annotation FROM document WHERE hash = ? AND copy_of IS NULL", [.text(hash)])
        }
        guard let data = rows.first?.blob(0) else { return nil }
        return try AnnotatedDocument.parse(data).document
    }

    static let claimColumns = #"c.document, c.start, c."end", c.text, c.subject, c.attribute, c.valueKind, c.value, c.unit, c.normalized, c.source, c.cluster"#

    public func storedClaims() throws -> [(document: String, claim: Claim)] {
        try database.read { try Self.claims(after: 0, in: $0) }.map { ($0.document, $0.claim) }
    }

    /// Claims of documents stored after `position`, in store order, with their document's id and position.
    static func claims(after position: Int, in connection: any SQLConnection) throws -> [(document: String, position: Int, claim: Claim)] {
        try connection.rows("""
            SELECT d.id, \(claimColumns) FROM claim c JOIN document d ON d.position = c.document
            WHERE c.document > ? ORDER BY c.document, c.ordinal
            """, [.integer(Int64(position))]).map { row in (row.text(0) ?? "", row.integer(1) ?? 0, claim(from: row, at: 2)) }
    }

    /// Feeds every stored claim to the linker, so new documents link to stored clusters.
    public func restore(into linker: ClaimLinker) throws {
        for (_, claim) in try storedClaims() { linker.restore(claim) }
    }

    /// Export lines are read this many at a time, so memory stays flat for any store.
    static let exportPage = 256

    public func forEachAnnotation(_ body: (Data) throws -> Void) throws {
        var after: Int64 = 0
        while true {
            let rows = try database.read { connection in
                try connection.rows("""
                    SELECT d.position, d.id, o.id, COALESCE(d.annotation, o.annotation) FROM document d
                    LEFT JOIN document o ON o.position = d.copy_of WHERE d.position > ? ORDER BY d.position LIMIT ?
                    """, [.integer(after), .integer(Int64(Self.exportPage))])
            }
            for row in rows {
                guard let annotation = row.blob(3), let id = row.text(1) else { continue }
                if let original = row.text(2) {
                    try body(CopyLine.make(annotation, originalID: original, copyID: id))
                } else {
                    try body(annotation)
                }
            }
            guard rows.count == Self.exportPage, let last = rows.last?.integer(0) else { return }
            after = Int64(last)
        }
    }

    /// The claim whose columns start at `column`: start, end, text, subject, attribute,
    /// valueKind, value, unit, normalized, source, cluster.
    static func claim(from row: SQLRow, at column: Int) -> Claim {
        let kind = row.text(column + 5).flatMap(NumberKind.init(rawValue:))
        let value = kind.map {
            NumberValue(kind: $0, value: row.real(column + 6), unit: row.text(column + 7), normalized: row.text(column + 8))
        }
        return Claim(span: Span(start: row.integer(column) ?? 0, end: row.integer(column + 1) ?? 0, text: row.text(column + 2) ?? ""),
                     subject: row.text(column + 3), attribute: row.text(column + 4) ?? "", value: value,
                     source: row.text(column + 9), cluster: row.text(column + 10) ?? "")
    }
}

/// The export line of a copy: its document's line with the copy's id and `"copy_of"`.
enum CopyLine {
    static func make(_ annotation: Data, originalID: String, copyID: String) throws -> Data {
        var original = JSONWriter()
        original.beginObject(); original.key("id"); original.string(originalID)
        let prefix = Data(original.output)
        guard annotation.starts(with: prefix) else { throw StoreError("stored annotation of \(originalID) does not start with its id") }
        var copy = JSONWriter()
        copy.beginObject(); copy.key("id"); copy.string(copyID); copy.key("copy_of"); copy.string(originalID)
        return Data(copy.output) + annotation.dropFirst(prefix.count)
    }
}
