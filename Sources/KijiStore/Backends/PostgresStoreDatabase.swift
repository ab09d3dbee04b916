import Foundation
import PostgresNIO

/// The PostgreSQL engine (postgres-nio), one connection per process. Every write transaction
/// takes one transaction-scoped advisory lock first, so the workers sharing a store write one
/// at a time and each sees the clusters the others committed; a worker killed mid-transaction
/// loses only its open transaction (the server rolls it back and frees the lock).
public final class PostgresStoreDatabase: SQLDatabase, @unchecked Sendable {
    /// The advisory lock key of the writer lock ("kiji" in ASCII).
    static let writerLock: Int64 = 0x6b_69_6a_69
    let connection: PostgresConnection
    let logger: Logger
    public var dialect: SQLDialect { .postgres }

    /// `postgres://user[:password]@host[:port]/database`.
    public init(url: String) throws {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty,
              let user = components.user, !user.isEmpty else {
            throw StoreError("not a PostgreSQL address (postgres://user[:password]@host[:port]/database): \(url)")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        var configuration = PostgresConnection.Configuration(
            host: host, port: components.port ?? 5432, username: user.removingPercentEncoding ?? user,
            password: components.password?.removingPercentEncoding, database: database.isEmpty ? nil : database, tls: .disable)
        configuration.options.connectTimeout = .seconds(15)
        var logger = Logger(label: "kiji.store.postgres")
        logger.logLevel = .critical
        self.logger = logger
        do {
            connection = try PostgresConnection.connect(
                on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration, id: 1, logger: logger).wait()
        } catch {
            throw StoreError("cannot connect to \(host):\(components.port ?? 5432): \(Self.describe(error))")
        }
    }

    public func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        let session = PostgresSession(database: self)
        try session.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
        do {
            try session.execute("SELECT pg_advisory_xact_lock(?)", [.integer(Self.writerLock)])
            let result = try body(session)
            try session.execute("COMMIT")
            return result
        } catch {
            try? session.execute("ROLLBACK")
            throw error
        }
    }

    public func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try body(PostgresSession(database: self))
    }

    public func close() { try? connection.close().wait() }

    func run(_ sql: String, _ arguments: [SQLValue]) throws -> PostgresQueryResult {
        var binds = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument {
            case .null: binds.appendNull()
            case .integer(let integer): binds.append(integer)
            case .real(let real): binds.append(real)
            case .text(let text): binds.append(text)
            case .blob(let data): try binds.append(data)
            }
        }
        do {
            return try connection.query(PostgresQuery(unsafeSQL: Self.numberedPlaceholders(sql), binds: binds), logger: logger).wait()
        } catch let error as PSQLError {
            let state = error.serverInfo?[.sqlState]
            // serialization_failure, deadlock_detected, lock_not_available
            if let state, ["40001", "40P01", "55P03"].contains(state) {
                throw SQLTransientError(description: "PostgreSQL: \(Self.describe(error))")
            }
            throw StoreError("PostgreSQL: \(Self.describe(error))")
        }
    }

    /// `?` placeholders as PostgreSQL's `$1`, `$2`… (the store's SQL has no `?` in literals).
    static func numberedPlaceholders(_ sql: String) -> String {
        var result = ""
        var number = 0
        for character in sql {
            if character == "?" {
                number += 1
                result += "$\(number)"
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The server's message and SQLSTATE, which PSQLError's own description leaves out.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let message = error.serverInfo?[.message] {
            return "\(message) (SQLSTATE \(error.serverInfo?[.sqlState] ?? "?"))"
        }
        return "\(error.code)"
    }
}

struct PostgresSession: SQLConnection {
    let database: PostgresStoreDatabase

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        _ = try database.run(sql, arguments)
    }

    func rows(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
        try database.run(sql, arguments).map { row in
            SQLRow(values: try row.map(Self.value))
        }
    }

    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8, .oid: return .integer(try cell.decode(Int64.self))
        case .float4, .float8, .numeric: return .real(try cell.decode(Double.self))
        case .bytea: return .blob(try cell.decode(Data.self))
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        default: return .text(try cell.decode(String.self))
        }
    }
}
