import Foundation

/// Runs programs as users do, for the test suites that run the real `kiji` binary (built beside
/// the test bundle) and other tools (headless Chromium, Python).
public enum KijiProgram {
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
        public var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    /// The built `kiji`.
    public static var kiji: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kiji")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        var directory = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("kiji")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/kiji")
    }

    /// Runs `kiji` in the package root to its end.
    public static func kiji(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Result {
        try run(kiji, arguments, stdin: stdin, environment: environment)
    }

    /// Runs `executable` in the package root to its end; `stdin` is its whole input (none when nil).
    public static func run(_ executable: URL, _ arguments: [String], stdin: String? = nil,
                           environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = packageRoot
        // Standard error goes to a file, so that neither stream can fill up and block the process.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("kiji-test-stderr-\(UUID())")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errorFile)
        let input = stdin.map { _ in Pipe() }
        process.standardInput = input ?? FileHandle.nullDevice
        try process.run()
        if let input, let stdin {
            // Written from another thread: a large input must not wait for the output to be read.
            let writer = input.fileHandleForWriting
            let data = Data(stdin.utf8)
            Thread.detachNewThread {
                writer.write(data)
                try? writer.close()
            }
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = (try? Data(contentsOf: errorFile)) ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kiji-test-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The gold files of the dev set (gold/*.json), in name order.
    public static func goldFiles() throws -> [URL] {
        let folder = packageRoot.appendingPathComponent("gold")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
    }
}
