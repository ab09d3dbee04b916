import ArgumentParser
import Foundation
import KijiCore
import KijiStore

/// A failure while running (a store that cannot be opened or written, a server that went away):
/// reported as `Error: …` without the usage text, exit code 1; usage errors keep exit code 64.
struct RuntimeFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A `process --store` run: the opened store and the session that links and writes batches.
/// The session runs on its own serial queue, so while a batch is linked and committed the
/// pipeline goes on with the next documents (the ordered sink only hands records over); order
/// and the whole-batch transactions are the session's, unchanged. At most `queuedRecords`
/// records wait for the queue, so memory stays flat.
final class StoreRun: @unchecked Sendable {
    let session: StoreSession
    private let queue = DispatchQueue(label: "kiji.store.writer", qos: .userInitiated)
    private let room: DispatchSemaphore

    init(session: StoreSession) {
        self.session = session
        room = DispatchSemaphore(value: 2 * session.batchSize)
    }

    static func open(location: String, resolves: Bool, links: Bool, batchSize: Int, plan: ShardPlan?) throws -> StoreRun {
        do {
            let store = try ClaimStore(location: location)
            return StoreRun(session: StoreSession(writer: StoreWriter(store: store, resolvesNames: resolves, links: links), batchSize: batchSize, plan: plan))
        } catch {
            throw RuntimeFailure("cannot open --store \(location): \(error)")
        }
    }

    /// Passes a record to the store; `write` gets the records written, in order, on the store's
    /// queue. A store that fails mid-run ends the run (what was committed stays whole).
    func receive(_ record: OutputRecord, write: @escaping (OutputRecord) -> Void) {
        room.wait()
        // Called on the store's queue only, one record at a time.
        nonisolated(unsafe) let write = write
        queue.async { [self] in
            do { try session.receive(record).forEach(write) } catch { Self.fail(error) }
            room.signal()
        }
    }

    /// Writes what is held, after every record received; returns when it is written.
    func finish(write: (OutputRecord) -> Void) {
        queue.sync {
            do { try session.flush().forEach(write) } catch { Self.fail(error) }
        }
    }

    static func fail(_ error: any Error) -> Never {
        FileHandle.standardError.write(Data("Error: store write failed: \(error)\n".utf8))
        exit(1)
    }

    func report() {
        let writer = session.writer
        let line = "kiji: store \(writer.store.location): \(writer.added) documents added, \(writer.copies) copies of stored documents, "
            + "\(writer.reused) already stored"
            + (writer.waiting > 0 ? ", \(writer.waiting) left for linking after other shards' earlier documents\n" : "\n")
        FileHandle.standardError.write(Data(line.utf8))
    }
}

/// Where the store is when a command that reads one is not told: `kiji.sqlite` in the current folder.
let defaultStorePath = "kiji.sqlite"

/// `--store` of the commands that read an existing store (export, claims).
struct ExistingStoreOptions: ParsableArguments {
    @Option(name: .long, help: "The store written by kiji process --store: a SQLite path or postgres://user@host:port/database.")
    var store: String = defaultStorePath

    /// The store, which must exist already (a PostgreSQL database is opened as it is).
    func open() throws -> ClaimStore { try Self.open(path: store) }

    static func open(path store: String) throws -> ClaimStore {
        if !ClaimStore.isPostgres(store), !FileManager.default.fileExists(atPath: store) {
            throw RuntimeFailure("no store at \(store): create one with kiji process INPUT --store \(store)")
        }
        do { return try ClaimStore(location: store) } catch {
            throw RuntimeFailure("cannot open --store \(store): \(error)")
        }
    }
}
