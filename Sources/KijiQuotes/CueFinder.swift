/// A word or phrase that attributes words to a speaker.
struct Cue {
    enum Kind {
        /// A speech verb: "said", "told", "noting".
        case verb
        /// A speech noun with its possessor: "Ishiba’s declaration", "his statement".
        case noun
        /// An attribution phrase followed by the speaker: "according to".
        case phrase
    }
    let kind: Kind
    let firstWord: Int
    let lastWord: Int
    /// The verb lemma that becomes `Quote.cue`; nil for "according to".
    let lemma: String?

    /// A present participle ("saying"), whose subject is the clause's.
    func isParticiple(in words: [Word]) -> Bool {
        kind == .verb && words[firstWord].lower.hasSuffix("ing")
    }
}

/// Finds speech cues among the narrative words of a stretch of text (quoted words are skipped).
/// A verb form inside a name ("United States") or in a passive report ("is said to") is no cue;
/// after a determiner or a possessive a word is read as a noun ("the state", "his statement").
struct CueFinder {
    let context: QuoteContext
    let lexicon: QuoteLexicon
    /// Per word: whether it may start a cue (a speech verb or noun, or an attribution phrase's
    /// first word), looked up once so that scanning a window skips all other words at once.
    private let mayStartCue: [Bool]

    init(context: QuoteContext, lexicon: QuoteLexicon) {
        self.context = context
        self.lexicon = lexicon
        mayStartCue = context.words.map { $0.isWord && lexicon.cueStarts.contains($0.lower) }
    }

    /// The cues among the narrative words of `window`.
    /// - Parameter trailing: the window follows a quotation, so a verb that closes its clause
    ///   there ("“…,” Menear continued.") attributes too.
    func cues(in window: Range<Int>, trailing: Bool = false) -> [Cue] {
        let words = context.words
        var cues: [Cue] = []
        var index = window.lowerBound
        while index < window.upperBound {
            defer { index += 1 }
            if trailing, let cue = closingVerb(at: index, window: window) {
                cues.append(cue)
                continue
            }
            guard mayStartCue[index], !context.isQuoted(index), context.entity(at: index) == nil else { continue }
            if let phrase = phrase(at: index, window: window) {
                cues.append(phrase)
                index = phrase.lastWord
                continue
            }
            let lower = words[index].lower
            let previous = index > window.lowerBound ? words[index - 1] : nil
            let next = index + 1 < window.upperBound ? words[index + 1].lower : nil
            let afterDeterminer = previous.map {
                lexicon.determiners.contains($0.lower) || $0.isPossessive
                    || lexicon.pronouns[$0.lower]?.grammaticalCase == .possessive
            } ?? false
            if afterDeterminer || next == "of" || next == "that" || next == "by" {
                if let lemma = lexicon.speechNouns[lower], afterDeterminer || lexicon.speechVerbs[lower] == nil {
                    cues.append(Cue(kind: .noun, firstWord: index, lastWord: index, lemma: lemma))
                    continue
                }
            }
            guard !afterDeterminer, let lemma = lexicon.speechVerbs[lower] else { continue }
            if let previous, lexicon.passiveMarkers.contains(previous.lower), next == "to" { continue }
            if words[index].isCapitalized, let previous, previous.isWord { continue }
            // "a respect for writing and …": a gerund after a preposition with nothing to report is a noun.
            if lower.hasSuffix("ing"), let previous, lexicon.prepositions.contains(previous.lower),
               next.map({ lexicon.coordinators.contains($0) || $0 == "." || $0 == ")" }) ?? true { continue }
            cues.append(Cue(kind: .verb, firstWord: index, lastWord: index, lemma: lemma))
        }
        return cues
    }

    /// A verb of `trailingVerbs` that ends its clause: followed by a full stop, a comma or nothing.
    private func closingVerb(at index: Int, window: Range<Int>) -> Cue? {
        let words = context.words
        guard words[index].isWord, !context.isQuoted(index), let lemma = lexicon.trailingVerbs[words[index].lower] else { return nil }
        let next = index + 1
        guard next >= window.upperBound || [".", ","].contains(words[next].lower) else { return nil }
        return Cue(kind: .verb, firstWord: index, lastWord: index, lemma: lemma)
    }

    private func phrase(at index: Int, window: Range<Int>) -> Cue? {
        let words = context.words
        for (phraseWords, cue) in lexicon.attributionPhrases where words[index].lower == phraseWords[0] {
            let last = index + phraseWords.count - 1
            guard last < window.upperBound else { continue }
            if phraseWords.indices.allSatisfy({ words[index + $0].lower == phraseWords[$0] && !context.isQuoted(index + $0) }) {
                return Cue(kind: .phrase, firstWord: index, lastWord: last, lemma: cue)
            }
        }
        return nil
    }
}
