import KijiClaims
import KijiCore

/// Gathers the claims of every article as the articles stream past, cluster by cluster, keeping
/// per cluster its distinct values (with the articles, outlets and dates that give each) and the
/// first `memberLimit` claims: memory grows with the clusters, not with the size of the articles.
/// A cluster's updates (`ClusterIndex.newCluster(updating:)`) are gathered with it.
struct ClusterCollector {
    struct Member: Sendable {
        var article: Int
        var claim: Int
        var text: String
        var value: NumberValue?
        var source: String?
    }

    struct ValueGroup: Sendable {
        var value: NumberValue
        var label: String
        var articles: Set<Int> = []
        var outlets: Set<String> = []
        var earliest: String?
        var latest: String?
    }

    struct Cluster: Sendable {
        var name: String
        var attribute: String
        var articles: Set<Int> = []
        var claimCount = 0
        var members: [Member] = []
        var groups: [ValueGroup] = []
    }

    let memberLimit: Int
    private(set) var clusters: [String: Cluster] = [:]

    init(memberLimit: Int) { self.memberLimit = memberLimit }

    mutating func add(_ claims: [Claim], article: Int, outlet: String?, published: String?) {
        for (index, claim) in claims.enumerated() {
            // A changed value's cluster shows with the cluster it updates.
            let name = ClusterIndex.base(of: claim.cluster)
            var cluster = clusters[name] ?? Cluster(name: name, attribute: claim.attribute)
            cluster.articles.insert(article)
            cluster.claimCount += 1
            if cluster.members.count < memberLimit {
                cluster.members.append(Member(article: article, claim: index, text: claim.text, value: claim.value, source: claim.source))
            }
            if let value = claim.value {
                let label = ValueText.of(value)
                var position = cluster.groups.firstIndex { $0.label == label }
                if position == nil {
                    cluster.groups.append(ValueGroup(value: value, label: label))
                    position = cluster.groups.count - 1
                }
                cluster.groups[position!].add(article: article, outlet: outlet, published: published)
            }
            clusters[name] = cluster
        }
    }

    /// The clusters that span two or more articles: most articles first, then by name.
    var crossArticle: [Cluster] {
        clusters.values.filter { $0.articles.count > 1 }.sorted { ($1.articles.count, $0.name) < ($0.articles.count, $1.name) }
    }
}

extension ClusterCollector.ValueGroup {
    mutating func add(article: Int, outlet: String?, published: String?) {
        articles.insert(article)
        if let outlet { outlets.insert(outlet) }
        if let published {
            if earliest.map({ published < $0 }) ?? true { earliest = published }
            if latest.map({ published > $0 }) ?? true { latest = published }
        }
    }
}

extension ClusterCollector.Cluster {
    enum Agreement: String {
        case agree, conflict, update, unknown

        var label: String {
            switch self {
            case .agree: return "values agree"
            case .conflict: return "conflict"
            case .update: return "updated over time"
            case .unknown: return "nothing to compare"
            }
        }
    }

    /// The value groups that conflict with another group (SCORING.md's value agreement).
    var conflictingGroups: Set<Int> {
        var conflicting = Set<Int>()
        for i in groups.indices {
            for j in groups.indices where j > i && ValueAgreement.of(groups[i].value, groups[j].value) == .conflict {
                conflicting.insert(i)
                conflicting.insert(j)
            }
        }
        return conflicting
    }

    /// A conflict is an update when its values follow one another in time: every article giving
    /// one value was published before every article giving the next.
    var agreement: Agreement {
        guard groups.count > 1 else { return groups.isEmpty ? .unknown : .agree }
        if conflictingGroups.isEmpty { return .agree }
        let dated = groups.compactMap { group in group.earliest.flatMap { first in group.latest.map { (first, $0) } } }
        guard dated.count == groups.count else { return .conflict }
        let ordered = dated.sorted { $0.0 < $1.0 }
        let successive = zip(ordered, ordered.dropFirst()).allSatisfy { $0.1 < $1.0 }
        return successive ? .update : .conflict
    }
}
