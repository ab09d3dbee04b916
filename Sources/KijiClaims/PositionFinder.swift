import KijiCore

/// Claims that state a party's position ("Ishiba said Japan cannot swallow the auto tariffs",
/// "Japan intends to seek a review of U.S. tariffs"): a named party, a cue that it speaks or
/// takes a stand, and a topic of the lexicon. Analysis and speculation (hedged sentences) are
/// not positions, nor a quotation's later sentences that restate a topic it already covered.
struct PositionFinder {
    let lexicon: ClaimLexicon
    let attributor: SourceAttributor

    struct Position {
        var party: String
        var topics: [String]
        var rule: String
    }

    /// The speaker of the previous sentence's quotation, if it had one.
    struct QuotationMemory {
        var speaker: String?
    }

    /// `cues`: the sentence's attribution cues (`SourceAttributor.cueAttributions`), found
    /// when first needed.
    func position(in sentence: SentenceContext, cues: () -> [SourceAttributor.Attribution],
                  memory: inout QuotationMemory) -> Position? {
        let words = sentence.words
        let quote = sentence.quotes.first
        let previousSpeaker = memory.speaker
        memory = QuotationMemory(speaker: quote?.speaker)
        // Without a topic word there is no position, whoever speaks.
        guard words.indices.contains(where: { topic(at: $0, in: sentence) != nil }), !isHedged(sentence) else { return nil }
        let attribution = attributor.attribution(in: sentence, cues: cues())
        let topics = topics(in: sentence, excluding: attribution?.words)

        // A quotation that goes on from the previous sentence without an attribution of its own
        // restates what its speaker already said: not a claim of its own.
        if let quote, quote.speaker != nil, quote.speaker == previousSpeaker, cues().first == nil {
            return nil
        }
        guard !topics.isEmpty else { return nil }
        if let attribution, hasStance(sentence) || hasNegation(words) || quote != nil {
            return Position(party: attribution.source, topics: topics, rule: quote != nil ? "position.quoted" : "position.attributed")
        }
        if hasStance(sentence), let party = subjectParty(in: sentence) {
            return Position(party: party, topics: topics, rule: "position.stance")
        }
        return nil
    }

    /// Topic terms in order of first appearance, outside the attribution itself.
    func topics(in sentence: SentenceContext, excluding attribution: Range<Int>?) -> [String] {
        var topics: [String] = []
        for index in sentence.words.indices {
            if let attribution, attribution.contains(index), !sentence.isQuoted(index) { continue }
            if let topic = topic(at: index, in: sentence), !topics.contains(topic) { topics.append(topic) }
        }
        return topics
    }

    /// The topic the word or phrase at `index` names, unless it is part of a person's name
    /// ("Chris Early").
    private func topic(at index: Int, in sentence: SentenceContext) -> String? {
        guard sentence.flags[index].contains(.topic), let entries = lexicon.stanceTopics[sentence.words[index].text],
              let topic = entries.first(where: { ClaimWords.matches($0.words, in: sentence.words, at: index) }) else { return nil }
        return sentence.entity(at: index)?.type == .person ? nil : topic.term
    }

    private func isHedged(_ sentence: SentenceContext) -> Bool {
        sentence.flags.indices.contains { index in sentence.flags[index].contains(.hedge) && !sentence.isQuoted(index) }
    }

    private func hasStance(_ sentence: SentenceContext) -> Bool {
        let words = sentence.words
        return words.indices.contains { index in
            sentence.flags[index].contains(.stance)
                && lexicon.stanceCuesByFirstWord[words[index].text]?.contains { ClaimWords.matches($0, in: words, at: index) } ?? false
        }
    }

    private func hasNegation(_ words: [ClaimWord]) -> Bool {
        words.contains { Self.negations.contains($0.text) || $0.text.hasSuffix("n't") }
    }

    /// The party a stance sentence is about: the first person, country, organization or
    /// "X government" of the sentence.
    private func subjectParty(in sentence: SentenceContext) -> String? {
        sentence.entities.first { [.person, .gpe, .org].contains($0.type) }?.canonical
    }

    static let negations: Set<String> = ["not", "no", "never", "cannot", "nor"]
}
