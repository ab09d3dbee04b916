import Foundation

/// The programs the report tests run: the real `kiji` binary (built beside the test bundle),
/// headless Chromium, and Python for reading screenshots.
enum Tools {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var kiji: URL {
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

    static func kiji(_ arguments: [String]) throws -> Result { try run(kiji, arguments) }

    static func run(_ executable: URL, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        // Standard error goes to a file, so that neither stream can fill up and block the process.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("kiji-report-stderr-\(UUID())")
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = (try? Data(contentsOf: errorFile)) ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kiji-report-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func goldFiles() throws -> [URL] {
        let folder = packageRoot.appendingPathComponent("gold")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
    }
}

/// The 15-article corpus run once for all tests: its JSONL export and its store.
struct CorpusRun: Sendable {
    let folder: URL
    var export: URL { folder.appendingPathComponent("corpus.jsonl") }
    var store: URL { folder.appendingPathComponent("kiji.sqlite") }

    static let shared: Result<CorpusRun, any Error> = Result {
        let run = CorpusRun(folder: try Tools.temporaryFolder())
        let result = try Tools.kiji(["process", "corpus", "--store", run.store.path, "--out", run.export.path, "--quiet"])
        guard result.status == 0 else { throw CorpusRunFailed(message: result.stderr) }
        return run
    }

    struct CorpusRunFailed: Error, CustomStringConvertible {
        let message: String
        var description: String { "kiji process corpus failed: \(message)" }
    }
}
