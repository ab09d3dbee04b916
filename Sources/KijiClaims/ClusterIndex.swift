import KijiCore

/// The clusters the linker has made so far, filed by `BlockKey` so that a new claim is compared
/// only with clusters that share its party, value kind, role and one attribute term. A block
/// keeps its `clustersPerBlock` most recently joined clusters, so the cost of a new article stays
/// flat however many articles came before. Filled from a store before a run (`restore`) and
/// grown by the linker.
public final class ClusterIndex {
    public final class Cluster {
        public let id: String
        /// The distinct shapes of the cluster's claims' keys: their keys without subject and
        /// value (`ClaimKey.shape`), which is all that terms, roles, kinds and parties are
        /// compared by. A cluster that thousands of articles repeat with thousands of values
        /// holds a few shapes, so comparing with it costs the same however large the store.
        public fileprivate(set) var keys: [ClaimKey] = []
        /// The folded entities its facts are about.
        public fileprivate(set) var subjects: Set<String> = []
        /// Its facts' entity, role, kind and value together (`ClaimKey.subjectAndValue`).
        public fileprivate(set) var subjectsAndValues: Set<String> = []
        /// Every distinct whole key, filed under its blocks once.
        fileprivate var wholeKeys: Set<ClaimKey> = []
        /// Distinct values, the first `sampledValues` of them: enough to tell agreement from
        /// conflict, while a cluster that many articles repeat costs no more to compare with.
        var values: [ComparableValue] = []
        /// Every distinct value's key, for an exact "equal" test at any cluster size.
        var valueKeys: Set<NumberValue> = []
        /// When a claim last joined the cluster (the index's claim count then).
        fileprivate var lastJoined = 0
        /// The last `candidates` call that returned the cluster (to return it once).
        fileprivate var lastSeen = -1

        init(id: String) { self.id = id }
    }

    /// Values kept per cluster for comparison (see `Cluster.values`).
    public static let sampledValues = 8
    /// Clusters a block keeps: when a new one comes, the one joined least recently leaves the
    /// block (it stays in the clusters of other blocks, and keeps its id).
    public static let clustersPerBlock = 64

    public private(set) var clusters: [String: Cluster] = [:]
    /// Positions filed, and how many carry each topic term.
    public private(set) var positionCount = 0
    private var positionTermCounts: [String: Int] = [:]

    public func positionCount(with term: String) -> Int { positionTermCounts[term] ?? 0 }
    private var blocks: [BlockKey: [Cluster]] = [:]
    private var idCounts: [String: Int] = [:]
    private var claimCount = 0
    private var lookups = 0

    public init() {}

    /// Clusters filed under any of the keys' blocks, each once, in filing order block by block.
    public func candidates(for keys: [ClaimKey]) -> [Cluster] {
        lookups += 1
        var found: [Cluster] = []
        for key in keys {
            for block in key.blocks {
                for cluster in blocks[block] ?? [] where cluster.lastSeen != lookups {
                    cluster.lastSeen = lookups
                    found.append(cluster)
                }
            }
        }
        return found
    }

    /// A new cluster, its id made from the attribute: "auto-tariff-rate-1", "-2" for the next such.
    public func newCluster(for attribute: String) -> Cluster {
        newCluster(numbering: String(attribute.map { $0 == "_" ? "-" : $0 }))
    }

    /// A new cluster for a changed value of `cluster`'s fact: its id is the cluster's, then
    /// `updateMark` and a count ("auto-tariff-rate-1~update-1"), so readers group the two.
    public func newCluster(updating cluster: Cluster) -> Cluster {
        newCluster(numbering: Self.base(of: cluster.id) + Self.updateMark)
    }

    /// A new cluster with the id `base` and the next free count.
    private func newCluster(numbering base: String) -> Cluster {
        var count = idCounts[base, default: 0]
        var id: String
        repeat {
            count += 1
            id = "\(base)-\(count)"
        } while clusters[id] != nil
        idCounts[base] = count
        return cluster(id)
    }

    /// What sets an update's cluster id apart from the id of the cluster it updates.
    public static let updateMark = "~update"

    /// The id of the cluster an update cluster updates; any other id itself.
    public static func base(of id: String) -> String {
        id.range(of: "~").map { String(id[..<$0.lowerBound]) } ?? id
    }

    /// The cluster of this id, made when new.
    public func cluster(_ id: String) -> Cluster {
        if let cluster = clusters[id] { return cluster }
        let cluster = Cluster(id: id)
        clusters[id] = cluster
        return cluster
    }

    /// Adds a claim whose key is `key` to `cluster`, filing the cluster under the key's blocks
    /// (and `extra`'s: the key under event families).
    public func add(_ claim: Claim, key: ClaimKey, to cluster: Cluster, alsoFiledAs extra: ClaimKey? = nil) {
        claimCount += 1
        cluster.lastJoined = claimCount
        if key.family == "POSITION" {
            positionCount += 1
            for term in key.terms { positionTermCounts[term, default: 0] += 1 }
        }
        if let extra {
            for block in extra.blocks { file(cluster, under: block) }
        }
        if cluster.wholeKeys.insert(key).inserted {
            for block in key.blocks { file(cluster, under: block) }
            let shape = key.shape
            if !cluster.keys.contains(shape) { cluster.keys.append(shape) }
            if let subject = key.subject { cluster.subjects.insert(subject) }
            if let both = key.subjectAndValue { cluster.subjectsAndValues.insert(both) }
        }
        if let value = claim.value, cluster.valueKeys.insert(value).inserted, cluster.values.count < Self.sampledValues {
            cluster.values.append(ComparableValue(value))
        }
    }

    private func file(_ cluster: Cluster, under block: BlockKey) {
        Self.insert(cluster, into: &blocks[block, default: []])
    }

    private static func insert(_ cluster: Cluster, into members: inout [Cluster]) {
        guard !members.contains(where: { $0 === cluster }) else { return }
        if members.count >= clustersPerBlock,
           let stalest = members.indices.min(by: { members[$0].lastJoined < members[$1].lastJoined }) {
            members.remove(at: stalest)
        }
        members.append(cluster)
    }

    /// Files a claim read back from a store, with the cluster it was given.
    public func restore(_ claim: Claim, alsoFiledAs extra: ClaimKey? = nil) {
        add(claim, key: ClaimKey(claim), to: cluster(claim.cluster), alsoFiledAs: extra)
        let parts = claim.cluster.split(separator: "-")
        if let number = parts.last.flatMap({ Int($0) }) {
            let base = parts.dropLast().joined(separator: "-")
            idCounts[base] = max(idCounts[base, default: 0], number)
        }
    }
}
