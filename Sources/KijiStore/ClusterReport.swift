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
    /// The clusters whose claims come from two or more stored documents, largest first. Copies
    /// hold no claims of their own, so a copied document's claims count once.
    public func crossDocumentClusters() throws -> [ClusterReport] {
        let rows = try database.read { connection in
            try connection.rows("""
                SELECT d.id, \(Self.claimColumns) FROM claim c JOIN document d ON d.position = c.document
                WHERE c.cluster IN (SELECT cluster FROM claim GROUP BY cluster HAVING COUNT(DISTINCT document) > 1)
                ORDER BY c.cluster, c.document, c.ordinal
                """)
        }
        let published = try publicationDates()
        var reports: [String: ClusterReport] = [:]
        var order: [String] = []
        for row in rows {
            let claim = Self.claim(from: row, at: 2)
            if reports[claim.cluster] == nil {
                reports[claim.cluster] = ClusterReport(cluster: claim.cluster, attribute: claim.attribute, members: [])
                order.append(claim.cluster)
            }
            reports[claim.cluster]!.members.append(.init(document: row.text(0) ?? "", text: claim.text,
                                                         value: claim.value, source: claim.source,
                                                         published: published[row.text(0) ?? ""]))
        }
        return order.compactMap { reports[$0] }.sorted {
            ($0.documentCount, $1.cluster) > ($1.documentCount, $0.cluster)
        }
    }

    /// `meta.published` of the documents with claims in clusters that span several documents, by id.
    private func publicationDates() throws -> [String: String] {
        let rows = try database.read { connection in
            try connection.rows("""
                SELECT d.id, d.annotation FROM document d WHERE d.copy_of IS NULL AND d.position IN
                    (SELECT document FROM claim WHERE cluster IN (SELECT cluster FROM claim GROUP BY cluster HAVING COUNT(DISTINCT document) > 1))
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
