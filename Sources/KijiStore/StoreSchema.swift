/// The store's tables, made when missing in one write transaction (under the writer lock, so
/// processes that create one new store together do not race), the same on both engines but for
/// column types.
enum StoreSchema {
    static let version = 2

    static func create(_ connection: any SQLConnection, dialect: SQLDialect) throws {
        let integer = dialect.integer
        let statements = [
            "CREATE TABLE IF NOT EXISTS kiji_store (version \(integer) NOT NULL)",
            // A document (copy_of NULL, annotation set) or a copy: another id with the same content.
            """
            CREATE TABLE IF NOT EXISTS document (position \(dialect.autoKey), hash TEXT NOT NULL, id TEXT NOT NULL,
                copy_of \(integer) REFERENCES document(position), annotation \(dialect.blob))
            """,
        ]
        let rest = [
            "CREATE UNIQUE INDEX IF NOT EXISTS document_original ON document(hash) WHERE copy_of IS NULL",
            "CREATE UNIQUE INDEX IF NOT EXISTS document_hash_id ON document(hash, id)",
            """
            CREATE TABLE IF NOT EXISTS entity (document \(integer) NOT NULL REFERENCES document(position) ON DELETE CASCADE,
                start \(integer) NOT NULL, "end" \(integer) NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, canonical TEXT NOT NULL)
            """,
            "CREATE INDEX IF NOT EXISTS entity_document ON entity(document)",
            "CREATE INDEX IF NOT EXISTS entity_canonical ON entity(canonical)",
            """
            CREATE TABLE IF NOT EXISTS claim (document \(integer) NOT NULL REFERENCES document(position) ON DELETE CASCADE,
                ordinal \(integer) NOT NULL, start \(integer) NOT NULL, "end" \(integer) NOT NULL, text TEXT NOT NULL,
                subject TEXT, attribute TEXT NOT NULL, valueKind TEXT, value \(dialect.real), unit TEXT, normalized TEXT,
                source TEXT, cluster TEXT NOT NULL, PRIMARY KEY (document, ordinal))
            """,
            "CREATE INDEX IF NOT EXISTS claim_cluster ON claim(cluster)",
            // Sharded runs link in the order of the whole run's input: `linked` is the next
            // ordinal to link; documents past a gap (another shard's, not written yet) wait here.
            "CREATE TABLE IF NOT EXISTS link_run (run TEXT PRIMARY KEY, linked \(integer) NOT NULL)",
            """
            CREATE TABLE IF NOT EXISTS link_pending (run TEXT NOT NULL, ordinal \(integer) NOT NULL, hash TEXT, id TEXT NOT NULL,
                annotation \(dialect.blob), PRIMARY KEY (run, ordinal))
            """,
        ]
        for statement in statements { try connection.execute(statement) }
        // A store of an earlier Kiji has a document table without copies.
        do { _ = try connection.rows("SELECT copy_of FROM document WHERE 1 = 0") } catch {
            throw StoreError("the store was made by an earlier kiji (no copies); process its inputs into a new store")
        }
        for statement in rest { try connection.execute(statement) }
        let versions = try connection.rows("SELECT version FROM kiji_store")
        if let stored = versions.first?.integer(0) {
            guard stored == version else { throw StoreError("the store has schema version \(stored); this kiji reads version \(version)") }
        } else {
            try connection.execute("INSERT INTO kiji_store (version) VALUES (?)", [.integer(Int64(version))])
        }
    }
}
