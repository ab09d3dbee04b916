import KijiCore

/// The clusters the linker has made so far, filed by `BlockKey` so that a new claim is compared
/// only with clusters that share its party, value kind and one attribute term: the cost of a
/// new article stays flat however many articles came before. Filled from a store before a run
/// (`restore`) and grown by the linker.
public final class ClusterIndex {
    public struct Cluster: Sendable {
        public var id: String
        public var keys: [ClaimKey]
        /// Distinct values, the first `sampledValues` of them: enough to tell agreement from
        /// conflict, while a cluster that many articles repeat costs no more to compare with.
        public var values: [NumberValue]
        /// Every distinct value's key, for an exact "equal" test at any cluster size.
        public var valueKeys: Set<NumberValue>
        /// Claims of the cluster, by "document id:start:end" span, so claims on one span stay apart.
        public var spans: Set<String>
    }

    /// Values kept per cluster for comparison (see `Cluster.values`).
    public static let sampledValues = 8

    public private(set) var clusters: [String: Cluster] = [:]
    private var blocks: [BlockKey: [String]] = [:]
    private var filed: Set<Filing> = []

    private struct Filing: Hashable {
        let block: BlockKey
        let cluster: String
    }
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
            for block in extra.blocks { file(id, under: block) }
        }
        var cluster = clusters[id] ?? Cluster(id: id, keys: [], values: [], valueKeys: [], spans: [])
        if !cluster.keys.contains(key) {
            cluster.keys.append(key)
            for block in key.blocks { file(id, under: block) }
        }
        if let value = claim.value, cluster.valueKeys.insert(value).inserted, cluster.values.count < Self.sampledValues {
            cluster.values.append(value)
        }
        cluster.spans.insert(Self.spanKey(claim, document: document))
        clusters[id] = cluster
    }

    private func file(_ id: String, under block: BlockKey) {
        if filed.insert(Filing(block: block, cluster: id)).inserted { blocks[block, default: []].append(id) }
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
