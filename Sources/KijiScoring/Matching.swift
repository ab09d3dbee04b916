import KijiCore

/// Matching helpers shared by the stage scorers.
enum Matching {
    /// Pairs items with equal keys, each used once, in document order; returns (predicted, gold) index pairs.
    static func pairsByKey<Key: Hashable>(predicted: [Key], gold: [Key]) -> [(Int, Int)] {
        var waiting: [Key: [Int]] = [:]
        for (index, key) in gold.enumerated() { waiting[key, default: []].append(index) }
        var cursor: [Key: Int] = [:]
        var pairs: [(Int, Int)] = []
        for (index, key) in predicted.enumerated() {
            guard let candidates = waiting[key] else { continue }
            let next = cursor[key, default: 0]
            guard next < candidates.count else { continue }
            cursor[key] = next + 1
            pairs.append((index, candidates[next]))
        }
        return pairs
    }

    /// Greedy one-to-one assignment: candidate pairs in the order given (best first), each item used once.
    static func greedy(_ candidates: [(predicted: Int, gold: Int)]) -> [(Int, Int)] {
        var usedPredicted = Set<Int>(), usedGold = Set<Int>()
        var pairs: [(Int, Int)] = []
        for candidate in candidates where !usedPredicted.contains(candidate.predicted) && !usedGold.contains(candidate.gold) {
            usedPredicted.insert(candidate.predicted)
            usedGold.insert(candidate.gold)
            pairs.append((candidate.predicted, candidate.gold))
        }
        return pairs
    }

    /// Jaccard similarity of the token sets of two texts.
    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    /// Multiset overlap of two token lists.
    static func overlap(_ a: [String], _ b: [String]) -> Int {
        var counts: [String: Int] = [:]
        for token in a { counts[token, default: 0] += 1 }
        var shared = 0
        for token in b where counts[token, default: 0] > 0 {
            counts[token]! -= 1
            shared += 1
        }
        return shared
    }

    static let approximators = ["a little over", "more than", "less than", "approximately", "around", "nearly",
                                "almost", "roughly", "about", "some", "over"]

    /// A number's normalized text with one leading approximator dropped ("about 40" → "40").
    static func numberKey(_ text: String) -> String {
        let normalized = TextFolding.normalize(text)
        let lower = normalized.lowercased()
        for approximator in approximators where lower.hasPrefix(approximator + " ") {
            return String(normalized.dropFirst(approximator.count + 1))
        }
        return normalized
    }

    static let corporateSuffixes: Set<String> = ["corporation", "corp", "inc", "co", "ltd", "llc", "plc", "group", "holdings"]

    /// Words an outlet's name may have or lack and still name the same outlet ("Kyodo" and
    /// "Kyodo News", "Japan Times" and "The Japan Times").
    static let outletWords: Set<String> = ["the", "news", "newspaper", "press", "agency", "wire", "service", "media", "group"]

    /// Two outlets are the same when their folded tokens agree once a leading "the" and the
    /// generic words of `outletWords` at either end are set aside, or when both are null.
    static func sameOutlet(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        func key(_ name: String) -> [String] {
            var tokens = canonicalKey(name)
            while tokens.count > 1, let first = tokens.first, outletWords.contains(first) { tokens.removeFirst() }
            while tokens.count > 1, let last = tokens.last, outletWords.contains(last) { tokens.removeLast() }
            return tokens
        }
        return key(a) == key(b)
    }

    /// A canonical name as folded tokens, a trailing corporate suffix dropped.
    static func canonicalKey(_ name: String) -> [String] {
        var tokens = TextFolding.tokens(name)
        if tokens.count > 1, let last = tokens.last, corporateSuffixes.contains(last) { tokens.removeLast() }
        return tokens
    }

    /// Relative error within 0.5%.
    static func closeValues(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (a?, b?): return b == 0 ? a == 0 : abs(a - b) <= 0.005 * abs(b)
        default: return false
        }
    }

    /// SCORING.md's speaker equality.
    static func sameSpeaker(_ predicted: String?, _ gold: String?) -> Bool {
        guard let predicted, let gold else { return predicted == nil && gold == nil }
        if TextFolding.fold(predicted) == TextFolding.fold(gold) { return true }
        let a = TextFolding.tokens(predicted), b = TextFolding.tokens(gold)
        guard let lastA = a.last, let lastB = b.last else { return false }
        // Both a person (capitalized name) or both an unnamed source (lower-case phrase): family names or head nouns.
        return isUnnamedSource(predicted) == isUnnamedSource(gold) && lastA == lastB
    }

    /// An unnamed source is kept as a lower-case describing phrase ("senior government official").
    static func isUnnamedSource(_ speaker: String) -> Bool {
        !speaker.unicodeScalars.contains { ScalarClass.isUppercase($0) }
    }
}
