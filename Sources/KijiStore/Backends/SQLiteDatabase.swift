import Foundation
import GRDB

/// The SQLite engine (GRDB), one connection in WAL mode. Opening is safe when several processes
/// create the same new file at once: a busy timeout on every lock, WAL set once (it persists in
/// the file) and retried while another process holds the file, and the schema made in one
/// `BEGIN IMMEDIATE` transaction by whoever comes first.
public final class SQLiteDatabase: SQLDatabase, @unchecked Sendable {
    let queue: DatabaseQueue
    public var dialect: SQLDialect { .sqlite }

    public init(path: String, busyTimeout: TimeInterval = 30) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.journalMode = .default
        queue = try Self.translated { try DatabaseQueue(path: path, configuration: configuration) }
        try retryingTransient(attempts: 20) {
            try Self.translated {
                try queue.writeWithoutTransaction { db in
                    let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode")
                    if mode?.lowercased() != "wal" { try db.execute(sql: "PRAGMA journal_mode = WAL") }
                    try db.execute(sql: "PRAGMA synchronous = NORMAL")
                }
            }
        }
    }

    public func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try Self.translated {
            try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(SQLiteConnection(db: db))
                    return .commit
                }
                return result!
            }
        }
    }

    public func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try Self.translated { try queue.read { db in try body(SQLiteConnection(db: db)) } }
    }

    public func close() { try? queue.close() }

    /// Busy and locked databases become `SQLTransientError`, for the caller to retry.
    static func translated<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError
            where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw SQLTransientError(description: "SQLite: \(error.message ?? "database is locked")")
        }
    }
}

struct SQLiteConnection: SQLConnection {
    let db: Database

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        try db.cachedStatement(sql: sql).execute(arguments: Self.arguments(arguments))
    }

    func rows(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
        try Row.fetchAll(db.cachedStatement(sql: sql), arguments: Self.arguments(arguments)).map { row in
            SQLRow(values: row.databaseValues.map { value in
                switch value.storage {
                case .null: return .null
                case .int64(let integer): return .integer(integer)
                case .double(let real): return .real(real)
                case .string(let text): return .text(text)
                case .blob(let data): return .blob(data)
                }
            })
        }
    }

    static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map { value -> DatabaseValue in
            switch value {
            case .null: return .null
            case .integer(let integer): return integer.databaseValue
            case .real(let real): return real.databaseValue
            case .text(let text): return text.databaseValue
            case .blob(let data): return data.databaseValue
            }
        })
    }
}
