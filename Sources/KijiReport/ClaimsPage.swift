import KijiCore

/// The values of a claims page: each cluster that spans several articles, its distinct values
/// (conflicting ones marked) and its claims side by side by publication date and outlet, each
/// linking back to its sentence.
enum ClaimsPage {
    static func view(_ clusters: ArraySlice<ClusterCollector.Cluster>, articles: [ArticleEntry], pager: Pager, page: Int,
                     total: Int, conflicts: Int, site: SiteInfo) -> PageView {
        var values = site.values(root: "")
        values["pageTitle"] = "Claims across articles"
        values["summary"] = "\(total) clusters span several articles; \(conflicts) hold conflicting values."
        values["pager"] = pager.view(page)
        values["empty"] = total == 0
        values["clusters"] = clusters.enumerated().map { offset, cluster in
            self.cluster(cluster, number: (page - 1) * ClaimsPage.perPage + offset + 1, articles: articles)
        }
        return PageView(values)
    }

    static let perPage = 50

    private static func cluster(_ cluster: ClusterCollector.Cluster, number: Int, articles: [ArticleEntry]) -> PageView {
        let agreement = cluster.agreement
        let conflicting = cluster.conflictingGroups
        let groups = cluster.groups.enumerated().map { index, group in
            PageView(["value": group.label, "articles": String(group.articles.count),
                      "outlets": group.outlets.isEmpty ? "not stated" : group.outlets.sorted().joined(separator: ", "),
                      "dates": dateRange(group), "conflicting": conflicting.contains(index)])
        }
        let members = cluster.members.sorted { a, b in
            let (x, y) = (articles[a.article], articles[b.article])
            return (x.published ?? "~", x.outlet ?? "~", a.article, a.claim) < (y.published ?? "~", y.outlet ?? "~", b.article, b.claim)
        }.map { member in
            let article = articles[member.article]
            let label = member.value.map(ValueText.of) ?? "position"
            let differs = member.value.map { value in
                conflicting.contains { cluster.groups[$0].label == ValueText.of(value) }
            } ?? false
            return PageView(["published": article.published ?? "not stated", "outlet": article.outlet ?? "not stated",
                             "article": article.title, "value": label, "differs": differs,
                             "source": member.source ?? "—", "text": member.text,
                             "href": "\(article.href)#claim-\(member.claim)"])
        }
        var values: [String: Any] = [
            "anchor": "cluster-\(number)", "cluster": cluster.name, "attribute": cluster.attribute,
            "agreement": agreement.rawValue, "agreementLabel": agreement.label,
            "articleCount": String(cluster.articles.count), "claimCount": String(cluster.claimCount),
            "values": groups, "hasValues": !groups.isEmpty, "members": members,
        ]
        if cluster.claimCount > members.count {
            values["hidden"] = "\(cluster.claimCount - members.count) more claims of this cluster are not listed."
        }
        return PageView(values)
    }

    private static func dateRange(_ group: ClusterCollector.ValueGroup) -> String {
        guard let earliest = group.earliest, let latest = group.latest else { return "not stated" }
        return earliest == latest ? earliest : "\(earliest) to \(latest)"
    }
}
