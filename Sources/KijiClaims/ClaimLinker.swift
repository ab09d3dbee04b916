import KijiCore

/// Gives every claim a `cluster`: claims that assert the same fact, in one document or across
/// documents, share one, whatever their wording and whether or not their values agree. A claim
/// joins the most alike cluster among the index's candidates (same role, value kind and party;
/// attribute terms that mostly agree, the values' agreement breaking ties), else starts one.
/// Claims that already carry a cluster (documents read back from a store) keep it.
///
/// Reads: claims. Writes: claims (their `cluster`). Sequential: called once per document in
/// input order, so the clusters depend only on the order of the documents.
public final class ClaimLinker: SequentialStage {
    public let index: ClusterIndex
    /// How many clusters the last claim was compared with (for tests of the blocking).
    public private(set) var lastCandidateCount = 0

    /// Head concepts specific enough that a bare mention ("the suspension") is the same fact as
    /// a qualified one ("the suspension of reciprocal tariffs") whatever the values say; a bare
    /// generic head ("talks", "tariff") joins a qualified cluster only on an equal value.
    let specificTerms: Set<String>
    /// Head concepts that name steps of one event (lexicon `event_families.tsv`).
    let eventFamilies: [String: String]

    public init(index: ClusterIndex = ClusterIndex()) throws {
        self.index = index
        let lexicon = try ClaimLexicon()
        specificTerms = Set(lexicon.heads.values.filter { $0.priority >= 3 }.map(\.concept))
        eventFamilies = lexicon.eventFamilies
    }

    /// Files a claim read back from a store (it keeps its cluster) so new claims can join it.
    public func restore(_ claim: Claim, document: String) {
        index.restore(claim, document: document, alsoFiledAs: familyKey(ClaimKey(claim)))
    }

    /// The key under event families, when a term of it belongs to one.
    private func familyKey(_ key: ClaimKey) -> ClaimKey? {
        let mapped = key.mapped(eventFamilies)
        return mapped == key ? nil : mapped
    }

    public var name: String { "link" }
    public var reads: Set<Layer> { [.claims] }
    public var writes: Set<Layer> { [.claims] }

    public func annotate(_ document: inout Document) throws {
        for position in document.claims.indices where document.claims[position].cluster.isEmpty {
            var claim = document.claims[position]
            claim.cluster = cluster(for: claim, document: document.id)
            index.add(claim, document: document.id, cluster: claim.cluster, alsoFiledAs: familyKey(ClaimKey(claim)))
            document.claims[position] = claim
        }
    }

    private func cluster(for claim: Claim, document: String) -> String {
        let key = ClaimKey(claim)
        let spanKey = ClusterIndex.spanKey(claim, document: document)
        let family = familyKey(key)
        let candidates = index.candidates(for: [key] + (family.map { [$0] } ?? []))
        lastCandidateCount = candidates.count
        var best: (id: String, score: Double)?
        for cluster in candidates where !cluster.spans.contains(spanKey) {
            let knownValue = claim.value.flatMap { $0.value != nil || $0.normalized != nil ? $0 : nil }
            let agreement = knownValue.map { cluster.valueKeys.contains($0) } == true
                ? .equal : cluster.values.map { ValueAgreement.of(claim.value, $0) }.max() ?? .unknown
            var similarities = cluster.keys.compactMap { other in
                key.similarity(to: other).flatMap { similarity in
                    nestedLinkAllowed(similarity.nested, key, other, agreement) ? similarity : nil
                }
            }
            // Steps of one event on an equal date: "a deal as early as June", "the summit in mid-June".
            if similarities.isEmpty, agreement == .equal, let family {
                similarities = cluster.keys.compactMap { other in
                    family.similarity(to: other.mapped(eventFamilies)).flatMap { $0.nested ? nil : (0.5, false) }
                }
            }
            guard let similarity = similarities.map(\.jaccard).max() else { continue }
            let score = similarity + 0.25 * Double(agreement.rawValue)
            if best == nil || score > best!.score { best = (cluster.id, score) }
        }
        return best?.id ?? index.newID(for: claim.attribute)
    }

    /// One key's terms inside the other's joins on: a position of the same party, a specific head
    /// ("pause", "election"), or an equal value.
    /// A date that could not be resolved ("last week" in an undated article) is treated the same
    /// way: it joins on a specific head only.
    private func nestedLinkAllowed(_ nested: Bool, _ a: ClaimKey, _ b: ClaimKey, _ agreement: ValueAgreement) -> Bool {
        let unresolvedDate = a.family == NumberKind.date.rawValue && agreement == .unknown
        guard nested || unresolvedDate else { return true }
        if a.family == "POSITION" || agreement == .equal { return true }
        let smaller = a.terms.count <= b.terms.count ? a.terms : b.terms
        return !smaller.isDisjoint(with: specificTerms)
    }
}
