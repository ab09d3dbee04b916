import Foundation
import KijiClaims
import KijiCore

/// A cluster that spans several stored documents: what each says, who says it, and whether
/// their values agree.
public struct ClusterReport: Sendable {
    public struct Member: Sendable {
        public var document: String
        public var text: String
        public var value: NumberValue?
        public var source: String?
        /// The publication date of the member's document, when it states one.
        public var published: String? = nil
    }

    public enum Agreement: String, Sendable {
        /// Every pair of known values agrees.
        case agree
        /// Two values conflict (SCORING.md: different numbers, or dates neither of which holds the other)
        /// and nothing says one replaced the other.
        case conflict
        /// Values differ, and each later one is reported as a change ("cut to 15%"): what changed, not who disagrees.
        case update
        /// No value to compare (positions), or a single known value.
        case unknown
    }

    public var cluster: String
    public var attribute: String
    public var members: [Member]

    public var documentCount: Int { Set(members.map(\.document)).count }

    public var agreement: Agreement {
        let wording = ChangeWording.shared
        let reports = members.map { member in
            ValueHistory.Report(value: member.value, published: member.published,
                                reportsChange: wording?.reportsChange(member.text) ?? false)
        }
        switch ValueHistory.verdict(reports) {
        case .agree: return .agree
        case .conflict: return .conflict
        case .update: return .update
        case .unknown: return .unknown
        }
    }

    public var sources: [String] {
        var seen: Set<String> = []
        return members.compactMap(\.source).filter { seen.insert($0).inserted }
    }
}

extension ClaimStore {
    /// The clusters whose claims come from two or more stored documents, largest first, each with
    /// its updates. Copies hold no claims of their own, so a copied document's claims count once.
    public func crossDocumentClusters() throws -> [ClusterReport] {
        let rows = try database.read { connection in
            try connection.rows("""
                SELECT d.id, \(Self.claimColumns) FROM claim c JOIN document d ON d.position = c.document
                WHERE \(base("c.cluster")) IN (\(crossDocumentBases))
                ORDER BY \(base("c.cluster")), c.document, c.ordinal
                """)
        }
        let published = try publicationDates()
        var reports: [String: ClusterReport] = [:]
        var order: [String] = []
        for row in rows {
            let claim = Self.claim(from: row, at: 2)
            let name = ClusterIndex.base(of: claim.cluster)
            if reports[name] == nil {
                reports[name] = ClusterReport(cluster: name, attribute: claim.attribute, members: [])
                order.append(name)
            }
            reports[name]!.members.append(.init(document: row.text(0) ?? "", text: claim.text,
                                                         value: claim.value, source: claim.source,
                                                         published: published[row.text(0) ?? ""]))
        }
        return order.compactMap { reports[$0] }.sorted {
            ($0.documentCount, $1.cluster) > ($1.documentCount, $0.cluster)
        }
    }

    /// A cluster id in SQL without its update mark: the id of the cluster it updates
    /// (`ClusterIndex.base(of:)`), so a cluster and its updates are reported as one.
    private func base(_ column: String) -> String {
        switch database.dialect {
        case .sqlite: return "substr(\(column), 1, instr(\(column) || '~', '~') - 1)"
        case .postgres: return "split_part(\(column), '~', 1)"
        }
    }

    /// The cluster ids (update marks dropped) whose claims come from two or more documents.
    private var crossDocumentBases: String {
        "SELECT \(base("cluster")) FROM claim GROUP BY 1 HAVING COUNT(DISTINCT document) > 1"
    }

    /// `meta.published` of the documents with claims in clusters that span several documents, by id.
    private func publicationDates() throws -> [String: String] {
        let rows = try database.read { connection in
            try connection.rows("""
                SELECT d.id, d.annotation FROM document d WHERE d.copy_of IS NULL AND d.position IN
                    (SELECT document FROM claim WHERE \(base("cluster")) IN (\(crossDocumentBases)))
                """)
        }
        var dates: [String: String] = [:]
        for row in rows {
            guard let id = row.text(0), let data = row.blob(1),
                  let published = try? AnnotatedDocument.parse(data).meta.published else { continue }
            dates[id] = published
        }
        return dates
    }
}
