import Foundation
import Testing

/// A throwaway PostgreSQL server for a test: `initdb` in a temporary folder, started on
/// 127.0.0.1 at a free port, stopped (and its folder removed) by `stop()`. As root, the server
/// runs as the `postgres` user (PostgreSQL refuses to run as root). Debian's `postgresql`
/// package provides the binaries (scripts/install-system-deps.sh installs it).
final class PostgresServer {
    let folder: URL
    let port: Int
    let binaries: URL
    private let runAs: String?

    /// `postgres://kiji@127.0.0.1:PORT/postgres`.
    var url: String { "postgres://kiji@127.0.0.1:\(port)/postgres" }

    init() throws {
        binaries = try #require(Self.findBinaries(), "PostgreSQL server binaries (Debian postgresql) are installed")
        runAs = getuid() == 0 ? "postgres" : nil
        folder = URL(fileURLWithPath: "/tmp").appendingPathComponent("kiji-pg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let runAs { try Self.command("/usr/bin/chown", [runAs, folder.path]) }
        port = try Self.freePort()
        let data = folder.appendingPathComponent("data").path
        try serverCommand("initdb", ["-D", data, "-U", "kiji", "--auth=trust", "-E", "UTF8", "--no-locale"])
        try serverCommand("pg_ctl", ["-D", data, "-l", folder.appendingPathComponent("log").path, "-w", "-t", "60",
                                     "-o", "-p \(port) -k \(folder.path) -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40",
                                     "start"])
    }

    func stop() {
        try? serverCommand("pg_ctl", ["-D", folder.appendingPathComponent("data").path, "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(at: folder)
    }

    private func serverCommand(_ name: String, _ arguments: [String]) throws {
        let tool = binaries.appendingPathComponent(name).path
        if let runAs {
            try Self.command("/usr/sbin/runuser", ["-u", runAs, "--", tool] + arguments)
        } else {
            try Self.command(tool, arguments)
        }
    }

    /// Runs a command to its end with posix_spawn and waitpid: Foundation's `Process` may never
    /// see the end of `pg_ctl start`, whose server keeps running in the background.
    static func command(_ path: String, _ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        try #require(spawned == 0, "spawn \(path)")
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        try #require(status == 0, "\(path) \(arguments.joined(separator: " "))")
    }

    /// The newest /usr/lib/postgresql/VERSION/bin.
    static func findBinaries() -> URL? {
        let base = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: base))?.compactMap(Int.init).sorted() ?? []
        for version in versions.reversed() {
            let bin = URL(fileURLWithPath: "\(base)/\(version)/bin")
            if FileManager.default.isExecutableFile(atPath: bin.appendingPathComponent("pg_ctl").path) { return bin }
        }
        return nil
    }

    /// A port the kernel hands out on 127.0.0.1 and that is free again when returned.
    static func freePort() throws -> Int {
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socketDescriptor >= 0)
        defer { close(socketDescriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketDescriptor, $0, length) }
        }
        try #require(bound == 0)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketDescriptor, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
