import KijiCore

/// Stated positions of a party (ANNOTATION.md "claims"): a sentence where a named or described
/// party speaks (a quotation with its speaker, a verb of saying) or takes a stand (a stance verb,
/// adjective or noun) is a candidate. Dropped by general signals: no party before the verb,
/// a commentator as the party (analysis), speculation (a hedge before any verb of saying), a
/// quotation that goes on from an earlier sentence without a verb of its own (a restatement),
/// a line that only introduces what follows (ending in a colon), and a quoted remark with nothing to
/// check: no stance, no negation, no number and no one named besides the speaker ("“Streaming is
/// somewhat binary,” says Chris Early" is an opinion).
struct StatementFinder {
    let lexicon: ClaimLexicon

    struct Statement {
        /// Who states it (canonical name, or the describing phrase of an unnamed source).
        var party: String
        /// The verb of saying or stance the statement stands on (word index).
        var verb: Int?
        /// The verb the statement's content follows: the stance after a verb of saying ("said he
        /// wants to retire"), else the verb.
        var topicVerb: Int?
        var rule: String
    }

    /// `continuesQuotation`: the sentence opens inside a quotation begun in an earlier one.
    /// `hasFacts`: the sentence already holds number claims; a bare verb of saying then only
    /// attributes them ("Bank of America said its profit rose 15%"), and a position needs a
    /// stance, an act or a negation ("Japan intends to seek a review … as early as June").
    func statement(in sentence: SentenceContext, continuesQuotation: Bool, hasFacts: Bool = false,
                   commentators: Set<String>) -> Statement? {
        let words = sentence.words
        guard let lastWord = words.last, lastWord.text != ":", !sentence.isQuestion else { return nil }
        // "It remains unclear how long…": what no one knows is no position, whoever says it.
        guard !words.contains(where: { Self.unknowns.contains($0.text) }) else { return nil }
        // "I cannot comment on that", "declined to comment": a refusal to say is no position.
        guard !declinesComment(sentence) else { return nil }
        var speech: Int?
        var stance: Int?
        var hedge: Int?
        var verbs: [Int] = []
        for index in words.indices where sentence.entity(at: index) == nil && !sentence.isInOpeningClause(index) {
            let classes = lexicon.statementClasses(words[index].text)
            if classes.isEmpty { continue }
            // The verb of saying stands outside the quotation ("I don't think it's appropriate to
            // mention…" inside one is the remark, not its attribution), and after a determiner it
            // is a noun ("a report from Akazawa").
            if classes.contains(.speech) || classes.contains(.act), !sentence.isQuoted(index),
               index == 0 || !(Self.determiners.contains(words[index - 1].text) || words[index - 1].text.hasSuffix("'s")) {
                if speech == nil { speech = index }
                verbs.append(index)
            }
            if classes.contains(.stance) {
                if stance == nil { stance = index }
                verbs.append(index)
            }
            if hedge == nil, classes.contains(.hedge), !sentence.isQuoted(index) { hedge = index }
        }
        if let hedge, hedge < (speech ?? words.count) { return nil }
        if continuesQuotation, speech == nil { return nil }
        if hasFacts, stance == nil, !hasAct(sentence), !hasNegation(sentence) { return nil }
        var verb = verbs.min()
        let party: String
        let rule: String
        if let speaker = sentence.quotes.first(where: { $0.speaker != nil })?.speaker {
            party = speaker
            rule = "statement.quoted"
        } else if let (index, named) = verbs.sorted().lazy.compactMap({ index in self.namedParty(before: index, in: sentence).map { (index, $0) } }).first {
            // The first verb with a party before it ("Speaking to the press …, Ishiba signaled").
            verb = index
            party = named
            rule = speech != nil ? "statement.said" : "statement.stance"
        } else {
            return nil
        }
        guard !commentators.contains(party) else { return nil }
        if rule == "statement.quoted", stance == nil, !hasAct(sentence), !hasCheckableContent(sentence, besides: party) { return nil }
        return Statement(party: party, verb: verb, topicVerb: [speech, stance].compactMap { $0 }.max(), rule: rule)
    }

    /// The party of a verb: the first person named before it, else the first organization or
    /// country, else an unnamed source or pronoun ("government sources say", "he said").
    private func namedParty(before verb: Int, in sentence: SentenceContext) -> String? {
        let limit = sentence.words[verb].start
        let named = sentence.entities.filter { $0.end <= limit && [.person, .org, .gpe].contains($0.type) }
        if let person = named.first(where: { $0.type == .person }) { return person.canonical }
        if let first = named.first { return first.canonical }
        for index in 0..<verb where Self.unnamedParties.contains(sentence.words[index].text) {
            return sentence.words[index].text
        }
        return nil
    }

    private func hasAct(_ sentence: SentenceContext) -> Bool {
        sentence.words.indices.contains { index in
            lexicon.statementClasses(sentence.words[index].text).contains(.act) && !sentence.isInOpeningClause(index)
        }
    }

    private func hasCheckableContent(_ sentence: SentenceContext, besides party: String) -> Bool {
        if !sentence.numbers.isEmpty || hasCommitment(sentence) { return true }
        if sentence.entities.contains(where: { $0.canonical != party }) { return true }
        return hasNegation(sentence)
    }

    static let unknowns: Set<String> = ["unclear", "uncertain", "unknown"]

    /// A speaker's quoted commitment ("We will make every effort to…", "we want a deal that…"):
    /// a first-person subject with a verb of intent just after it, inside the quotation.
    private func hasCommitment(_ sentence: SentenceContext) -> Bool {
        let words = sentence.words
        return words.indices.contains { index in
            Self.firstPersonSubjects.contains(words[index].text) && sentence.isQuoted(index)
                && words[(index + 1)..<min(words.count, index + 3)].contains { Self.intentWords.contains($0.text) }
        }
    }

    /// A refusal to comment: "comment" (or "elaborate") with a negation or "declined" before it.
    private func declinesComment(_ sentence: SentenceContext) -> Bool {
        let words = sentence.words
        return words.indices.contains { index in
            ["comment", "elaborate"].contains(words[index].text)
                && words[max(0, index - 3)..<index].contains { Self.negations.contains($0.text) || $0.text.hasSuffix("n't") || ["declined", "refused", "declines", "refuses"].contains($0.text) }
        }
    }

    static let firstPersonSubjects: Set<String> = ["we", "i"]
    static let intentWords: Set<String> = ["will", "'ll", "shall", "must", "intend", "plan", "want", "aim"]

    /// A stated refusal or denial ("he is in no rush", "will not compromise").
    private func hasNegation(_ sentence: SentenceContext) -> Bool {
        var conditional = false
        for word in sentence.words {
            // "…would rise to 25 percent if there was no deal": a condition, not a refusal.
            if Self.conditions.contains(word.text) { conditional = true }
            if !conditional, Self.negations.contains(word.text) || word.text.hasSuffix("n't") { return true }
        }
        return false
    }

    static let conditions: Set<String> = ["if", "unless", "barring", "whether"]

    static let determiners: Set<String> = ["a", "an", "the", "his", "her", "its", "their", "this", "that"]

    static let negations: Set<String> = ["not", "no", "never", "cannot", "nor", "neither"]
    static let unnamedParties: Set<String> = ["sources", "source", "he", "she", "they", "government", "ministry",
                                              "officials", "official", "spokesperson", "spokesman", "spokeswoman"]
}
