import Foundation
import GRDB
import Testing
import KijiCore
import KijiStore

/// The store through the real `kiji` binary, over the gold documents of the package.
@Suite(.serialized) struct StoreTests {
    static let root = KijiBinary.root
    static var binary: URL? { KijiBinary.url }

    func temporaryFolder() throws -> URL { try KijiBinary.temporaryFolder() }

    @discardableResult
    func kiji(_ arguments: [String]) throws -> Int32 { try KijiBinary.run(arguments) }

    func process(_ inputs: [String], store: URL) throws {
        let status = try kiji(["process"] + inputs + ["--reannotate", "--stages", "claims", "--store", store.path, "--quiet", "--jobs", "1"])
        #expect(status == 0)
    }

    func goldFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("gold").path)
            .filter { $0.hasSuffix(".json") }.sorted().map { Self.root.appendingPathComponent("gold/\($0)").path }
    }

    /// (document id, claim text, cluster) of every stored claim, in store order.
    func clusters(_ store: ClaimStore) throws -> [String] {
        try store.storedClaims().map { "\($0.document)|\($0.claim.start)|\($0.claim.attribute)|\($0.claim.cluster)" }
    }

    @Test func rerunningAddsNothingTwice() throws {
        try #require(Self.binary != nil, "the kiji binary is built with the tests")
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("kiji.sqlite")
        try process(try goldFiles(), store: path)
        let first = try clusters(ClaimStore(path: path.path))
        try process(try goldFiles(), store: path)
        let store = try ClaimStore(path: path.path)
        #expect(try store.documentCount() == goldFiles().count)
        #expect(try clusters(store) == first)
        #expect(!first.isEmpty)
    }

    @Test func twoBatchesGiveTheClustersOfOne() throws {
        try #require(Self.binary != nil, "the kiji binary is built with the tests")
        let folder = try temporaryFolder()
        let files = try goldFiles()
        let whole = folder.appendingPathComponent("whole.sqlite")
        try process(files, store: whole)
        let batches = folder.appendingPathComponent("batches.sqlite")
        try process(Array(files.prefix(2)), store: batches)
        try process(Array(files.dropFirst(2)), store: batches)
        #expect(try clusters(ClaimStore(path: batches.path)) == clusters(ClaimStore(path: whole.path)))
    }

    /// A run killed with SIGKILL part-way (batches of 4 documents a transaction) leaves whole documents only; running the same command
    /// again finishes the work without duplicates, with the clusters of an uninterrupted run.
    @Test func aKilledRunLeavesTheStoreConsistent() throws {
        try #require(Self.binary != nil, "the kiji binary is built with the tests")
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("many.jsonl")
        try manyDocuments(count: 60).write(to: input)
        let path = folder.appendingPathComponent("killed.sqlite")
        let child = Process()
        child.executableURL = Self.binary
        child.arguments = ["process", input.path, "--reannotate", "--stages", "claims", "--store", path.path, "--quiet", "--jobs", "1",
                           "--store-batch", "4"]
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        var stored = 0
        for _ in 0..<2000 where child.isRunning {
            if let count = storedDocuments(path) {
                stored = count
                if stored >= 3 { break }
            }
            usleep(2_000)
        }
        if child.isRunning { kill(child.processIdentifier, SIGKILL) }
        child.waitUntilExit()

        let afterKill = try ClaimStore(path: path.path)
        try expectConsistent(afterKill)
        let partial = try afterKill.documentCount()
        #expect(partial >= 1)

        try process([input.path], store: path)
        let resumed = try ClaimStore(path: path.path)
        try expectConsistent(resumed)
        #expect(try resumed.documentCount() == 60)
        let uninterrupted = folder.appendingPathComponent("whole.sqlite")
        try process([input.path], store: uninterrupted)
        #expect(try clusters(resumed) == clusters(ClaimStore(path: uninterrupted.path)))
    }

    /// Documents in the store, read without migrating (the child may still be creating it).
    func storedDocuments(_ path: URL) -> Int? {
        guard FileManager.default.fileExists(atPath: path.path) else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        return try? DatabaseQueue(path: path.path, configuration: configuration).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document")
        }
    }

    /// Every stored document parses, and its claim rows are exactly the claims of its annotation.
    func expectConsistent(_ store: ClaimStore) throws {
        var claimsInAnnotations = 0
        try store.forEachAnnotation { data in
            let document = try AnnotatedDocument.parse(data)
            claimsInAnnotations += document.claims.count
        }
        #expect(try store.storedClaims().count == claimsInAnnotations)
        let check = try DatabaseQueue(path: store.location).read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(check == "ok")
    }

    /// Variants of the gold documents (distinct contents), as annotated JSONL lines.
    func manyDocuments(count: Int) throws -> Data {
        let golds = try goldFiles().map { try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: $0))) as! [String: Any] }
        var lines = Data()
        for index in 0..<count {
            var object = golds[index % golds.count]
            object["id"] = "variant-\(index)"
            object["text"] = (object["text"] as! String) + "\n\nVariant \(index)."
            object["claims"] = []
            lines.append(try JSONSerialization.data(withJSONObject: object))
            lines.append(10)
        }
        return lines
    }
}
