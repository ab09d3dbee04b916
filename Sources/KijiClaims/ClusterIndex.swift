import KijiCore

/// The clusters the linker has made so far, filed by `BlockKey` so that a new claim is compared
/// only with clusters that share its party, value kind and one attribute term: the cost of a
/// new article stays flat however many articles came before. Filled from a store before a run
/// (`restore`) and grown by the linker.
public final class ClusterIndex {
    public struct Cluster: Sendable {
        public var id: String
        public var keys: [ClaimKey]
        public var values: [NumberValue]
        /// Claims of the cluster, by "document id:start:end" span, so claims on one span stay apart.
        public var spans: Set<String>
    }

    public private(set) var clusters: [String: Cluster] = [:]
    private var blocks: [BlockKey: [String]] = [:]
    private var idCounts: [String: Int] = [:]

    public init() {}

    /// Clusters filed under any of the keys' blocks.
    public func candidates(for keys: [ClaimKey]) -> [Cluster] {
        var seen: Set<String> = []
        var found: [Cluster] = []
        for block in keys.flatMap(\.blocks) {
            for id in blocks[block] ?? [] where seen.insert(id).inserted {
                found.append(clusters[id]!)
            }
        }
        return found
    }

    /// A new cluster id from the attribute: "auto-tariff-rate-1", "-2" for the next such.
    public func newID(for attribute: String) -> String {
        let base = attribute.replacingOccurrences(of: "_", with: "-")
        var count = idCounts[base, default: 0]
        var id: String
        repeat {
            count += 1
            id = "\(base)-\(count)"
        } while clusters[id] != nil
        idCounts[base] = count
        return id
    }

    /// Files a claim of `document` under `cluster` (made when new).
    public func add(_ claim: Claim, document: String, cluster id: String, alsoFiledAs extra: ClaimKey? = nil) {
        let key = ClaimKey(claim)
        if let extra {
            for block in extra.blocks where !(blocks[block]?.contains(id) ?? false) { blocks[block, default: []].append(id) }
        }
        var cluster = clusters[id] ?? Cluster(id: id, keys: [], values: [], spans: [])
        if !cluster.keys.contains(key) {
            cluster.keys.append(key)
            for block in key.blocks where !(blocks[block]?.contains(id) ?? false) { blocks[block, default: []].append(id) }
        }
        if let value = claim.value, !cluster.values.contains(value) { cluster.values.append(value) }
        cluster.spans.insert(Self.spanKey(claim, document: document))
        clusters[id] = cluster
    }

    /// Files a claim read back from a store, with the cluster it was given.
    public func restore(_ claim: Claim, document: String, alsoFiledAs extra: ClaimKey? = nil) {
        add(claim, document: document, cluster: claim.cluster, alsoFiledAs: extra)
        let base = claim.cluster.split(separator: "-").dropLast().joined(separator: "-")
        if let number = claim.cluster.split(separator: "-").last.flatMap({ Int($0) }) {
            idCounts[base] = max(idCounts[base, default: 0], number)
        }
    }

    static func spanKey(_ claim: Claim, document: String) -> String { "\(document):\(claim.start):\(claim.end)" }
}
