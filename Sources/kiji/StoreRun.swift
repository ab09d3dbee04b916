import ArgumentParser
import Foundation
import KijiClaims
import KijiStore

/// A `process --store` run: the opened store, a linker that starts from its clusters, and the
/// stages that read stored documents back and write new ones.
struct StoreRun {
    let session: StoreSession
    let linker: ClaimLinker

    static func open(path: String) throws -> StoreRun {
        do {
            let store = try ClaimStore(path: path)
            let linker = try ClaimLinker()
            try store.restore(into: linker)
            return StoreRun(session: StoreSession(store: store), linker: linker)
        } catch {
            throw ValidationError("cannot open --store \(path): \(error)")
        }
    }

    func report() {
        let line = "kiji: store \(session.store.path): \(session.added) documents added, \(session.reused) already stored\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}

/// Opens an existing store for reading commands (`export`, `claims`).
/// Where the store is when a command that reads one is not told: `kiji.sqlite` in the current folder.
let defaultStorePath = "kiji.sqlite"

/// `--store PATH` of the commands that read an existing store (export, claims).
struct ExistingStoreOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite store written by kiji process --store.")
    var store: String = defaultStorePath

    /// The store, which must exist already.
    func open() throws -> ClaimStore { try Self.open(path: store) }

    static func open(path store: String) throws -> ClaimStore {
        guard FileManager.default.fileExists(atPath: store) else {
            throw ValidationError("no store at \(store): create one with kiji process INPUT --store \(store)")
        }
        do { return try ClaimStore(path: store) } catch {
            throw ValidationError("cannot open --store \(store): \(error)")
        }
    }
}
