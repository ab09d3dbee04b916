import Foundation
import KijiStore
import Testing

/// Sharded `kiji process` workers on one PostgreSQL store, against a real server on loopback.
@Suite(.serialized) struct ShardedWorkersTests {
    func workers(_ count: Int, inputs: [String], store: String, folder: URL) throws -> [Process] {
        try (0..<count).map { index in
            try KijiBinary.start(["process"] + inputs + ["--store", store, "--shard", "\(index)/\(count)", "--quiet", "--jobs", "1"],
                                 errors: folder.appendingPathComponent("worker-\(index).err"))
        }
    }

    func errors(_ folder: URL, worker index: Int) -> String {
        (try? String(contentsOf: folder.appendingPathComponent("worker-\(index).err"), encoding: .utf8)) ?? ""
    }

    /// Four workers, each on its shard of the corpus plus a 2,000-document scale corpus, give the
    /// clusters of one process over all of it (compared as memberships: which claims share a cluster).
    @Test func fourShardedWorkersLinkClaimsAsOneProcess() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let folder = try KijiBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = [KijiBinary.root.appendingPathComponent("corpus").path, try KijiBinary.scaleCorpus(size: 2000, in: folder).path]

        let single = folder.appendingPathComponent("single.sqlite").path
        try #require(try KijiBinary.run(["process"] + inputs + ["--store", single, "--quiet"]) == 0)

        let started = try workers(4, inputs: inputs, store: server.url, folder: folder)
        for (index, worker) in started.enumerated() {
            worker.waitUntilExit()
            #expect(worker.terminationStatus == 0, "worker \(index): \(errors(folder, worker: index))")
        }

        let one = try ClaimStore(location: single)
        let sharded = try ClaimStore(location: server.url)
        #expect(try sharded.idCount() == one.idCount())
        #expect(try sharded.documentCount() == one.documentCount())
        #expect(try Set(StoreInspection.exportedIDs(sharded)) == Set(StoreInspection.exportedIDs(one)))
        let expected = try StoreInspection.memberships(one)
        #expect(expected.contains { $0.count > 1 }, "the corpus has claims linked across documents")
        #expect(try StoreInspection.memberships(sharded) == expected)
        #expect(try sharded.waitingCount() == 0, "nothing waits once every worker has ended")
        try StoreInspection.expectConsistent(sharded)
    }

    /// A worker killed with SIGKILL at a random moment leaves the store consistent; running its
    /// shard again stores every document exactly once.
    @Test func aKilledWorkerRerunStoresEveryDocumentOnce() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let folder = try KijiBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = [KijiBinary.root.appendingPathComponent("corpus").path, try KijiBinary.scaleCorpus(size: 400, in: folder).path]
        let ids = try StoreInspection.inputIDs(inputs, folder: folder)

        let started = try workers(2, inputs: inputs, store: server.url, folder: folder)
        let victim = started[1]
        let watcher = try ClaimStore(location: server.url)
        let killAt = Int.random(in: 1...(ids.count / 3))
        while victim.isRunning, try watcher.idCount() < killAt { usleep(5_000) }
        usleep(useconds_t.random(in: 0..<50_000))
        let killed = victim.isRunning
        if killed { kill(victim.processIdentifier, SIGKILL) }
        victim.waitUntilExit()
        started[0].waitUntilExit()
        #expect(started[0].terminationStatus == 0, "worker 0: \(errors(folder, worker: 0))")
        try StoreInspection.expectConsistent(watcher)
        if killed { #expect(try watcher.idCount() < ids.count, "killed after \(killAt) stored ids") }

        try #require(try KijiBinary.run(["process"] + inputs + ["--store", server.url, "--shard", "1/2", "--quiet"]) == 0)
        let exported = try StoreInspection.exportedIDs(watcher)
        #expect(exported.count == ids.count)
        #expect(Set(exported) == Set(ids))
        #expect(Set(exported).count == exported.count, "no id stored twice")
        #expect(try watcher.waitingCount() == 0)
        try StoreInspection.expectConsistent(watcher)
    }
}
