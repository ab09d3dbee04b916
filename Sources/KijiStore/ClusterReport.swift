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
    }

    public enum Agreement: String, Sendable {
        /// Every pair of known values agrees.
        case agree
        /// Two values conflict (SCORING.md: different numbers, or dates neither of which holds the other).
        case conflict
        /// No value to compare (positions), or a single known value.
        case unknown
    }

    public var cluster: String
    public var attribute: String
    public var members: [Member]

    public var documentCount: Int { Set(members.map(\.document)).count }

    public var agreement: Agreement {
        let values = members.compactMap(\.value)
        var compared = false
        for (i, a) in values.enumerated() {
            for b in values[(i + 1)...] {
                switch ValueAgreement.of(a, b) {
                case .conflict: return .conflict
                case .unknown: continue
                default: compared = true
                }
            }
        }
        return compared ? .agree : .unknown
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
        var reports: [String: ClusterReport] = [:]
        var order: [String] = []
        for row in rows {
            let claim = Self.claim(from: row, at: 2)
            if reports[claim.cluster] == nil {
                reports[claim.cluster] = ClusterReport(cluster: claim.cluster, attribute: claim.attribute, members: [])
                order.append(claim.cluster)
            }
            reports[claim.cluster]!.members.append(.init(document: row.text(0) ?? "", text: claim.text,
                                                         value: claim.value, source: claim.source))
        }
        return order.compactMap { reports[$0] }.sorted {
            ($0.documentCount, $1.cluster) > ($1.documentCount, $0.cluster)
        }
    }
}
