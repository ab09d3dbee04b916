import KijiCore

/// A phrase that may name who speaks, found next to a cue.
struct SpeakerMention {
    enum Kind: String { case entity, pronoun, source, role, name, organization }
    let kind: Kind
    let firstWord: Int
    let lastWord: Int
    let span: Span
    /// The canonical name, or an unnamed source's describing phrase; nil until a pronoun is resolved.
    var speaker: String?
}

extension SpeakerMention {
    init(person: PersonMention) {
        self.init(kind: .entity, firstWord: person.firstWord, lastWord: person.lastWord, span: person.span,
                  speaker: person.canonical)
    }
}

/// Reads the phrase that ends just before a speech verb ("a senior government official said")
/// or starts just after one ("said Kato", "according to a government source"): a named entity,
/// a pronoun, an unnamed source's describing phrase, a role resolved to the person the document
/// names with it, or, when no entity covers it, a run of capitalized words.
struct MentionReader {
    let context: QuoteContext
    let lexicon: QuoteLexicon
    let coreference: Coreference

    private var words: [Word] { context.words }

    private func isNarrative(_ word: Int, _ window: Range<Int>) -> Bool {
        window.contains(word) && !context.isQuoted(word)
    }

    private func isPlainWord(_ word: Int, _ window: Range<Int>) -> Bool {
        isNarrative(word, window) && words[word].isWord
    }

    /// The mention whose last word is `word`.
    func mention(endingAt word: Int, window: Range<Int>) -> SpeakerMention? {
        guard isPlainWord(word, window) else { return nil }
        if let source = sourcePhrase(endingAt: word, window: window) { return source }
        let lower = words[word].lower
        if let pronoun = lexicon.pronouns[lower], pronoun.grammaticalCase != .object {
            return SpeakerMention(kind: .pronoun, firstWord: word, lastWord: word, span: span(word, word), speaker: nil)
        }
        if lexicon.organizationPronouns.contains(lower) {
            guard let organization = coreference.nearestSpeakingOrganization(before: word) else { return nil }
            return SpeakerMention(kind: .organization, firstWord: word, lastWord: word, span: span(word, word),
                                  speaker: organization.canonical)
        }
        if let person = coreference.person(at: word) { return SpeakerMention(person: person) }
        if let entity = context.entity(at: word) { return entityMention(entity) }
        if let organization = organizationReference(endingAt: word, window: window) { return organization }
        if lexicon.roleHeads.contains(words[word].withoutPossessive) {
            return roleMention(firstModifier(before: word, window: window)...word)
        }
        return nameRun(endingAt: word, window: window) ?? describedPerson(endingAt: word, window: window)
    }

    /// "a policeman told", "the juror said": a common noun after an article, as the subject of a
    /// speech verb, is an unnamed source described by its phrase. Nouns of speech ("the
    /// statement said") and verb forms are no source.
    private func describedPerson(endingAt head: Int, window: Range<Int>) -> SpeakerMention? {
        guard isPlainWord(head, window), !words[head].isCapitalized, isDescribingNoun(head) else { return nil }
        var first = head
        while first - 1 >= window.lowerBound, head - first < 4, isModifier(first - 1, window),
              !words[first - 1].isCapitalized || first - 1 == window.lowerBound {
            first -= 1
        }
        let article = first - 1 >= window.lowerBound && isPlainWord(first - 1, window)
            && ["a", "an", "the"].contains(words[first - 1].lower)
        // A bare plural opens its clause: "Court documents say …".
        let barePlural = isPlural(head) && (first == window.lowerBound || !words[first - 1].isWord)
        guard article || barePlural else { return nil }
        return SpeakerMention(kind: .source, firstWord: first, lastWord: head, span: span(first, head),
                              speaker: describingPhrase(first...head))
    }

    /// The same after an inverted verb ("reported an official state website"): the phrase runs
    /// from after its article to the last word before punctuation or a clause word.
    private func describedPerson(startingAt article: Int, window: Range<Int>) -> SpeakerMention? {
        guard isPlainWord(article, window) else { return nil }
        guard ["a", "an", "the"].contains(words[article].lower) else {
            // "according to court documents": a bare plural.
            var last = article
            while last + 1 < window.upperBound, last - article < 4, isModifier(last + 1, window), !words[last + 1].isCapitalized { last += 1 }
            guard !words[article].isCapitalized, isModifier(article, window), isPlural(last), isDescribingNoun(last) else { return nil }
            return SpeakerMention(kind: .source, firstWord: article, lastWord: last, span: span(article, last),
                                  speaker: describingPhrase(article...last))
        }
        var last = article
        while last + 1 < window.upperBound, last - article < 5, isModifier(last + 1, window), !words[last + 1].isCapitalized {
            last += 1
        }
        guard last > article, isDescribingNoun(last) else { return nil }
        return SpeakerMention(kind: .source, firstWord: article + 1, lastWord: last, span: span(article + 1, last),
                              speaker: describingPhrase((article + 1)...last))
    }

    private func isPlural(_ word: Int) -> Bool {
        let lower = words[word].lower
        return lower.count > 3 && lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("'s")
    }

    private func isDescribingNoun(_ word: Int) -> Bool {
        let lower = words[word].lower
        return lower.first?.isLetter == true && lexicon.speechNouns[lower] == nil && lexicon.speechVerbs[lower] == nil
            && !lexicon.functionWords.contains(lower) && !lower.hasSuffix("ly")
    }

    /// The mention that starts at `word`, after any determiner.
    func mention(startingAt start: Int, window: Range<Int>) -> SpeakerMention? {
        var word = start
        while isPlainWord(word, window), lexicon.determiners.contains(words[word].lower) { word += 1 }
        // "said Dr. Michael John": the title is not the name.
        if isPlainWord(word, window), lexicon.honorifics[words[word].lower] != nil {
            let next = word + 1 < words.count && words[word + 1].lower == "." ? word + 2 : word + 1
            if next < words.count, coreference.person(at: next) != nil { word = next }
        }
        guard isPlainWord(word, window) else { return nil }
        if let pronoun = lexicon.pronouns[words[word].lower], pronoun.grammaticalCase == .subject {
            return SpeakerMention(kind: .pronoun, firstWord: word, lastWord: word, span: span(word, word), speaker: nil)
        }
        if let person = coreference.person(at: word) {
            // "said Notre Dame coach Brian Kelly": a title ending in a role leads to the name after it.
            return titledPerson(after: person, window: window) ?? SpeakerMention(person: person)
        }
        // Look ahead over modifiers for the head of an unnamed source or a role, or for the name
        // that a title leads to ("said U.S. Attorney Nealy Cox", "says veteran analyst Ken Doctor").
        var head = word
        while head < word + 6, isPlainWord(head, window) {
            if head > word, let person = coreference.person(at: head) { return SpeakerMention(person: person) }
            head = lastWordOfEntity(at: head)
            let lower = words[head].withoutPossessive
            let compound = head + 1 < window.upperBound && isModifier(head + 1, window) && !words[head + 1].isCapitalized
                && lexicon.sourcePostmodifiers.contains(words[head + 1].lower) == false && isDescribingNoun(head + 1)
            if let needsModifier = lexicon.sourceHeads[lower], !compound {
                if let person = person(startingAt: head + 1, window: window) { return person }
                if lexicon.roleHeads.contains(lower) && isDefinite(start, word) { return roleMention(word...head) }
                if let source = sourcePhrase(from: word, head: head, window: window, needsModifier: needsModifier) {
                    return source
                }
            }
            if lexicon.roleHeads.contains(lower) {
                return person(startingAt: head + 1, window: window) ?? roleMention(word...head)
            }
            if let organization = organizationReference(endingAt: head, window: window) { return organization }
            guard isModifier(head + 1, window) else { break }
            head += 1
        }
        if let entity = context.entity(at: word) { return entityMention(entity) }
        return nameRun(startingAt: word, window: window) ?? describedPerson(startingAt: start, window: window)
    }

    /// The person named right after a role that follows `person` within a few capitalized words.
    private func titledPerson(after person: PersonMention, window: Range<Int>) -> SpeakerMention? {
        var index = person.lastWord + 1
        while index < min(window.upperBound, person.lastWord + 4), isPlainWord(index, window), words[index].isCapitalized { index += 1 }
        guard index + 1 < window.upperBound, isPlainWord(index, window), lexicon.roleHeads.contains(words[index].lower) else { return nil }
        return self.person(startingAt: index + 1, window: window)
    }

    /// The person who owns a speech noun: "Ishiba’s declaration", "his statement".
    func possessor(before word: Int, window: Range<Int>) -> SpeakerMention? {
        var index = word - 1
        while index >= window.lowerBound, word - index <= 3, isPlainWord(index, window) {
            let lower = words[index].lower
            if let pronoun = lexicon.pronouns[lower], pronoun.grammaticalCase == .possessive {
                return SpeakerMention(kind: .pronoun, firstWord: index, lastWord: index, span: span(index, index), speaker: nil)
            }
            if words[index].isPossessive {
                if let person = coreference.person(at: index) { return SpeakerMention(person: person) }
                if let entity = context.entity(at: index) { return entityMention(entity) }
                return nameRun(endingAt: index, window: window)
            }
            index -= 1
        }
        return nil
    }

    /// The unnamed group "they" refers to: the nearest plural source phrase before `word` in its
    /// paragraph or the two before ("Officials said … “…,” they added").
    func pluralSource(before word: Int) -> SpeakerMention? {
        let paragraph = context.paragraphOfWord[word]
        var index = word - 1
        while index >= 0, paragraph - context.paragraphOfWord[index] <= 2 {
            let lower = words[index].lower
            if !context.isQuoted(index), lexicon.sourceHeads[lower] != nil, lower.hasSuffix("s") || lower == "people" {
                let range = context.paragraphs[context.paragraphOfWord[index]]
                let window = context.wordIndices(in: range)
                var last = index
                while last + 1 < window.upperBound, last - index < 8, isPlainWord(last + 1, window), !isClauseWord(last + 1),
                      lexicon.sourcePostmodifiers.contains(words[last + 1].lower) || last > index { last += 1 }
                if let source = mention(endingAt: last, window: window) ?? mention(endingAt: index, window: window),
                   source.kind == .source {
                    return source
                }
            }
            index -= 1
        }
        return nil
    }

    /// Whether a mention stands for a person: a person's name, a pronoun, a role or an unnamed source.
    func isPersonLike(_ mention: SpeakerMention) -> Bool {
        switch mention.kind {
        case .pronoun, .role, .source: return true
        case .entity: return coreference.person(at: mention.lastWord) != nil
        case .name, .organization: return false
        }
    }

    // MARK: - Kinds of mention

    /// The person whose name starts at `word` (a name after its title).
    private func person(startingAt word: Int, window: Range<Int>) -> SpeakerMention? {
        guard isPlainWord(word, window), let person = coreference.person(at: word), person.firstWord == word else { return nil }
        return SpeakerMention(person: person)
    }

    /// "the company", "the group": a definite noun for an organization, which stands for the
    /// organization the document last named as a subject. With a modifier ("the French foreign
    /// ministry") the phrase names a new organization and is no reference.
    private func organizationReference(endingAt head: Int, window: Range<Int>) -> SpeakerMention? {
        guard lexicon.organizationNouns.contains(words[head].withoutPossessive) else { return nil }
        // "the Japanese government", "the Foreign Ministry": capitalized modifiers name the
        // organization itself, which speaks under that phrase.
        var first = head
        while first - 1 >= window.lowerBound, head - first < 4, isPlainWord(first - 1, window), words[first - 1].isCapitalized,
              !words[first - 1].isPossessive, words[first - 1].lower != "the" {
            first -= 1
        }
        if first < head, first - 1 >= window.lowerBound, isPlainWord(first - 1, window), words[first - 1].lower == "the" {
            let phrase = span(first, head, dropPossessive: true)
            return SpeakerMention(kind: .organization, firstWord: first, lastWord: head, span: phrase,
                                  speaker: TextFolding.normalize(phrase.text))
        }
        let article = head - 1
        guard isPlainWord(article, window), words[article].lower == "the",
              let organization = coreference.nearestOrganization(before: article)
        else { return nil }
        return SpeakerMention(kind: .organization, firstWord: article + 1, lastWord: head,
                              span: span(article + 1, head, dropPossessive: true), speaker: organization.canonical)
    }

    func entityMention(_ entity: Entity) -> SpeakerMention {
        let first = context.firstWord(atOrAfter: entity.start)
        let last = max(first, context.firstWord(atOrAfter: entity.end) - 1)
        return SpeakerMention(kind: .entity, firstWord: first, lastWord: last, span: entity.span, speaker: entity.canonical)
    }

    /// "the finance minister": the person named with that role, else the phrase itself.
    private func roleMention(_ range: ClosedRange<Int>) -> SpeakerMention {
        let roleWords = range.map { words[$0].withoutPossessive }
        let mentionSpan = span(range.lowerBound, range.upperBound, dropPossessive: true)
        if let person = coreference.person(withRole: roleWords, near: words[range.lowerBound].start) {
            return SpeakerMention(kind: .role, firstWord: range.lowerBound, lastWord: range.upperBound,
                                  span: mentionSpan, speaker: person.canonical)
        }
        return SpeakerMention(kind: .source, firstWord: range.lowerBound, lastWord: range.upperBound,
                              span: mentionSpan, speaker: describingPhrase(range))
    }

    /// An unnamed source whose phrase ends at `word`: the head itself, or a post-modifier after it.
    private func sourcePhrase(endingAt word: Int, window: Range<Int>) -> SpeakerMention? {
        var head: Int?
        var index = word
        while index >= window.lowerBound, word - index <= 8, isPlainWord(index, window) {
            let lower = words[index].lower
            if let needsModifier = lexicon.sourceHeads[lower] {
                if index == word && !needsModifier { head = index; break }
                if index < word && lexicon.sourcePostmodifiers.contains(words[index + 1].lower) { head = index; break }
                if index == word { break }
            }
            if index < word, isClauseWord(index) { break }
            index -= 1
        }
        guard let head else { return nil }
        let first = firstModifier(before: head, window: window)
        if first > window.lowerBound, lexicon.roleHeads.contains(words[head].lower), isDefinite(first - 1, first) {
            if let person = coreference.person(withRole: (first...head).map { words[$0].lower }, near: words[first].start) {
                return SpeakerMention(kind: .role, firstWord: first, lastWord: head, span: span(first, head), speaker: person.canonical)
            }
        }
        return SpeakerMention(kind: .source, firstWord: first, lastWord: word, span: span(first, word),
                              speaker: describingPhrase(first...word))
    }

    /// An unnamed source whose phrase starts at `first` with its head at `head`, running on over
    /// a post-modifier ("a source involved with the negotiations").
    private func sourcePhrase(from first: Int, head: Int, window: Range<Int>, needsModifier: Bool) -> SpeakerMention? {
        var last = head
        if head + 1 < words.count, isPlainWord(head + 1, window), lexicon.sourcePostmodifiers.contains(words[head + 1].lower) {
            var index = head + 1
            while index < head + 9, isPlainWord(index, window), !isClauseWord(index) {
                last = index
                index += 1
            }
        }
        if needsModifier && last == head { return nil }
        return SpeakerMention(kind: .source, firstWord: first, lastWord: last, span: span(first, last),
                              speaker: describingPhrase(first...last))
    }

    /// Capitalized words not covered by an entity ("Niinami" when the recognizer missed it).
    private func nameRun(endingAt word: Int, window: Range<Int>) -> SpeakerMention? {
        guard isName(word, window) else { return nil }
        var first = word
        while first - 1 >= window.lowerBound, word - first < 3, isName(first - 1, window), !words[first - 1].isPossessive {
            first -= 1
        }
        return nameMention(first...word)
    }

    private func nameRun(startingAt word: Int, window: Range<Int>) -> SpeakerMention? {
        guard isName(word, window) else { return nil }
        var last = word
        while last + 1 < words.count, last - word < 3, !words[last].isPossessive, isName(last + 1, window) { last += 1 }
        return nameMention(word...last)
    }

    private func nameMention(_ range: ClosedRange<Int>) -> SpeakerMention {
        let mentionSpan = span(range.lowerBound, range.upperBound, dropPossessive: true)
        return SpeakerMention(kind: .name, firstWord: range.lowerBound, lastWord: range.upperBound, span: mentionSpan,
                              speaker: coreference.canonicalPerson(named: mentionSpan.text))
    }

    private func isName(_ word: Int, _ window: Range<Int>) -> Bool {
        guard isPlainWord(word, window), words[word].isCapitalized else { return false }
        let lower = words[word].withoutPossessive
        return !lexicon.functionWords.contains(lower) && !lexicon.determiners.contains(lower)
            && lexicon.speechVerbs[lower] == nil && lexicon.pronouns[lower] == nil && !lexicon.skipWords.contains(lower)
            && !lexicon.roleHeads.contains(lower) && lexicon.sourceHeads[lower] == nil
    }

    // MARK: - Helpers

    /// The first word of the modifiers before a head noun, names taken whole ("a senior U.S. official").
    private func firstModifier(before head: Int, window: Range<Int>) -> Int {
        var first = head
        while first - 1 >= window.lowerBound, head - first < 6 {
            if let entity = context.entityOfWord[first - 1], context.entityOfWord[head] != entity {
                let start = context.firstWord(atOrAfter: context.entities[entity].start)
                guard start >= window.lowerBound, !words[first - 1].isPossessive else { break }
                first = start
            } else if isModifier(first - 1, window) {
                first -= 1
            } else {
                break
            }
        }
        return first
    }

    /// The last word of the entity covering `word` (the word itself when none does).
    private func lastWordOfEntity(at word: Int) -> Int {
        guard let entity = context.entityOfWord[word] else { return word }
        return max(word, context.firstWord(atOrAfter: context.entities[entity].end) - 1)
    }

    /// A word that may stand before a head noun in a describing phrase ("senior", "Foreign Ministry").
    private func isModifier(_ word: Int, _ window: Range<Int>) -> Bool {
        guard isPlainWord(word, window) else { return false }
        let lower = words[word].lower
        return !words[word].isPossessive && !isClauseWord(word) && !lexicon.determiners.contains(lower)
            && !lexicon.prepositions.contains(lower) && !lexicon.skipWords.contains(lower)
            && lexicon.pronouns[lower] == nil && !lexicon.functionWords.contains(lower)
    }

    /// Words that end a phrase: speech verbs, relative pronouns and clause openers.
    private func isClauseWord(_ word: Int) -> Bool {
        let lower = words[word].lower
        return lexicon.speechVerbs[lower] != nil || lexicon.phraseStops.contains(lower)
    }

    private func isDefinite(_ determiner: Int, _ next: Int) -> Bool {
        determiner >= 0 && determiner < next && (words[determiner].lower == "the" || words[determiner].isPossessive
            || lexicon.pronouns[words[determiner].lower]?.grammaticalCase == .possessive)
    }

    /// An unnamed source's phrase: its first word lower-cased unless part of a name.
    private func describingPhrase(_ range: ClosedRange<Int>) -> String {
        let text = span(range.lowerBound, range.upperBound, dropPossessive: true).text
        guard context.entity(at: range.lowerBound) == nil, let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    private func span(_ first: Int, _ last: Int, dropPossessive: Bool = false) -> Span {
        var end = words[last].end
        if dropPossessive && words[last].isPossessive { end -= 2 }
        return context.text.span(words[first].start, end)
    }
}
