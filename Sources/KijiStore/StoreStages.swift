import KijiClaims
import KijiCore

/// What the two store stages of one run share: the content hash of each document in flight and
/// whether the store already had it.
public final class StoreSession {
    public let store: ClaimStore
    var pending: [String: (hash: String, stored: Bool)] = [:]
    public private(set) var added = 0
    public private(set) var reused = 0

    public init(store: ClaimStore) { self.store = store }

    /// The stages to run before the linker and after it.
    public var stages: (before: any SequentialStage, after: any SequentialStage) {
        (StoredDocumentReader(session: self), StoredDocumentWriter(session: self))
    }

    func counted(added: Bool) { if added { self.added += 1 } else { reused += 1 } }
}

/// Replaces a document the store already holds (same content hash) by its stored annotation,
/// clusters included, so a re-run yields the same export and adds nothing.
/// Reads: every layer (and the source, for the hash). Writes: every layer of stored documents.
public final class StoredDocumentReader: SequentialStage {
    let session: StoreSession
    init(session: StoreSession) { self.session = session }

    public var name: String { "store-read" }
    public var reads: Set<Layer> { [] }
    public var writes: Set<Layer> { [] }

    public func annotate(_ document: inout Document) throws {
        let hash = ContentHash.of(document)
        if let stored = try session.store.document(hash: hash) {
            var copy = stored
            copy.id = document.id
            document = copy
            session.pending[document.id] = (hash, true)
        } else {
            session.pending[document.id] = (hash, false)
        }
    }
}

/// Writes a new document, with its claims' clusters, to the store in one transaction.
/// Reads: every layer. Writes: nothing.
public final class StoredDocumentWriter: SequentialStage {
    let session: StoreSession
    init(session: StoreSession) { self.session = session }

    public var name: String { "store-write" }
    public var reads: Set<Layer> { [] }
    public var writes: Set<Layer> { [] }

    public func annotate(_ document: inout Document) throws {
        guard let entry = session.pending.removeValue(forKey: document.id) else {
            throw StageError("store-write: document \(document.id) was not seen by store-read")
        }
        if entry.stored {
            session.counted(added: false)
            return
        }
        session.counted(added: try session.store.add(document, hash: entry.hash))
    }
}
