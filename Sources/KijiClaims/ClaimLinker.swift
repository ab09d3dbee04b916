import Foundation
import KijiCore

/// Gives every claim a `cluster`: claims that assert the same fact, in one document or across
/// documents, share one, whatever their wording and whether or not their values agree. A claim
/// joins the most alike cluster among the index's candidates (same role, value kind and party;
/// attribute terms that mostly agree, the values' agreement breaking ties), else starts one.
/// Claims that already carry a cluster (documents read back from a store) keep it.
///
/// Reads: claims. Writes: claims (their `cluster`, and a position's side learned from an earlier article). Sequential: called once per document in
/// input order, so the clusters depend only on the order of the documents.
public final class ClaimLinker: SequentialStage {
    public let index: ClusterIndex
    /// How many clusters the last claim was compared with (for tests of the blocking).
    public private(set) var lastCandidateCount = 0

    /// Head concepts specific enough that a bare mention ("the suspension") is the same fact as
    /// a qualified one ("the suspension of reciprocal tariffs") whatever the values say; a bare
    /// generic head ("talks", "tariff") joins a qualified cluster only on an equal value.
    let specificTerms: Set<String>
    /// The words of the modifier lexicon's qualifiers ("auto", "upper", "house", "baseline"), as
    /// they appear among a key's terms.
    let qualifierTerms: Set<String>
    /// Head concepts that name steps of one event (lexicon `event_families.tsv`).
    let eventFamilies: [String: String]
    /// Lemmas of the verbs of saying (lexicon `statement_words.tsv`).
    let speechVerbs: Set<String>
    /// Tells a sentence that reports a changed value.
    let changeWording = ChangeWording.shared

    /// The largest share of the index's positions a topic term may carry and still link two
    /// positions (chosen by leave-one-story-out cross-validation on the dev gold:
    /// `scripts/claims-cross-validation.sh`).
    public let commonTopicShare: Double
    public static let defaultCommonTopicShare = 0.25
    /// Positions filed before topic shares are trusted.
    static let positionsBeforeTopicShares = 20

    /// `commonTopicShare`: default `defaultCommonTopicShare`, or `KIJI_COMMON_TOPIC_SHARE` from
    /// the environment (the cross-validation script sets it).
    public convenience init(index: ClusterIndex = ClusterIndex()) throws {
        try self.init(index: index, commonTopicShare: nil)
    }

    public init(index: ClusterIndex, commonTopicShare: Double?) throws {
        self.index = index
        self.commonTopicShare = commonTopicShare
            ?? ProcessInfo.processInfo.environment["KIJI_COMMON_TOPIC_SHARE"].flatMap(Double.init)
            ?? Self.defaultCommonTopicShare
        let lexicon = try ClaimLexicon()
        specificTerms = Set(lexicon.heads.values.filter { $0.priority >= 3 }.map(\.concept))
        eventFamilies = lexicon.eventFamilies
        speechVerbs = Set(lexicon.statementWords.filter { $0.value.contains(.speech) }.keys)
        qualifierTerms = Set((Array(lexicon.modifiers.values) + [FactFinder.allGoods]).flatMap { $0.split(separator: "_").map(String.init) })
    }

    /// The sides speakers were given by earlier articles ("shigeru ishiba" → Japan), for articles
    /// that name a speaker without saying whom they speak for.
    private var speakerSides: [String: String] = [:]

    /// Files a claim read back from a store (it keeps its cluster) so new claims can join it.
    public func restore(_ claim: Claim) {
        learnSide(of: claim)
        index.restore(claim, alsoFiledAs: familyKey(ClaimKey(claim)))
    }

    /// A position whose article names its speaker's side teaches that side.
    private func learnSide(of claim: Claim) {
        guard claim.value == nil, let source = claim.source, let side = claim.subject, side != source else { return }
        speakerSides[TextFolding.fold(source)] = side
    }

    /// A position about its speaker alone takes the side an earlier article gave that speaker.
    private func withLearnedSide(_ claim: Claim) -> Claim {
        guard claim.value == nil, let source = claim.source, claim.subject == source,
              let side = speakerSides[TextFolding.fold(source)] else { return claim }
        var claim = claim
        claim.subject = side
        return claim
    }

    /// The key under event families, when a term of it belongs to one.
    private func familyKey(_ key: ClaimKey) -> ClaimKey? {
        guard key.terms.contains(where: { eventFamilies[$0] != nil }) else { return nil }
        let mapped = key.mapped(eventFamilies)
        return mapped == key ? nil : mapped
    }

    /// The similarity of two facts that share only their entity and value (below a full match of terms).
    static let sameSubjectAndValueSimilarity = 0.4

    public var name: String { "link" }
    public var reads: Set<Layer> { [.claims] }
    public var writes: Set<Layer> { [.claims] }

    public func annotate(_ document: inout Document) throws {
        // Clusters that already hold a claim of the document on a span: claims on one span stay apart.
        var taken: [SpanKey: [ClusterIndex.Cluster]] = [:]
        for position in document.claims.indices where document.claims[position].cluster.isEmpty {
            let claim = withLearnedSide(document.claims[position])
            learnSide(of: claim)
            document.claims[position].subject = claim.subject
            let key = ClaimKey(claim)
            let family = familyKey(key)
            let span = SpanKey(start: claim.start, end: claim.end)
            let best = bestCluster(for: claim, key: key, family: family, excluding: taken[span] ?? [])
            let cluster: ClusterIndex.Cluster
            if let best, best.agreement == .conflict, changeWording?.reportsChange(claim.text) == true {
                // A value reported as changed ("the levy was cut to 15%") is a fact of its own: the
                // cluster's update, which `kiji claims` and the report show with the cluster it updates.
                cluster = index.newCluster(updating: best.cluster)
            } else {
                cluster = best?.cluster ?? index.newCluster(for: claim.attribute)
            }
            index.add(claim, key: key, to: cluster, alsoFiledAs: family)
            taken[span, default: []].append(cluster)
            document.claims[position].cluster = cluster.id
        }
    }

    private struct SpanKey: Hashable {
        let start: Int
        let end: Int
    }

    /// The most alike candidate cluster the claim may join, if any.
    private func bestCluster(for claim: Claim, key: ClaimKey, family: ClaimKey?,
                             excluding taken: [ClusterIndex.Cluster]) -> (cluster: ClusterIndex.Cluster, agreement: ValueAgreement)? {
        // A position named only by its verb of saying ("say_position") has no topic to be one by.
        if key.family == "POSITION", key.terms.allSatisfy({ speechVerbs.contains($0) }) { return nil }
        let candidates = index.candidates(for: family.map { [key, $0] } ?? [key])
        lastCandidateCount = candidates.count
        let value = claim.value.map(ComparableValue.init)
        let knownValue = claim.value.flatMap { $0.value != nil || $0.normalized != nil ? $0 : nil }
        var best: (cluster: ClusterIndex.Cluster, agreement: ValueAgreement, score: Double)?
        for cluster in candidates where !taken.contains(where: { $0 === cluster }) {
            let agreement = agreement(of: value, known: knownValue, with: cluster)
            // An ordinal names which of a party's events it is ("his seventh trip"): only the same one links.
            if claim.value?.kind == .ordinal, agreement != .equal { continue }
            // So does a counted event ("the fourth round" is not the third, whatever the dates say).
            if cluster.keys.contains(where: { key.countsAnotherRound(than: $0) || qualifiedApart(key, $0) }) { continue }
            var similarity: Double?
            for other in cluster.keys {
                guard let found = key.similarity(to: other), nestedLinkAllowed(found.nested, key, other, agreement),
                      sharesInformativeTopic(key, other) else { continue }
                similarity = max(similarity ?? found.jaccard, found.jaccard)
            }
            // Steps of one event on an equal date: "a deal as early as June", "the summit in mid-June".
            if similarity == nil, agreement == .equal, let family {
                for other in cluster.keys {
                    if let found = family.similarity(to: other.mapped(eventFamilies)), !found.nested { similarity = 0.5 }
                }
            }
            // Differing values make one fact only where the two claims name the same entity or
            // the same qualified property ("auto_tariff_rate"), or where the property is specific
            // (a pause, an election): a bare "seat_count" of 305 and one of 326 are two facts.
            if agreement == .conflict, key.terms.isDisjoint(with: specificTerms),
               !(key.subject.map(cluster.subjects.contains) ?? false),
               !cluster.keys.contains(where: { key.terms.count >= 2 && key.terms == $0.terms }) {
                continue
            }
            // One entity given the same value in the same role, however worded.
            if similarity == nil, agreement == .equal, let both = key.subjectAndValue, cluster.subjectsAndValues.contains(both) {
                similarity = Self.sameSubjectAndValueSimilarity
            }
            guard let similarity else { continue }
            let score = similarity + 0.25 * Double(agreement.rawValue)
            if best == nil || score > best!.score { best = (cluster, agreement, score) }
        }
        return best.map { ($0.cluster, $0.agreement) }
    }

    /// How the claim's value agrees with the cluster's: equal when the cluster holds it, else the
    /// best agreement with its sampled values.
    private func agreement(of value: ComparableValue?, known: NumberValue?, with cluster: ClusterIndex.Cluster) -> ValueAgreement {
        if let known, cluster.valueKeys.contains(known) { return .equal }
        guard let value else { return .unknown }
        var best: ValueAgreement?
        for other in cluster.values {
            let agreement = ValueAgreement.of(value, other)
            if agreement == .equal { return .equal }
            if best == nil || agreement > best! { best = agreement }
        }
        return best ?? .unknown
    }

    /// Two positions of one party are one only if a topic they share is not one the party's
    /// statements keep coming back to: a topic term carried by more than `commonTopicShare` of
    /// the index's positions ("tariffs" in a tariff story) names the story, not a stance.
    private func sharesInformativeTopic(_ a: ClaimKey, _ b: ClaimKey) -> Bool {
        guard a.family == "POSITION", index.positionCount >= Self.positionsBeforeTopicShares else { return true }
        let limit = commonTopicShare * Double(index.positionCount)
        return a.terms.contains { b.terms.contains($0) && Double(index.positionCount(with: $0)) <= limit }
    }

    /// Two facts qualified by different terms of the modifier lexicon are two facts ("the lower
    /// house election" is not the upper house's, the auto tariff not the steel tariff), however
    /// a bare mention ("the election") may link to either.
    private func qualifiedApart(_ a: ClaimKey, _ b: ClaimKey) -> Bool {
        guard a.family != "POSITION" else { return false }
        let mine = a.terms.intersection(qualifierTerms), theirs = b.terms.intersection(qualifierTerms)
        return !mine.isEmpty && !theirs.isEmpty && !mine.isSubset(of: theirs) && !theirs.isSubset(of: mine)
    }

    /// One key's terms inside the other's joins on a specific head ("pause", "election") or an
    /// equal value, never for positions.
    /// A date that could not be resolved ("last week" in an undated article) is treated the same
    /// way: it joins on a specific head only, or on the very same qualified terms
    /// ("working_level_talks", not a bare "talks").
    private func nestedLinkAllowed(_ nested: Bool, _ a: ClaimKey, _ b: ClaimKey, _ agreement: ValueAgreement) -> Bool {
        let unresolvedDate = a.family == NumberKind.date.rawValue && agreement == .unknown
        guard nested || unresolvedDate else { return true }
        if agreement == .equal { return true }
        // Statements on a topic and on that topic and more ("national_interests",
        // "national_interests_speed") are two statements: a party keeps returning to its topics.
        if a.family == "POSITION" { return false }
        if !nested, a.terms.count >= 2, a.terms == b.terms { return true }
        let smaller = a.terms.count <= b.terms.count ? a.terms : b.terms
        return !smaller.isDisjoint(with: specificTerms)
    }
}
