import KijiCore

/// The sieves that read a quote's own sentence, in order: a cue right after the quotation
/// (inverted "…,” said Kato" or plain "…,” Akazawa said"), then one before it ("Trump said: “…”",
/// "…, saying, “…”", a headline's "Trump: “…”"); for a partial quote, the nearest cue before it in its sentence, else the
/// nearest after. Sieves that look beyond the sentence live in `CarryOverSieves`.
struct OwnSentenceSieves {
    let context: QuoteContext
    let lexicon: QuoteLexicon
    let cues: CueFinder
    let mentions: MentionReader
    let coreference: Coreference

    func attribution(of candidate: QuoteCandidate) -> Attribution? {
        // A block quote has no sentence of its own around it: its colon introduction attributes it.
        guard candidate.kind != .block else { return nil }
        let sentenceStart = context.sentence(containing: candidate.outerStart).lowerBound
        let sentenceEnd = context.sentence(containing: max(candidate.outerStart, candidate.outerEnd - 1)).upperBound
        let sentence = context.wordIndices(in: min(sentenceStart, candidate.outerStart)..<max(sentenceEnd, candidate.outerEnd))
        let opening = context.firstWord(atOrAfter: candidate.outerStart)
        let afterClosing = context.firstWord(atOrAfter: candidate.outerEnd)
        var afterEnd = afterClosing
        while afterEnd < sentence.upperBound, !context.isQuoted(afterEnd) { afterEnd += 1 }
        var beforeStart = opening
        while beforeStart > sentence.lowerBound, !context.isQuoted(beforeStart - 1) { beforeStart -= 1 }
        let after = afterClosing..<afterEnd
        // A direct quotation's lead-in starts after the last sentence end before it, should the
        // sentence layer have joined two sentences ("…,” Brandt said. “We…").
        let leadIn = (beforeStart..<opening).last { context.endsSentence($0) }.map { $0 + 1 } ?? beforeStart
        let before = leadIn..<opening

        switch candidate.kind {
        case .direct, .block:
            if let cue = cues.cues(in: after, trailing: true).first {
                let trailing = resolve(cue, window: after, quoteEnd: afterClosing, sieve: "trailing-cue")
                // "X said in a statement, “…”, adding that …": the participle's subject leads the sentence.
                if trailing.speaker == nil, let lead = leadingCue(in: before) {
                    let leading = resolve(lead, window: before, quoteEnd: nil, sieve: "leading-cue")
                    if leading.speaker != nil { return leading }
                }
                return trailing
            }
            if let cue = leadingCue(in: before) {
                return resolve(cue, window: before, quoteEnd: nil, sieve: "leading-cue")
            }
            return nameBeforeColon(before)
        case .partial:
            let found = cues.cues(in: sentence)
            let preceding = found.filter { $0.lastWord < opening && !isParenthetical($0, before: opening) }
            if let cue = preceding.last {
                let window = sentence.lowerBound..<opening
                let nearest = resolve(cue, window: window, quoteEnd: nil, sieve: "in-sentence-cue")
                // "Akazawa said he reiterated … “…”": the reporting verb whose subject is named.
                guard cue.kind == .verb, nearest.rule.hasSuffix("/pronoun"), let speaker = nearest.speaker else { return nearest }
                for outer in preceding.dropLast().reversed() {
                    let named = resolve(outer, window: window, quoteEnd: nil, sieve: "in-sentence-cue")
                    if named.speaker == speaker && !named.rule.hasSuffix("/pronoun") { return named }
                }
                return nearest
            }
            if let cue = found.first(where: { $0.firstWord >= afterClosing }) {
                return resolve(cue, window: afterClosing..<sentence.upperBound, quoteEnd: afterClosing, sieve: "trailing-cue")
            }
            return nil
        }
    }

    /// The last cue before a quotation; a speech noun that merely completes a verb before it
    /// ("Morrison said in a statement, “…”") gives way to the verb.
    private func leadingCue(in before: Range<Int>) -> Cue? {
        let found = cues.cues(in: before)
        guard let last = found.last, last.kind == .noun else { return found.last }
        return found.last { $0.kind == .verb } ?? last
    }

    /// The attribution a cue gives: its speaker read by the cue's kind.
    /// - Parameter quoteEnd: the first word after the quotation when the cue follows it.
    func resolve(_ cue: Cue, window: Range<Int>, quoteEnd: Int?, sieve: String) -> Attribution {
        let words = context.words
        var mention: SpeakerMention?
        var rule = sieve
        switch cue.kind {
        case .phrase:
            mention = mentions.mention(startingAt: cue.lastWord + 1, window: window)
            rule = "according-to"
        case .noun:
            mention = mentions.possessor(before: cue.firstWord, window: window)
            if mention == nil, cue.lastWord + 1 < window.upperBound, words[cue.lastWord + 1].lower == "by" {
                mention = mentions.mention(startingAt: cue.lastWord + 2, window: window)
            }
            rule = "noun-cue"
        case .verb:
            if let quoteEnd, (quoteEnd..<cue.firstWord).allSatisfy({ !words[$0].isWord }),
               let inverted = mentions.mention(startingAt: cue.lastWord + 1, window: window) {
                // "“…,” said Kato"
                mention = inverted
                rule = "inverted-cue"
            } else if cue.isParticiple(in: words), cue.firstWord > window.lowerBound, opensParticipleClause(cue),
                      let main = cues.cues(in: window.lowerBound..<cue.firstWord).last(where: { $0.kind == .verb && !$0.isParticiple(in: words) }),
                      case let shared = resolve(main, window: window.lowerBound..<cue.firstWord, quoteEnd: nil, sieve: sieve),
                      shared.speaker != nil {
                // "…, the government said, adding …", "…,” he says, boasting that …": the participle
                // shares the subject of the speech verb before it, not the sentence's first person.
                return Attribution(speaker: shared.speaker, mention: shared.mention, cue: cue.lemma,
                                   rule: "participle-subject" + shared.rule.drop { $0 != "/" })
            } else if cue.isParticiple(in: words), cue.firstWord == window.lowerBound || opensParticipleClause(cue),
                      let subject = coreference.mainSubject(before: cue.firstWord, window: window)
                        ?? coreference.capitalizedSubject(before: cue.firstWord, window: window) {
                mention = SpeakerMention(person: subject)
                rule = "participle-subject"
            } else if cue.isParticiple(in: words), let subject = frontedClauseSubject(of: cue) {
                // "After calling Japan “spoiled” …, Trump notified …": the main clause's subject.
                mention = subject
                rule = "fronted-participle"
            } else if let before = subject(before: cue, window: window) {
                mention = before
            } else if quoteEnd != nil, followsComma(cue.firstWord),
                      let inverted = mentions.mention(startingAt: cue.lastWord + 1, window: window) {
                // "One “factor” … was that …, explained Paul Nugent, who represents Flores."
                mention = inverted
                rule = "inverted-cue"
            }
        }
        if mention == nil, let person = coreference.nearestPerson(before: cue.firstWord, window: window) {
            mention = SpeakerMention(person: person)
            rule += "/nearest-person"
        }
        guard var mention else { return Attribution(speaker: nil, mention: nil, cue: cue.lemma, rule: rule + "/no-speaker") }
        if mention.kind == .pronoun {
            mention.speaker = lexicon.pronouns[words[mention.firstWord].lower]?.plural == true
                ? mentions.pluralSource(before: mention.firstWord)?.speaker
                : coreference.antecedent(ofPronounAt: mention.firstWord)?.canonical
        }
        return Attribution(speaker: mention.speaker, mention: mention.span, cue: cue.lemma,
                           rule: rule + "/" + mention.kind.rawValue)
    }

    /// Whether a participle opens a clause after a comma, directly or after a clause opener
    /// ("…, adding that", "…, while calling Sinema a “…”").
    private func opensParticipleClause(_ cue: Cue) -> Bool {
        if followsComma(cue.firstWord) { return true }
        let opener = cue.firstWord - 1
        guard opener > 0 else { return false }
        let lower = context.words[opener].lower
        return (lexicon.prepositions.contains(lower) || lexicon.phraseStops.contains(lower)) && followsComma(opener)
    }

    /// Whether a comma stands right before `word`, or before the closing mark right before it
    /// ("… the United States,” emphasizing that …").
    private func followsComma(_ word: Int) -> Bool {
        let words = context.words
        guard word > 0 else { return false }
        if words[word - 1].lower == "," { return true }
        guard word > 1, let mark = context.marks[context.text.scalars[words[word - 1].start]], mark.role != .open else { return false }
        return words[word - 2].lower == ","
    }

    /// The subject of the main clause after a participle clause that opens its sentence with a
    /// preposition or a clause opener ("After calling …, Trump notified …", "While saying …, she").
    private func frontedClauseSubject(of cue: Cue) -> SpeakerMention? {
        let words = context.words
        let sentence = context.wordIndices(in: context.sentenceOfWord[cue.firstWord])
        let opener = cue.firstWord - 1
        guard opener == sentence.lowerBound,
              lexicon.prepositions.contains(words[opener].lower) || lexicon.phraseStops.contains(words[opener].lower),
              let comma = (cue.lastWord + 1..<sentence.upperBound).first(where: { words[$0].lower == "," && !context.isQuoted($0) })
        else { return nil }
        let clause = (comma + 1)..<sentence.upperBound
        if let mention = mentions.mention(startingAt: comma + 1, window: clause), mention.kind != .name || mention.speaker != nil {
            return mention
        }
        return coreference.mainSubject(before: clause.upperBound, window: clause).map(SpeakerMention.init(person:))
    }

    /// "Trump: “We don’t need them”" (a headline's way to attribute): a name and a colon, nothing else.
    private func nameBeforeColon(_ before: Range<Int>) -> Attribution? {
        let words = context.words
        guard before.count >= 2, words[before.upperBound - 1].lower == ":" else { return nil }
        if let mention = mentions.mention(endingAt: before.upperBound - 2, window: before),
           mention.firstWord == before.lowerBound, mention.kind != .pronoun {
            return Attribution(speaker: mention.speaker, mention: mention.span, cue: nil, rule: "name-colon/" + mention.kind.rawValue)
        }
        // "Dave Rice, UNLV: “…”": a person, a comma and a few words of affiliation.
        guard let person = coreference.person(at: before.lowerBound) ?? namedEntity(at: before.lowerBound),
              person.firstWord == before.lowerBound,
              person.lastWord + 1 < before.upperBound - 1, words[person.lastWord + 1].lower == ",",
              before.upperBound - 1 - (person.lastWord + 2) <= affiliationLength,
              cues.cues(in: (person.lastWord + 2)..<(before.upperBound - 1)).isEmpty else { return nil }
        return Attribution(speaker: person.canonical, mention: person.span, cue: nil, rule: "name-colon/affiliation")
    }

    /// An entity of two words or more, whatever its type, as the name a heading gives ("Tad Boyle,
    /// Colorado:" when the recognizer took the name for a place).
    private func namedEntity(at word: Int) -> PersonMention? {
        guard let entity = context.entity(at: word) else { return nil }
        let first = context.firstWord(atOrAfter: entity.start)
        let last = max(first, context.firstWord(atOrAfter: entity.end) - 1)
        guard last > first, (first...last).allSatisfy({ context.words[$0].isCapitalized }) else { return nil }
        return PersonMention(firstWord: first, lastWord: last, span: entity.span, canonical: entity.canonical)
    }

    /// Longest affiliation between a name and its colon, in words and marks ("South Dakota State").
    private var affiliationLength: Int { 6 }

    /// The subject right before a verb, past auxiliaries, adverbs and an appositive
    /// ("Matt Goodman, an expert on …, said"); for a verb coordinated with an earlier one
    /// ("Volker said … and added"), the subject that opens the sentence.
    private func subject(before cue: Cue, window: Range<Int>) -> SpeakerMention? {
        let words = context.words
        var index = cue.firstWord - 1
        while index >= window.lowerBound, words[index].isWord,
              lexicon.skipWords.contains(words[index].lower) || (words[index].lower.hasSuffix("ly") && !words[index].isCapitalized) {
            index -= 1
        }
        guard index >= window.lowerBound else { return nil }
        if words[index].lower == "," { return appositiveSubject(endingBefore: index, window: window) }
        if lexicon.coordinators.contains(words[index].lower) { return coordinatedSubject(before: cue) }
        return mentions.mention(endingAt: index, window: window)
    }

    /// Longest reach of a subject's appositive, in words.
    private var appositiveReach: Int { 40 }

    /// The subject before an appositive that ends with the comma at `comma`. The appositive may
    /// hold commas of its own ("Dylan Nelson, a fellow at the institute in Munich, Germany, and
    /// co-author of the study, said"): the nearest person before one of the commas is the
    /// subject, else the nearest organization; else the phrase before the nearest comma.
    private func appositiveSubject(endingBefore comma: Int, window: Range<Int>) -> SpeakerMention? {
        let words = context.words
        var nearest: SpeakerMention?
        var organization: SpeakerMention?
        var seenComma = false
        var index = comma - 1
        while index > window.lowerBound, comma - index <= appositiveReach {
            defer { index -= 1 }
            guard words[index].lower == "," else { continue }
            let mention = mentions.mention(endingAt: index - 1, window: window)
            if !seenComma, comma - index <= 20 { nearest = mention }
            seenComma = true
            guard let mention else { continue }
            if mentions.isPersonLike(mention) { return mention }
            if organization == nil, mention.kind == .entity, context.entity(at: mention.lastWord)?.type == .org {
                organization = mention
            }
        }
        return organization ?? nearest
    }

    /// The subject of a verb coordinated with an earlier one: the mention that opens its sentence,
    /// else the sentence's first person in subject position.
    private func coordinatedSubject(before cue: Cue) -> SpeakerMention? {
        let sentence = context.wordIndices(in: context.sentenceOfWord[cue.firstWord])
        let clause = sentence.lowerBound..<cue.firstWord
        if let opening = mentions.mention(startingAt: clause.lowerBound, window: clause), opening.kind != .name {
            // "Prosecutors have said Hallgrimson threw …, punched him and told Zicarelli, “…”": the
            // opener reports; the coordinated verbs belong to the subject of its reported clause.
            var next = opening.lastWord + 1
            while next < cue.firstWord, lexicon.skipWords.contains(context.words[next].lower) { next += 1 }
            if next < cue.firstWord, let report = cues.cues(in: next..<(next + 1)).first, report.kind == .verb,
               let reported = coreference.mainSubject(before: cue.firstWord, window: (report.lastWord + 1)..<cue.firstWord),
               reported.firstWord <= report.lastWord + 2 {
                return SpeakerMention(person: reported)
            }
            return opening
        }
        return coreference.mainSubject(before: cue.firstWord, window: clause).map(SpeakerMention.init(person:))
    }

    /// Whether a cue sits in a parenthetical that closes before the quotation ("– according to
    /// the Ministry of Finance … –").
    private func isParenthetical(_ cue: Cue, before opening: Int) -> Bool {
        let words = context.words
        let between = (cue.lastWord + 1)..<opening
        let dashes = between.filter { isDash(words[$0].lower) }.count
        if dashes % 2 == 1 { return true }
        return between.contains { words[$0].lower == ")" }
    }

    private func isDash(_ mark: String) -> Bool {
        mark == "\u{2013}" || mark == "\u{2014}" || mark == "-"
    }
}
