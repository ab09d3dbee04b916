/// Whether the sentence around a date without a year speaks of the past or the future, so that
/// "since Dec. 12" in a November article is last December and "talks will resume in January" is
/// next January (`ExpressionResolver` moves the year only when the date as written would
/// contradict the tense).
enum DateTense: Sendable {
    case unknown, past, future
}

extension ScanContext {
    /// Prepositions that may stand between a verb and its date ("was held on Dec. 12").
    private static let linkingPrepositions: Set<String> = ["on", "in", "at", "during", "of", "from"]
    /// Prepositions that point forward from the verb ("postponed until March"): no past reading.
    private static let forwardPrepositions: Set<String> = ["until", "till", "to", "through", "by", "before"]

    /// Token `j` is a future cue ("will", "expected", "plans to").
    func isFutureCue(_ j: Int) -> Bool {
        let flags = entry(j).flags
        return flags.contains(.futureCue) || (flags.contains(.futureCueBeforeTo) && isWord(j + 1, "to"))
    }

    /// The tense of the clause of the date expression covering tokens `first..<end`.
    func tense(ofDateAt first: Int, end: Int) -> DateTense {
        // Backwards: prepositions may stand between the date and the verb that governs it.
        var j = first - 1
        while j >= 0, !tokens[j + 1].breakBefore, tokens[j].isWord {
            let w = lower(j)
            if w == "since" { return .past }
            if Self.forwardPrepositions.contains(w) { break }
            // "to be held in mid-June", "will be held on": a passive after "be" is no past.
            if entry(j).flags.contains(.pastCue) {
                if j > 0, isWord(j - 1, "be") { break }
                return .past
            }
            guard Self.linkingPrepositions.contains(w) else { break }
            j -= 1
        }
        // A sentence that opens with the date ("In December, the firm bid…"): its first verb.
        let opensSentence = startsSentence(first)
            || (first > 0 && startsSentence(first - 1) && Self.linkingPrepositions.contains(lower(first - 1)))
        if opensSentence {
            var k = end
            if k < count, lower(k) == ",", !tokens[k].breakBefore { k += 1 }
            var words = 0
            while k < count, words < 5, !tokens[k].breakBefore, tokens[k].isWord {
                if isFutureCue(k) { return .future }
                if entry(k).flags.contains(.pastCue) { return .past }
                k += 1
                words += 1
            }
        }
        return hasFutureCue(before: first) ? .future : .unknown
    }
}
