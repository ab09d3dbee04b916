import KijiCore

/// A person named in the narrative: an entity of the entity layer, or capitalized words that the
/// document shows to be a person's name.
struct PersonMention {
    let firstWord: Int
    let lastWord: Int
    let span: Span
    let canonical: String
}

/// Resolves what an attribution points at to a person: a pronoun to the nearest preceding person
/// who is a subject, a role to the person named with it, a bare name to the person whose family
/// name it is. Persons inside quotations never count: they are spoken about, not speaking.
///
/// Persons come from the entity layer; so that a missed or mistyped entity does not lose a
/// speaker, a capitalized word also counts as a person when it is the family name of a person
/// entity or stands as the subject of a speech verb ("Niinami said") without an entity of
/// another type on it.
struct Coreference {
    let context: QuoteContext
    let lexicon: QuoteLexicon
    /// Folded family names of the document's persons.
    let familyNames: Set<String>
    /// Folded family name → canonical name, for the document's person entities.
    let canonicalOfFamily: [String: String]
    /// Canonical name → the gender a title before one of its mentions tells ("Ms Tanaka").
    let genderOfPerson: [String: String]
    /// How many paragraphs back a pronoun may look for its person.
    let pronounReach = 3

    private var words: [Word] { context.words }

    init(context: QuoteContext, lexicon: QuoteLexicon, cues: CueFinder) {
        self.context = context
        self.lexicon = lexicon
        var names = Set<String>()
        var canonicals: [String: String] = [:]
        // A name repeats through a document: each distinct canonical and text is read once.
        var seenCanonicals = Set<String>(), seenTexts = Set<String>()
        for entity in context.entities where entity.type == .person {
            if seenCanonicals.insert(entity.canonical).inserted, let family = FoldedTokens.last(of: entity.canonical) {
                names.insert(family)
                if canonicals[family] == nil { canonicals[family] = entity.canonical }
            }
            if seenTexts.insert(entity.text).inserted, let family = FoldedTokens.last(of: entity.text) { names.insert(family) }
        }
        let words = context.words
        for cue in cues.cues(in: 0..<words.count) where cue.kind == .verb {
            for neighbour in [cue.firstWord - 1, cue.lastWord + 1] where neighbour >= 0 && neighbour < words.count {
                let word = words[neighbour]
                guard word.isWord, word.isCapitalized, !context.isQuoted(neighbour), context.entity(at: neighbour) == nil,
                      Self.mayBeName(word.withoutPossessive, lexicon) else { continue }
                names.insert(TextFolding.fold(word.withoutPossessive))
            }
        }
        familyNames = names
        canonicalOfFamily = canonicals
        var genders: [String: String] = [:]
        for entity in context.entities where entity.type == .person {
            // The title before the name, or opening it ("Mr Ishiba" as one entity).
            let first = context.firstWord(atOrAfter: entity.start)
            var before = first - 1
            if before >= 0, words[before].lower == "." { before -= 1 }
            let title = first < words.count && lexicon.honorifics[words[first].lower] != nil ? first : before
            guard title >= 0, let known = lexicon.honorifics[words[title].lower], let gender = known else { continue }
            genders[entity.canonical] = genders[entity.canonical].map { $0 == gender ? $0 : "-" } ?? gender
        }
        genderOfPerson = genders.filter { $0.value != "-" }
    }

    static func mayBeName(_ lower: String, _ lexicon: QuoteLexicon) -> Bool {
        !lexicon.functionWords.contains(lower) && !lexicon.determiners.contains(lower)
            && lexicon.speechVerbs[lower] == nil && lexicon.pronouns[lower] == nil && !lexicon.skipWords.contains(lower)
            && !lexicon.roleHeads.contains(lower) && lexicon.sourceHeads[lower] == nil
            && !lexicon.prepositions.contains(lower)
    }

    // MARK: - Persons

    /// The person mention covering `word`, outside quotations.
    func person(at word: Int) -> PersonMention? {
        guard word >= 0, word < words.count, !context.isQuoted(word) else { return nil }
        if let entity = context.entity(at: word) {
            let first = context.firstWord(atOrAfter: entity.start)
            let last = max(first, context.firstWord(atOrAfter: entity.end) - 1)
            if entity.type == .person {
                return PersonMention(firstWord: first, lastWord: last, span: entity.span, canonical: entity.canonical)
            }
            guard let family = FoldedTokens.last(of: entity.text), familyNames.contains(family) else { return nil }
            return PersonMention(firstWord: first, lastWord: last, span: entity.span, canonical: canonicalPerson(named: entity.text))
        }
        guard isNameWord(word), familyNames.contains(TextFolding.fold(words[word].withoutPossessive)) else { return nil }
        var first = word, last = word
        while first - 1 >= 0, word - first < 3, isNameWord(first - 1), !words[first - 1].isPossessive { first -= 1 }
        while last + 1 < words.count, last - word < 3, !words[last].isPossessive, isNameWord(last + 1) { last += 1 }
        var end = words[last].end
        if words[last].isPossessive { end -= 2 }
        let span = context.text.span(words[first].start, end)
        return PersonMention(firstWord: first, lastWord: last, span: span, canonical: canonicalPerson(named: span.text))
    }

    private func isNameWord(_ word: Int) -> Bool {
        words[word].isWord && words[word].isCapitalized && !context.isQuoted(word) && context.entity(at: word) == nil
            && Self.mayBeName(words[word].withoutPossessive, lexicon)
    }

    /// The person a pronoun at `word` refers to: within the nearest sentence (its own, before it,
    /// then earlier ones) that names a person as a subject, the first such person.
    /// A person whose title tells another gender than the pronoun's is passed over.
    func antecedent(ofPronounAt word: Int) -> PersonMention? {
        let paragraph = context.paragraphOfWord[word]
        let gender = lexicon.pronouns[words[word].lower]?.gender
        var index = word - 1
        var sentence = context.sentenceOfWord[word]
        var candidate: PersonMention?
        while index >= 0, paragraph - context.paragraphOfWord[index] <= pronounReach {
            if context.sentenceOfWord[index] != sentence {
                if let candidate { return candidate }
                sentence = context.sentenceOfWord[index]
            }
            if let person = person(at: index) {
                let agrees = gender == nil || genderOfPerson[person.canonical].map { $0 == gender } ?? true
                if agrees, isSubjectPosition(person) { candidate = person }
                index = person.firstWord - 1
                continue
            }
            index -= 1
        }
        return candidate ?? speakingName(before: word)
    }

    /// Without any person within reach, the nearest entity of another type written as a full name
    /// (two words or more) that is the subject of a speech verb ("Gabrielle Union stated …" taken for
    /// an organization): a he or she can only be a person, so the recognizer mistook the type.
    private func speakingName(before word: Int) -> PersonMention? {
        let offset = words[word].start
        let paragraph = context.paragraphOfWord[word]
        for entity in context.entities.reversed() where entity.start < offset && entity.type == .org {
            let first = context.firstWord(atOrAfter: entity.start)
            guard first < words.count, paragraph - context.paragraphOfWord[first] <= pronounReach else { break }
            let last = max(first, context.firstWord(atOrAfter: entity.end) - 1)
            var next = last + 1
            while next < words.count, lexicon.skipWords.contains(words[next].lower) { next += 1 }
            guard !context.isQuoted(first), next < words.count, lexicon.speechVerbs[words[next].lower] != nil,
                  let name = fullName(of: entity) else { continue }
            return PersonMention(firstWord: first, lastWord: last, span: entity.span, canonical: name)
        }
        return nil
    }

    /// The name of two or three words an entity stands for: its own canonical, or that of an
    /// entity of the document ending with it ("Union" after "Gabrielle Union"); nil when the name
    /// starts with a noun of organizations ("Teachers Union" has a name, "Union Bank" does not).
    private func fullName(of entity: Entity) -> String? {
        let tokens = FoldedTokens.of(entity.canonical)
        if (2...3).contains(tokens.count) {
            return lexicon.organizationNouns.contains(tokens[0]) ? nil : entity.canonical
        }
        guard tokens.count == 1 else { return nil }
        return context.entities.first { other in
            let full = FoldedTokens.of(other.canonical)
            return other.start < entity.start && (2...3).contains(full.count) && full.last == tokens[0]
                && !lexicon.organizationNouns.contains(full[0])
        }?.canonical
    }

    /// Whether a person's mention may be a subject: not right after a preposition, unless it is
    /// a possessor ("in Katō’s interview").
    func isSubjectPosition(_ person: PersonMention) -> Bool {
        if words[person.lastWord].isPossessive { return true }
        let next = person.lastWord + 1
        if next < words.count, words[next].start == person.span.end, words[next].lower == "'" { return true }
        guard person.firstWord > 0 else { return true }
        // A name does not follow "a" ("a Black man" is no person, whatever a recognizer says).
        let before = words[person.firstWord - 1].lower
        return !lexicon.prepositions.contains(before) && before != "a" && before != "an"
    }

    /// The first person in subject position among the words of `window` before `limit`: the
    /// subject of a participle clause ("Ishiba downplayed the talks, telling reporters …").
    func mainSubject(before limit: Int, window: Range<Int>) -> PersonMention? {
        var index = window.lowerBound
        while index < min(limit, window.upperBound) {
            if let person = person(at: index) {
                if isSubjectPosition(person) { return person }
                index = person.lastWord + 1
                continue
            }
            index += 1
        }
        return nil
    }

    /// Without a known person, capitalized words right before a lower-case verb-like word stand
    /// for the subject ("Prime Minister Shigeru Ishiba had expressed …"): a last resort for a
    /// person the entity layer missed.
    func capitalizedSubject(before limit: Int, window: Range<Int>) -> PersonMention? {
        var index = window.lowerBound
        while index < min(limit, window.upperBound) {
            guard isNameWord(index) else { index += 1; continue }
            var last = index
            while last + 1 < limit, isNameWord(last + 1), !words[last].isPossessive { last += 1 }
            let next = last + 1
            if next < limit, words[next].isWord, !words[next].isCapitalized, !words[last].isPossessive,
               !lexicon.prepositions.contains(words[next].lower), !lexicon.functionWords.contains(words[next].lower)
                || lexicon.skipWords.contains(words[next].lower),
               index == window.lowerBound || !lexicon.prepositions.contains(words[index - 1].lower) {
                let span = context.text.span(words[index].start, words[last].end)
                return PersonMention(firstWord: index, lastWord: last, span: span, canonical: canonicalPerson(named: span.text))
            }
            index = last + 1
        }
        return nil
    }

    /// The nearest person before `limit` in `window`.
    func nearestPerson(before limit: Int, window: Range<Int>) -> PersonMention? {
        var index = min(limit, window.upperBound) - 1
        while index >= window.lowerBound {
            if let person = person(at: index), person.firstWord >= window.lowerBound { return person }
            index -= 1
        }
        return nil
    }

    /// The organization named last before `word` as a possible subject (not after a preposition),
    /// outside quotations, within the pronoun's reach.
    func nearestOrganization(before word: Int) -> Entity? {
        let offset = words[word].start
        let paragraph = context.paragraphOfWord[word]
        var low = 0, high = context.entities.count
        while low < high {
            let mid = (low + high) / 2
            if context.entities[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        var index = low - 1
        while index >= 0 {
            let entity = context.entities[index]
            let first = context.firstWord(atOrAfter: entity.start)
            guard first < words.count, paragraph - context.paragraphOfWord[first] <= pronounReach else { return nil }
            if entity.type == .org, !context.isQuoted(first),
               first == 0 || !lexicon.prepositions.contains(words[first - 1].lower) { return entity }
            index -= 1
        }
        return nil
    }

    /// The organization an organization pronoun at `word` stands for: the last one named before it
    /// as the subject of a speech verb ("Newsweek reported …"), else the last one named.
    /// One that opens its sentence is preferred over one inside a reported clause ("Newsweek
    /// reported that hacker group Dark Storm Team claimed …, it reported").
    func nearestSpeakingOrganization(before word: Int) -> Entity? {
        let offset = words[word].start
        let paragraph = context.paragraphOfWord[word]
        var speaking: Entity?
        for entity in context.entities.reversed() where entity.start < offset && entity.type == .org {
            let first = context.firstWord(atOrAfter: entity.start)
            guard first < words.count, paragraph - context.paragraphOfWord[first] <= pronounReach else { break }
            var next = context.firstWord(atOrAfter: entity.end)
            while next < words.count, lexicon.skipWords.contains(words[next].lower) { next += 1 }
            guard next < words.count, !context.isQuoted(first), lexicon.speechVerbs[words[next].lower] != nil else { continue }
            let sentenceStart = context.sentenceOfWord[first].lowerBound
            let opensSentence = sentenceStart == words[first].start
                || (first > 0 && words[first - 1].lower == "the" && sentenceStart == words[first - 1].start)
            if opensSentence { return entity }
            if speaking == nil { speaking = entity }
        }
        return speaking ?? nearestOrganization(before: word)
    }

    // MARK: - Roles and names

    /// The person the document names with a role ("Finance Minister Katō Katsunobu", "Matt
    /// Goodman, an expert on …"): the last one before `offset`, else the first after it.
    func person(withRole roleWords: [String], near offset: Int) -> Entity? {
        guard let head = roleWords.last else { return nil }
        let modifiers = roleWords.dropLast().filter {
            !lexicon.determiners.contains($0) && lexicon.pronouns[$0] == nil
        }
        var before: Entity?, after: Entity?
        for entity in context.entities where entity.type == .person {
            let first = context.firstWord(atOrAfter: entity.start)
            guard first < words.count, !context.isQuoted(first) else { continue }
            let titles = titleWords(of: entity)
            guard titles.contains(head), modifiers.allSatisfy(titles.contains) else { continue }
            if entity.start < offset { before = entity } else if after == nil { after = entity }
        }
        return before ?? after
    }

    /// The words that give a person's role: those just before the name ("US Treasury Secretary")
    /// and an appositive on either side ("Matt Goodman, an expert on …", "the policy chief, Itsunori Onodera").
    private func titleWords(of entity: Entity) -> Set<String> {
        let first = context.firstWord(atOrAfter: entity.start)
        let last = max(first, context.firstWord(atOrAfter: entity.end) - 1)
        let paragraph = context.paragraphOfWord[first]
        var titles = Set<String>()
        var index = first - 1
        while index >= 0, first - index <= 8, context.paragraphOfWord[index] == paragraph {
            let word = words[index]
            if !word.isWord {
                let afterHonorific = word.lower == "." && index > 0 && lexicon.honorifics[words[index - 1].lower] != nil
                guard (word.lower == "," && index == first - 1) || afterHonorific else { break }
            } else {
                // A title ends where the clause before it does ("identified the officer as Jacai Colson").
                if lexicon.prepositions.contains(word.lower) || lexicon.functionWords.contains(word.lower)
                    || lexicon.speechVerbs[word.lower] != nil { break }
                titles.insert(word.withoutPossessive)
            }
            index -= 1
        }
        index = last + 1
        if index < words.count, words[index].lower == "," || words[index].lower == "the" {
            index += 1
            while index < words.count, index - last <= 10, words[index].isWord, context.paragraphOfWord[index] == paragraph {
                titles.insert(words[index].withoutPossessive)
                index += 1
            }
        }
        return titles
    }

    /// The canonical name of a person written `name` without a person entity: the person of the
    /// document with that family name, else the name in plain Latin letters.
    func canonicalPerson(named name: String) -> String {
        // The family name may come last or, in Japanese order, first ("Katō Katsunobu").
        for token in FoldedTokens.of(name).reversed() {
            if let canonical = canonicalOfFamily[token] { return canonical }
        }
        return TextFolding.normalize(name).withoutDiacritics
    }
}
