/// Tells quoted terms from quotes by their shape: a quotation after a naming phrase ("the
/// so-called “nuclear option”", "known as the “Trump whisperer”"), or a short one that modifies
/// the noun after it ("“reciprocal” tariffs", "“liberation day” tariffs"), names a thing; and a
/// sentence-like quotation that no one is said to have spoken must still look like speech.
struct TermFilter {
    let context: QuoteContext
    let lexicon: QuoteLexicon
    /// A partial quotation of at most this many words may be a noun modifier.
    let modifierLength = 2
    /// An unattributed direct quotation needs this many words or a sentence's final mark.
    let unattributedSentenceLength = 4

    /// A title in quotation marks has at most this many words.
    let titleLength = 8

    func isTerm(_ candidate: QuoteCandidate) -> Bool {
        guard candidate.kind != .block else { return false }
        return followsNamingPhrase(candidate) || isTitle(candidate)
            || (candidate.kind == .partial && (modifiesNoun(candidate) || namesKindOfNarrativeNoun(candidate)))
    }

    /// Title case without a sentence's final mark (“Takin’ It To The Streets”, “Master Builder
    /// Series”): the name of a song, a book, a show or a series, not speech. Two words or more,
    /// each capitalized but for short function words.
    private func isTitle(_ candidate: QuoteCandidate) -> Bool {
        let last = context.text.scalars[candidate.end - 1]
        guard !".?!\u{2026}".unicodeScalars.contains(last) else { return false }
        let inside = context.wordIndices(in: candidate.start..<candidate.end).filter { context.words[$0].isWord }
        guard inside.count >= 2, inside.count <= titleLength, context.words[inside[0]].isCapitalized else { return false }
        return inside.allSatisfy { index in
            let word = context.words[index]
            return word.isCapitalized || (lexicon.functionWords.contains(word.lower) && word.lower.count <= 4)
                || word.lower.first.map { !$0.isLetter } == true
        }
    }

    /// Whether an unattributed quotation still reads as someone's sentence.
    func looksSpoken(_ candidate: QuoteCandidate) -> Bool {
        guard candidate.kind != .partial else { return false }
        let last = context.text.scalars[candidate.end - 1]
        return wordCount(candidate) >= unattributedSentenceLength || ".?!\u{2026}".unicodeScalars.contains(last)
    }

    private func followsNamingPhrase(_ candidate: QuoteCandidate) -> Bool {
        let words = context.words
        var end = context.firstWord(atOrAfter: candidate.outerStart)
        if end > 0, words[end - 1].lower == "," || words[end - 1].lower == ":" { end -= 1 }
        if end > 0, lexicon.determiners.contains(words[end - 1].lower) { end -= 1 }
        return lexicon.scareMarkers.contains { marker in
            let start = end - marker.count
            guard start >= 0 else { return false }
            return marker.indices.allSatisfy { words[start + $0].lower == marker[$0] }
        }
    }

    /// A short quotation whose head noun the sentence also uses unquoted names a kind of that
    /// thing ("tariffs on steel, as well as all “reciprocal tariffs”"): a term, not words spoken.
    private func namesKindOfNarrativeNoun(_ candidate: QuoteCandidate) -> Bool {
        let inside = context.wordIndices(in: candidate.start..<candidate.end).filter { context.words[$0].isWord }
        guard inside.count <= termLength, let last = inside.last else { return false }
        let head = Self.singular(context.words[last].withoutPossessive)
        guard !lexicon.functionWords.contains(head) else { return false }
        let sentence = context.wordIndices(in: context.sentence(containing: candidate.start))
        return sentence.contains { index in
            !context.isQuoted(index) && context.words[index].isWord && Self.singular(context.words[index].withoutPossessive) == head
        }
    }

    /// A quoted term has at most this many words.
    let termLength = 3

    private static func singular(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }

    private func modifiesNoun(_ candidate: QuoteCandidate) -> Bool {
        // Punctuation closing the quotation ("“significant progress,” people said") ends the phrase.
        guard wordCount(candidate) <= modifierLength, candidate.outerEnd - candidate.end <= 1,
              Words.isWordScalar(context.text.scalars[candidate.end - 1]) else { return false }
        // A quoted adverb ("had “mistakenly” given") modifies the verb after it, not a noun.
        let lastInside = context.firstWord(atOrAfter: candidate.end) - 1
        if lastInside >= 0, context.words[lastInside].lower.hasSuffix("ly") { return false }
        let next = context.firstWord(atOrAfter: candidate.outerEnd)
        guard next < context.words.count, context.paragraphOfWord[next] == candidate.paragraph else { return false }
        let word = context.words[next]
        // An adverb after it ("“brilliant” earlier in the day") modifies no noun.
        return word.isWord && !word.isCapitalized && !lexicon.functionWords.contains(word.lower)
            && lexicon.speechVerbs[word.lower] == nil && !lexicon.skipWords.contains(word.lower) && !word.lower.hasSuffix("ly")
    }

    private func wordCount(_ candidate: QuoteCandidate) -> Int {
        context.wordIndices(in: candidate.start..<candidate.end).filter { context.words[$0].isWord }.count
    }
}
