import Foundation
import Testing

/// The built `kiji` binary and the package's folders, for tests that run it as users do.
enum KijiBinary {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built `kiji`, next to the test bundle in the build products folder.
    static var url: URL? {
        let candidates = [Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("kiji"),
                          Bundle.main.bundleURL.appendingPathComponent("kiji"),
                          root.appendingPathComponent(".build/debug/kiji")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kiji-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A started `kiji` with these arguments; standard error goes to `errors` when given.
    static func start(_ arguments: [String], errors: URL? = nil) throws -> Process {
        let process = Process()
        process.executableURL = try #require(Self.url, "the kiji binary is built with the tests")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        if let errors {
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: errors)
        } else {
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        return process
    }

    /// Runs `kiji` to its end; returns its exit status.
    @discardableResult
    static func run(_ arguments: [String], errors: URL? = nil) throws -> Int32 {
        let process = try start(arguments, errors: errors)
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Runs `kiji`; returns its exit status and what it wrote to standard output and error.
    static func output(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = try #require(Self.url, "the kiji binary is built with the tests")
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// The development corpus (corpus/*.txt) and a deterministic scale corpus of `size`
    /// documents made by benchmarks/make_corpus.py.
    static func scaleCorpus(size: Int, in folder: URL) throws -> URL {
        let out = folder.appendingPathComponent("scale-\(size).jsonl")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("benchmarks/make_corpus.py").path,
                             "--size", String(size), "--out", out.path, "--corpus", root.appendingPathComponent("corpus").path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "benchmarks/make_corpus.py makes the scale corpus")
        return out
    }
}
