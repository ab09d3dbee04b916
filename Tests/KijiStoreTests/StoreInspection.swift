import Foundation
import KijiCore
import KijiStore
import Testing

/// What tests compare between stores: which claims share a cluster (not the cluster ids), and
/// whether every stored annotation agrees with the claim rows.
enum StoreInspection {
    /// Each cluster as the sorted set of its claims (document id, span, attribute); the clusters sorted.
    static func memberships(_ store: ClaimStore) throws -> [[String]] {
        var clusters: [String: [String]] = [:]
        for (document, claim) in try store.storedClaims() {
            clusters[claim.cluster, default: []].append("\(document)|\(claim.start)|\(claim.end)|\(claim.attribute)")
        }
        return clusters.values.map { $0.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The id of every exported line, in export order.
    static func exportedIDs(_ store: ClaimStore) throws -> [String] {
        var ids: [String] = []
        try store.forEachAnnotation { data in ids.append(try AnnotatedDocument.parse(data).id) }
        return ids
    }

    /// Every stored annotation parses, and the claim rows are exactly the claims of the
    /// documents' annotations (copies hold none of their own).
    static func expectConsistent(_ store: ClaimStore) throws {
        var claimsInAnnotations = 0
        var copies = 0
        try store.forEachAnnotation { data in
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            if object?["copy_of"] != nil { copies += 1; return }
            claimsInAnnotations += try AnnotatedDocument.parse(data).claims.count
        }
        #expect(try store.storedClaims().count == claimsInAnnotations)
        #expect(try store.documentCount() + copies == store.idCount())
    }

    /// The ids of the documents in `inputs`, as `kiji process` reads them (cleaning only).
    static func inputIDs(_ inputs: [String], folder: URL) throws -> [String] {
        let out = folder.appendingPathComponent("ids-\(UUID().uuidString).jsonl")
        try #require(try KijiBinary.run(["process"] + inputs + ["--stages", "clean", "--quiet", "--out", out.path]) == 0)
        return try String(contentsOf: out, encoding: .utf8).split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["id"] as? String ?? ""
        }
    }
}
