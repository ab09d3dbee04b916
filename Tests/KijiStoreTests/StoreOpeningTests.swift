import Foundation
import KijiStore
import Testing

/// Opening SQLite stores under concurrency, copies of documents, and how failures are reported.
@Suite(.serialized) struct StoreOpeningTests {
    /// Two processes started together on a store that does not exist yet both succeed.
    @Test func twoProcessesCreatingOneNewStoreBothSucceed() throws {
        let folder = try KijiBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = KijiBinary.root.appendingPathComponent("corpus")
        let inputs = ["h1-1-japannews.txt", "h2-2-kyodo.txt"].map { corpus.appendingPathComponent($0).path }
        for attempt in 0..<20 {
            let store = folder.appendingPathComponent("new-\(attempt).sqlite").path
            let processes = try inputs.enumerated().map { index, input in
                try KijiBinary.start(["process", input, "--stages", "clean", "--store", store, "--quiet"],
                                     errors: folder.appendingPathComponent("err-\(attempt)-\(index)"))
            }
            for (index, process) in processes.enumerated() {
                process.waitUntilExit()
                let errors = (try? String(contentsOf: folder.appendingPathComponent("err-\(attempt)-\(index)"), encoding: .utf8)) ?? ""
                #expect(process.terminationStatus == 0, "attempt \(attempt), process \(index): \(errors)")
            }
            #expect(try ClaimStore(location: store).documentCount() == 2)
        }
    }

    /// Two ids with the same content are both exported, the second as a copy of the first, and
    /// `kiji claims` counts the copied document's claims once.
    @Test func twoIDsWithTheSameContentAreBothExported() throws {
        let folder = try KijiBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = KijiBinary.root.appendingPathComponent("corpus")
        let wire = try String(contentsOf: corpus.appendingPathComponent("h2-3-reuters.txt"), encoding: .utf8)
        let other = try String(contentsOf: corpus.appendingPathComponent("h2-4-ap.txt"), encoding: .utf8)
        func jsonl(_ documents: [(String, String)]) throws -> URL {
            let url = folder.appendingPathComponent("\(documents.map(\.0).joined(separator: "+")).jsonl")
            let lines = try documents.map { id, text in
                String(decoding: try JSONSerialization.data(withJSONObject: ["id": id, "text": text]), as: UTF8.self)
            }
            try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
            return url
        }
        let withCopy = folder.appendingPathComponent("copy.sqlite").path
        let withoutCopy = folder.appendingPathComponent("plain.sqlite").path
        try #require(try KijiBinary.run(["process", try jsonl([("outlet-a", wire), ("outlet-b", wire), ("other", other)]).path,
                                         "--store", withCopy, "--quiet"]) == 0)
        try #require(try KijiBinary.run(["process", try jsonl([("outlet-a", wire), ("other", other)]).path,
                                         "--store", withoutCopy, "--quiet"]) == 0)

        let export = try KijiBinary.output(["export", "--store", withCopy])
        #expect(export.status == 0)
        let lines = try export.out.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        #expect(lines.map { $0["id"] as? String } == ["outlet-a", "outlet-b", "other"])
        #expect(lines[1]["copy_of"] as? String == "outlet-a")
        #expect(lines[1]["text"] as? String == lines[0]["text"] as? String)
        #expect((lines[1]["claims"] as? [Any])?.count == (lines[0]["claims"] as? [Any])?.count)

        let store = try ClaimStore(location: withCopy)
        #expect(try store.documentCount() == 2)
        #expect(try store.idCount() == 3)
        let claims = try KijiBinary.output(["claims", "--json", "--store", withCopy])
        let plain = try KijiBinary.output(["claims", "--json", "--store", withoutCopy])
        #expect(claims.status == 0)
        #expect(claims.out == plain.out, "the copy adds no claims")
        #expect(!claims.out.contains("outlet-b"))

        // A re-run adds neither the document nor its copy again.
        try #require(try KijiBinary.run(["process", try jsonl([("outlet-b", wire), ("outlet-a", wire)]).path,
                                         "--store", withCopy, "--quiet"]) == 0)
        #expect(try store.idCount() == 3)
    }

    /// Usage errors exit with 64 and the usage text; runtime failures with 1 and no usage text.
    @Test func runtimeFailuresAreNotUsageErrors() throws {
        let input = KijiBinary.root.appendingPathComponent("corpus/h1-1-japannews.txt").path
        let unwritable = try KijiBinary.output(["process", input, "--stages", "clean", "--store", "/nonexistent-folder/kiji.sqlite"])
        #expect(unwritable.status == 1)
        #expect(unwritable.err.contains("cannot open --store"))
        #expect(!unwritable.err.contains("Usage:"))
        let unreachable = try KijiBinary.output(["export", "--store", "postgres://kiji@127.0.0.1:1/none"])
        #expect(unreachable.status == 1)
        #expect(!unreachable.err.contains("Usage:"))
        let missing = try KijiBinary.output(["claims", "--store", "/nonexistent-folder/kiji.sqlite"])
        #expect(missing.status == 1)
        let badShard = try KijiBinary.output(["process", input, "--shard", "4/4"])
        #expect(badShard.status == 64)
        #expect(badShard.err.contains("Usage:"))
    }
}
