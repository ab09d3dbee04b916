import KijiCore

/// Claims: detection by text overlap, then cross-document links and conflicts over the matches.
enum ClaimScoring {
    /// One document's claims and how its predicted claims matched gold ones.
    struct DocumentPairs {
        let id: String
        let predicted: [Claim]
        let gold: [Claim]
        /// predicted index → gold index
        let goldOfPredicted: [Int: Int]
    }

    /// Pairs are eligible at token Jaccard ≥ 0.5, or when 90% of the gold claim's tokens lie in
    /// the predicted text; pairs with equal values go first, then by Jaccard; each claim used once.
    static func match(_ predicted: AnnotatedDocument, _ gold: AnnotatedDocument) -> DocumentPairs {
        let p = predicted.claims, g = gold.claims
        let pTokens = p.map { TextFolding.tokens($0.text) }, gTokens = g.map { TextFolding.tokens($0.text) }
        let pSets = pTokens.map(Set.init), gSets = gTokens.map(Set.init)
        var candidates: [(predicted: Int, gold: Int, equalValues: Bool, score: Double)] = []
        for i in p.indices {
            for j in g.indices {
                let score = Matching.jaccard(pSets[i], gSets[j])
                let inside = gTokens[j].filter { pSets[i].contains($0) }.count
                let covered = !gTokens[j].isEmpty && Double(inside) >= 0.9 * Double(gTokens[j].count)
                guard score >= 0.5 || covered else { continue }
                candidates.append((i, j, sameValue(p[i].value, g[j].value), score))
            }
        }
        candidates.sort {
            if $0.equalValues != $1.equalValues { return $0.equalValues }
            if $0.score != $1.score { return $0.score > $1.score }
            return ($0.gold, $0.predicted) < ($1.gold, $1.predicted)
        }
        var goldOf: [Int: Int] = [:]
        for (i, j) in Matching.greedy(candidates.map { ($0.predicted, $0.gold) }) { goldOf[i] = j }
        return DocumentPairs(id: gold.id, predicted: p, gold: g, goldOfPredicted: goldOf)
    }

    static func sameValue(_ a: NumberValue?, _ b: NumberValue?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.kind == b.kind && a.unit == b.unit && a.normalized == b.normalized && Matching.closeValues(a.value, b.value)
    }

    /// A claim named by its document and index.
    struct Ref: Hashable { let document: Int; let index: Int }

    static func score(_ documents: [DocumentPairs]) -> ClaimFigures {
        var figures = ClaimFigures()
        var predictedOfGold: [Ref: Ref] = [:]
        var goldOfPredicted: [Ref: Ref] = [:]
        for (d, document) in documents.enumerated() {
            figures.detection += Counts(matched: document.goldOfPredicted.count, predicted: document.predicted.count, gold: document.gold.count)
            for (i, j) in document.goldOfPredicted {
                predictedOfGold[Ref(document: d, index: j)] = Ref(document: d, index: i)
                goldOfPredicted[Ref(document: d, index: i)] = Ref(document: d, index: j)
            }
        }
        func cluster(_ ref: Ref, gold: Bool) -> String {
            gold ? documents[ref.document].gold[ref.index].cluster : documents[ref.document].predicted[ref.index].cluster
        }
        let goldLinks = links(documents.map { $0.gold.map(\.cluster) })
        let predictedLinks = links(documents.map { $0.predicted.map(\.cluster) })
        figures.links.gold = goldLinks.count
        figures.links.predicted = predictedLinks.count
        let recalled = goldLinks.filter { a, b in
            guard let x = predictedOfGold[a], let y = predictedOfGold[b] else { return false }
            return cluster(x, gold: false) == cluster(y, gold: false)
        }.count
        let precise = predictedLinks.filter { a, b in
            guard let x = goldOfPredicted[a], let y = goldOfPredicted[b] else { return false }
            return cluster(x, gold: true) == cluster(y, gold: true)
        }.count
        figures.links.matched = recalled
        figures.linkPrecisionMatched = precise
        figures.conflicts = conflicts(documents, predictedOfGold: predictedOfGold)
        return figures
    }

    /// Every pair of claims in different documents that share a cluster.
    static func links(_ clusters: [[String]]) -> [(Ref, Ref)] {
        var members: [String: [Ref]] = [:]
        for (d, document) in clusters.enumerated() {
            for (i, cluster) in document.enumerated() { members[cluster, default: []].append(Ref(document: d, index: i)) }
        }
        var result: [(Ref, Ref)] = []
        for refs in members.values {
            for a in refs.indices {
                for b in refs.indices where b > a && refs[a].document != refs[b].document { result.append((refs[a], refs[b])) }
            }
        }
        return result
    }

    /// Gold clusters spanning two or more documents with conflicting values, and how many of them
    /// have their matched predicted claims (at least two) in one predicted cluster that also conflicts.
    static func conflicts(_ documents: [DocumentPairs], predictedOfGold: [Ref: Ref]) -> Accuracy {
        var goldMembers: [String: [Ref]] = [:]
        var predictedMembers: [String: [Ref]] = [:]
        for (d, document) in documents.enumerated() {
            for (i, claim) in document.gold.enumerated() { goldMembers[claim.cluster, default: []].append(Ref(document: d, index: i)) }
            for (i, claim) in document.predicted.enumerated() { predictedMembers[claim.cluster, default: []].append(Ref(document: d, index: i)) }
        }
        var found = Accuracy()
        for refs in goldMembers.values {
            guard Set(refs.map(\.document)).count >= 2,
                  ValueConflict.holdsConflict(refs.map { documents[$0.document].gold[$0.index].value }) else { continue }
            let matched = refs.compactMap { predictedOfGold[$0] }
            let clusters = Set(matched.map { documents[$0.document].predicted[$0.index].cluster })
            var ok = false
            if matched.count >= 2, clusters.count == 1, let only = clusters.first {
                let values = predictedMembers[only, default: []].map { documents[$0.document].predicted[$0.index].value }
                ok = ValueConflict.holdsConflict(values)
            }
            found.add(ok)
        }
        return found
    }
}
