import KijiCore

/// The sieves for quotes whose own sentence names no speaker, in order:
/// - `colon-introduction`: the paragraph before ends with a colon after a cue ("As Ishiba told the
///   press:", "The statement read:");
/// - `block-continuation`: a block quote that goes on from the block quote just before;
/// - `continuation`: an earlier quote of the same paragraph has a speaker ("“…,” he said. “…”");
/// - `paragraph-continuation`: a paragraph of nothing but quotation continues the last quote of
///   the paragraph before;
/// - `preceding-speaker`: a paragraph of nothing but quotation after a paragraph (within three)
///   whose speech verb has a speaker ("Harris stated that …" then "“…”");
/// - `echo`: the same words, or an excerpt of three words or more, are attributed elsewhere in the
///   document (a heading quoting the body).
struct CarryOverSieves {
    let context: QuoteContext
    let cues: CueFinder
    let own: OwnSentenceSieves

    /// Fills the attributions still missing, in document order.
    func complete(_ candidates: [QuoteCandidate], _ attributions: inout [Attribution?]) {
        for (index, candidate) in candidates.enumerated() where attributions[index] == nil {
            attributions[index] = colonIntroduction(candidate)
                ?? blockContinuation(index, candidates, attributions)
                ?? continuation(index, candidates, attributions)
                ?? nextSentence(candidate)
                ?? previousSentence(candidate)
                ?? paragraphContinuation(index, candidates, attributions)
                ?? precedingSpeaker(candidate)
        }
        // Echo: the same words attributed elsewhere in the document.
        guard attributions.contains(where: { $0 == nil }) else { return }
        var attributedWords: [[String]: Attribution] = [:]
        var attributed: [(words: [String], attribution: Attribution)] = []
        for (index, candidate) in candidates.enumerated() {
            guard let attribution = attributions[index], attribution.speaker != nil else { continue }
            let words = FoldedTokens.of(context.text.scalars[candidate.start..<candidate.end])
            if attributedWords[words] == nil { attributedWords[words] = attribution }
            attributed.append((words, attribution))
        }
        for (index, candidate) in candidates.enumerated() where attributions[index] == nil {
            let words = FoldedTokens.of(context.text.scalars[candidate.start..<candidate.end])
            if let attribution = attributedWords[words] {
                attributions[index] = attribution.carried(by: "echo")
            } else if words.count >= echoExcerptLength,
                      let source = attributed.first(where: { Self.contains($0.words, words) }) {
                attributions[index] = source.attribution.carried(by: "echo")
            }
        }
    }

    /// A headline may quote an excerpt of a longer attributed quote if it is at least this long.
    let echoExcerptLength = 3

    /// Whether `part` occurs in `whole` as a contiguous run.
    private static func contains(_ whole: [String], _ part: [String]) -> Bool {
        guard part.count <= whole.count else { return false }
        return (0...(whole.count - part.count)).contains { start in
            whole[start..<(start + part.count)].elementsEqual(part)
        }
    }

    /// The cue of a paragraph that ends with a colon, right before `paragraph`.
    func colonIntroduction(toParagraph paragraph: Int) -> Attribution? {
        guard paragraph > 0 else { return nil }
        let previous = context.paragraphs[paragraph - 1]
        guard context.text.scalars[previous.upperBound - 1] == ":" else { return nil }
        let lastSentence = context.sentence(containing: previous.upperBound - 1)
        let window = context.wordIndices(in: lastSentence)
        let found = cues.cues(in: window)
        let cue: Cue
        if let verb = found.last(where: { $0.kind != .noun }) {
            cue = verb
        } else {
            // "The statement read:": the speech noun's owner speaks.
            let colon = window.upperBound - 1
            guard colon > window.lowerBound, own.lexicon.introductionVerbs.contains(context.words[colon - 1].lower) else { return nil }
            guard let noun = found.last else {
                return Attribution(speaker: nil, mention: nil, cue: nil, rule: "colon-introduction/no-speaker")
            }
            cue = noun
        }
        var attribution = own.resolve(cue, window: window, quoteEnd: nil, sieve: "colon-introduction")
        attribution.rule = "colon-introduction" + attribution.rule.drop { $0 != "/" }
        return attribution
    }

    /// Whether a paragraph goes on with the block quote of the paragraph before: no quotation
    /// mark opens it, it speaks in the first person and no speech verb of the narrative is in it.
    func continuesBlock(_ paragraph: Int) -> Bool {
        let range = context.paragraphs[paragraph]
        let words = context.wordIndices(in: range)
        guard context.marks[context.text.scalars[range.lowerBound]] == nil, words.count >= 3,
              cues.cues(in: words).isEmpty else { return false }
        return words.contains { context.words[$0].isWord && own.lexicon.firstPerson.contains(context.words[$0].lower) }
    }

    private func colonIntroduction(_ candidate: QuoteCandidate) -> Attribution? {
        guard candidate.outerStart == context.paragraphs[candidate.paragraph].lowerBound else { return nil }
        return colonIntroduction(toParagraph: candidate.paragraph)
    }

    /// A block quote that goes on from the block quote of the paragraph before.
    private func blockContinuation(_ index: Int, _ candidates: [QuoteCandidate], _ attributions: [Attribution?]) -> Attribution? {
        guard candidates[index].kind == .block, index > 0, candidates[index - 1].kind == .block,
              candidates[index - 1].paragraph == candidates[index].paragraph - 1,
              let attribution = attributions[index - 1] else { return nil }
        return attribution.carried(by: "block-continuation")
    }

    private func continuation(_ index: Int, _ candidates: [QuoteCandidate], _ attributions: [Attribution?]) -> Attribution? {
        var earlier = index - 1
        while earlier >= 0, candidates[earlier].paragraph == candidates[index].paragraph {
            if let attribution = attributions[earlier], attribution.speaker != nil {
                return attribution.carried(by: "continuation")
            }
            earlier -= 1
        }
        return nil
    }

    /// "“… is solid.” The company said in a press release.": a direct quotation that ends its
    /// sentence, followed in its paragraph by a sentence of narrative that opens with its speaker
    /// and speech verb.
    private func nextSentence(_ candidate: QuoteCandidate) -> Attribution? {
        guard candidate.kind == .direct, candidate.outerEnd < context.paragraphs[candidate.paragraph].upperBound else { return nil }
        let next = context.firstWord(atOrAfter: candidate.outerEnd)
        guard next < context.words.count, context.paragraphOfWord[next] == candidate.paragraph else { return nil }
        let sentence = context.wordIndices(in: context.sentenceOfWord[next])
        guard sentence.lowerBound == next, !sentence.contains(where: context.isQuoted),
              let cue = cues.cues(in: sentence).first(where: { $0.kind == .verb }), cue.firstWord - next <= nextSentenceReach
        else { return nil }
        let attribution = own.resolve(cue, window: sentence, quoteEnd: nil, sieve: "next-sentence")
        guard attribution.speaker != nil, !attribution.rule.contains("/nearest-person") else { return nil }
        return attribution
    }

    /// How far into the next sentence its speech verb may stand, in words ("The company said").
    let nextSentenceReach = 5

    /// "David Gerger … declined to comment … “Mr. Colorado Cebado is relieved …”": a direct quotation
    /// that opens a sentence of its own, without a cue, after a sentence of its paragraph that opens
    /// with a person: that person speaks.
    private func previousSentence(_ candidate: QuoteCandidate) -> Attribution? {
        guard candidate.kind == .direct else { return nil }
        let opening = context.firstWord(atOrAfter: candidate.outerStart)
        let paragraphStart = context.firstWord(atOrAfter: context.paragraphs[candidate.paragraph].lowerBound)
        guard opening > paragraphStart else { return nil }
        let previous = context.wordIndices(in: context.sentenceOfWord[opening - 1])
        guard previous.upperBound == opening, let person = openingPerson(of: previous) else { return nil }
        return Attribution(speaker: person.canonical, mention: person.span, cue: nil, rule: "previous-sentence")
    }

    /// The person that opens a stretch of narrative as its subject ("David Gerger, who …, declined").
    private func openingPerson(of words: Range<Int>) -> PersonMention? {
        guard let first = words.first, !context.isQuoted(first), let person = own.coreference.person(at: first),
              person.firstWord == first else { return nil }
        return person
    }

    private func paragraphContinuation(_ index: Int, _ candidates: [QuoteCandidate], _ attributions: [Attribution?]) -> Attribution? {
        let paragraph = candidates[index].paragraph
        guard paragraph > 0, isQuotationOnly(paragraph) else { return nil }
        var earlier = index - 1
        while earlier >= 0, candidates[earlier].paragraph == paragraph { earlier -= 1 }
        guard earlier >= 0, candidates[earlier].paragraph == paragraph - 1,
              let attribution = attributions[earlier], attribution.speaker != nil else { return nil }
        return attribution.carried(by: "paragraph-continuation")
    }

    private func precedingSpeaker(_ candidate: QuoteCandidate) -> Attribution? {
        let paragraph = candidate.paragraph
        guard candidate.kind != .partial, paragraph > 0, isQuotationOnly(paragraph) else { return nil }
        // The nearest paragraph before, within reach, whose speech verb has a speaker.
        for earlier in stride(from: paragraph - 1, through: max(0, paragraph - precedingReach), by: -1) {
            let window = context.wordIndices(in: context.paragraphs[earlier])
            guard let cue = cues.cues(in: window).last(where: { $0.kind == .verb }) else {
                // "David Gerger … declined to comment …" then "“…”": the person the paragraph opens with.
                if let person = openingPerson(of: window) {
                    return Attribution(speaker: person.canonical, mention: person.span, cue: nil, rule: "preceding-speaker/opening-person")
                }
                continue
            }
            // "Cashion asked superintendent Terry Grier whether …" then "“…”": the one asked answers.
            if cue.lemma == "ask", let asked = own.mentions.mention(startingAt: cue.lastWord + 1, window: window),
               let answerer = asked.speaker, asked.kind != .pronoun {
                return Attribution(speaker: answerer, mention: asked.span, cue: nil, rule: "answer-to-question/" + asked.kind.rawValue)
            }
            let sentence = context.wordIndices(in: context.sentence(containing: context.words[cue.firstWord].start))
            let attribution = own.resolve(cue, window: sentence.lowerBound..<min(sentence.upperBound, window.upperBound),
                                          quoteEnd: nil, sieve: "preceding-speaker")
            guard attribution.speaker != nil else { return nil }
            var carried = attribution.carried(by: "preceding-speaker")
            carried.rule += attribution.rule.drop { $0 != "/" }
            return carried
        }
        return nil
    }

    /// How many paragraphs back a paragraph of bare quotation looks for its speaker.
    let precedingReach = 3

    /// Whether a paragraph holds nothing but quotations (and their punctuation).
    func isQuotationOnly(_ paragraph: Int) -> Bool {
        context.wordIndices(in: context.paragraphs[paragraph]).allSatisfy {
            context.isQuoted($0) || !context.words[$0].isWord
        }
    }
}
