import KijiCore

/// Who a sentence says asserts it: the speaker of a quotation in it, the source of "according
/// to X", or the party before a cue verb ("X said", "X reported"). Nil when the sentence
/// attributes nothing.
struct SourceAttributor {
    let lexicon: ClaimLexicon

    struct Attribution {
        var source: String
        /// The word range of the attribution ("according to the Ministry of Finance", "he said").
        var words: Range<Int>
    }

    /// `cues`: the sentence's `cueAttributions`, when already found.
    func attribution(in sentence: SentenceContext, cues: [Attribution]? = nil) -> Attribution? {
        if let quote = sentence.quotes.first(where: { $0.speaker != nil }), let speaker = quote.speaker {
            let range = sentence.wordRange(quote.start, quote.end) ?? 0..<0
            return Attribution(source: speaker, words: range)
        }
        return (cues ?? cueAttributions(in: sentence)).first
    }

    /// Every attribution cue of the sentence with the source it names, in order.
    func cueAttributions(in sentence: SentenceContext) -> [Attribution] {
        var found: [Attribution] = []
        let words = sentence.words
        var index = 0
        while index < words.count {
            guard sentence.flags[index].contains(.cue),
                  let cue = lexicon.attributionCuesByFirstWord[words[index].text]?.lazy.map({ lexicon.attributionCues[$0] })
                .first(where: { ClaimWords.matches($0.words, in: words, at: index) }) else {
                index += 1
                continue
            }
            let cueEnd = index + cue.words.count
            if cue.sourceBefore {
                if let (source, from) = party(in: sentence, from: index - 1, step: -1, limit: 6) {
                    found.append(Attribution(source: source, words: from..<cueEnd))
                }
            } else if let (source, to) = party(in: sentence, from: cueEnd, step: 1, limit: 8) {
                found.append(Attribution(source: source, words: index..<(to + 1)))
            }
            index = cueEnd
        }
        return found
    }

    /// The nearest named party (an entity that can speak, or an unnamed source's describing
    /// phrase ending in "source"/"official") from word `start`, walking by `step`.
    private func party(in sentence: SentenceContext, from start: Int, step: Int, limit: Int) -> (String, Int)? {
        var index = start
        var walked = 0
        while index >= 0, index < sentence.words.count, walked < limit {
            let word = sentence.words[index]
            if word.text == "." || word.text == ";" { return nil }
            if let entity = sentence.entity(at: index), Self.speakingTypes.contains(entity.type) {
                return (entity.canonical, index)
            }
            if Self.unnamedHeads.contains(word.text) {
                return (describingPhrase(in: sentence, endingAt: index), index)
            }
            index += step
            walked += 1
        }
        return nil
    }

    /// "a source close to the Japanese government" → "source close to the japanese government"
    /// is too long: the phrase is the head with the words before it back to an article.
    private func describingPhrase(in sentence: SentenceContext, endingAt index: Int) -> String {
        var start = index
        while start > 0, start > index - 3 {
            let previous = sentence.words[start - 1].text
            if Self.articles.contains(previous) || !previous.first!.isLetter { break }
            start -= 1
        }
        return sentence.words[start...index].map(\.text).joined(separator: " ")
    }

    static let speakingTypes: Set<EntityType> = [.person, .org, .gpe, .norp]
    static let unnamedHeads: Set<String> = ["source", "sources", "official", "officials", "spokesperson", "spokesman", "spokeswoman", "aide", "aides"]
    static let articles: Set<String> = ["a", "an", "the", "one", "two", "some", "several", "according", "to"]
}
