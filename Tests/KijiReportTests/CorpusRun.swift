import Foundation
import KijiTestSupport

/// The 15-article corpus run once for all tests: its JSONL export and its store.
struct CorpusRun: Sendable {
    let folder: URL
    var export: URL { folder.appendingPathComponent("corpus.jsonl") }
    var store: URL { folder.appendingPathComponent("kiji.sqlite") }

    static let shared: Result<CorpusRun, any Error> = Result {
        let run = CorpusRun(folder: try KijiProgram.temporaryFolder())
        let result = try KijiProgram.kiji(["process", "corpus", "--store", run.store.path, "--out", run.export.path, "--quiet"])
        guard result.status == 0 else { throw CorpusRunFailed(message: result.stderr) }
        return run
    }

    struct CorpusRunFailed: Error, CustomStringConvertible {
        let message: String
        var description: String { "kiji process corpus failed: \(message)" }
    }
}
