import KijiCore

/// The store side of one `process --store` run: records come in input order, are held until a
/// batch is full, then written (new documents linked) in one transaction and handed on, so what
/// a run prints carries the clusters that were stored. Error records pass through in place.
/// In a sharded run (`plan`), records are placed by their ordinal in the whole run's input and
/// linked in that order (`OrderedLinking.swift`); a document that waits for other shards'
/// earlier documents is printed with its claims not yet linked.
public final class StoreSession {
    public let writer: StoreWriter
    public let batchSize: Int
    public let plan: ShardPlan?
    private var pending: [OutputRecord] = []
    private var documents = 0
    private var received = 0

    public init(writer: StoreWriter, batchSize: Int, plan: ShardPlan? = nil) {
        self.writer = writer
        self.batchSize = max(1, batchSize)
        self.plan = plan
    }

    /// Takes the next record; returns the records now written, in order (none until a batch is full).
    public func receive(_ record: OutputRecord) throws -> [OutputRecord] {
        pending.append(record)
        if record.document != nil { documents += 1 }
        return documents >= batchSize ? try flush() : []
    }

    /// Writes what is held.
    public func flush() throws -> [OutputRecord] {
        defer {
            received += pending.count
            pending.removeAll(keepingCapacity: true)
            documents = 0
        }
        if let plan {
            let items = pending.enumerated().map { ShardItem(ordinal: plan.ordinals[received + $0.offset], document: $0.element.document) }
            let stored = try writer.commit(items, run: plan.run)
            return zip(pending, stored).map { record, document in
                var written = record
                if record.document != nil { written.document = document }
                return written
            }
        }
        let stored = try writer.commit(pending.compactMap(\.document))
        var next = stored.makeIterator()
        let records = pending.map { record -> OutputRecord in
            guard record.document != nil else { return record }
            var written = record
            written.document = next.next()
            return written
        }
        return records
    }
}

/// A deterministic share of the inputs for one of `count` workers: the documents whose id's
/// FNV-1a hash (stable across runs and machines, unlike Swift's seeded `Hasher`) falls to
/// `index` modulo `count`.
public struct DocumentShard: Sendable, Equatable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    /// `i/n` with 0 ≤ i < n.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (0..<count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    public func contains(_ id: String) -> Bool { Int(Self.hash(id) % UInt64(count)) == index }

    public static func hash(_ id: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    public var description: String { "\(index)/\(count)" }
}
