import Foundation
import KijiCore

/// The place of a worker's documents in a sharded run: the run's key (a hash of every input id
/// in order, the same for every worker given the same inputs) and the ordinals, in the whole
/// run's input, of the documents of this worker's shard.
public struct ShardPlan: Sendable {
    public let run: String
    public let ordinals: [Int]

    public init(ids: some Sequence<String>, shard: DocumentShard) {
        var ordinals: [Int] = []
        var ordinal = 0
        var key = "run"
        for id in ids {
            if shard.contains(id) { ordinals.append(ordinal) }
            key = ContentHash.of(id, kind: key)
            ordinal += 1
        }
        run = "\(ordinal):\(key)"
        self.ordinals = ordinals
    }
}

/// One input item of a sharded run: its ordinal in the run's input and its document (nil for an
/// error line: nothing to link, but its place is taken).
public struct ShardItem {
    public var ordinal: Int
    public var document: Document?

    public init(ordinal: Int, document: Document?) {
        self.ordinal = ordinal
        self.document = document
    }
}

/// Sharded workers link in the order of the whole run's input, so their clusters are the ones
/// one process would make (the linker's choices depend on the order it sees claims in). Under
/// the writer lock a worker links the longest run of ready items from the run's cursor on — its
/// own and those other workers left waiting — and leaves its items past the first gap waiting
/// for the worker whose item fills it. After the last worker's last batch nothing waits; a
/// worker killed leaves a gap that a re-run of its shard fills.
extension StoreWriter {
    /// Writes the items; returns each item's document as stored, or as processed (claims not yet
    /// linked) when it waits for earlier items.
    public func commit(_ items: [ShardItem], run: String) throws -> [Document?] {
        guard !items.isEmpty else { return [] }
        let hashes = items.map { $0.document.map(ContentHash.of) }
        let (outcome, documents, waited) = try transaction { try self.writeOrdered(items, hashes: hashes, run: run, in: $0) }
        count(outcome)
        waiting += waited
        return documents
    }

    private func writeOrdered(_ items: [ShardItem], hashes: [String?], run: String,
                              in connection: any SQLConnection) throws -> (Outcome, [Document?], Int) {
        try connection.execute("INSERT INTO link_run (run, linked) VALUES (?, 0) ON CONFLICT (run) DO NOTHING", [.text(run)])
        let cursor = try connection.rows("SELECT linked FROM link_run WHERE run = ?", [.text(run)]).first?.integer(0) ?? 0
        let waitingRows = try connection.rows("""
            SELECT ordinal, hash, annotation FROM link_pending WHERE run = ? AND ordinal >= ? ORDER BY ordinal
            """, [.text(run), .integer(Int64(cursor))])
        let alreadyWaiting = Set(waitingRows.compactMap { $0.integer(0) })

        // What goes to the store now: items linked before (a re-run; by content hash as usual),
        // then the ready run from the cursor on, in ordinal order.
        var ready: [(document: Document, hash: String, item: Int?)] = []
        var mine: [Int: Int] = [:]
        for (index, item) in items.enumerated() {
            if item.ordinal < cursor {
                if let document = item.document, let hash = hashes[index] { ready.append((document, hash, index)) }
            } else if !alreadyWaiting.contains(item.ordinal) {
                mine[item.ordinal] = index
            }
        }
        var next = cursor
        var rows = waitingRows.makeIterator()
        var row = rows.next()
        while true {
            if let index = mine.removeValue(forKey: next) {
                if let document = items[index].document, let hash = hashes[index] { ready.append((document, hash, index)) }
            } else if let current = row, current.integer(0) == next {
                if let data = current.blob(2), let hash = current.text(1) {
                    ready.append((try AnnotatedDocument.parse(data).document, hash, nil))
                }
                row = rows.next()
            } else {
                break
            }
            next += 1
        }

        let outcome = try write(ready.map(\.document), hashes: ready.map(\.hash), in: connection)
        var documents: [Document?] = items.map(\.document)
        for (entry, stored) in zip(ready, outcome.documents) {
            if let index = entry.item { documents[index] = stored }
        }
        if next > cursor {
            try connection.execute("DELETE FROM link_pending WHERE run = ? AND ordinal >= ? AND ordinal < ?",
                                   [.text(run), .integer(Int64(cursor)), .integer(Int64(next))])
            try connection.execute("UPDATE link_run SET linked = ? WHERE run = ?", [.integer(Int64(next)), .text(run)])
        }
        let left = mine.values.sorted().map { index -> [SQLValue] in
            let item = items[index]
            return [.text(run), SQLValue(item.ordinal), SQLValue(hashes[index]), .text(item.document?.id ?? ""),
                    item.document.map { .blob(Data($0.jsonLine())) } ?? .null]
        }
        try StoreRows.insert(left, into: "link_pending", columns: "run, ordinal, hash, id, annotation", in: connection)
        return (outcome, documents, left.count)
    }
}

extension ClaimStore {
    /// Documents of sharded runs still waiting for earlier documents (a shard not run yet, or a
    /// worker killed: re-run its shard).
    public func waitingCount() throws -> Int { try count("SELECT COUNT(*) FROM link_pending") }
}
