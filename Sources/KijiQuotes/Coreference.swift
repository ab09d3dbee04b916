import KijiCore

/// Resolves what an attribution points at to a person of the entity layer: a pronoun to the
/// nearest preceding person who is a subject, a role to the person named with it, a bare name to
/// the person whose family name it is. Persons inside quotations never count: they are spoken
/// about, not speaking.
struct Coreference {
    let context: QuoteContext
    let lexicon: QuoteLexicon
    /// How many paragraphs back a pronoun may look for its person.
    let pronounReach = 3

    private var words: [Word] { context.words }

    /// The person a pronoun at `word` refers to: within the nearest sentence (its own, before it,
    /// then earlier ones) that names a person as a subject, the first such person.
    func antecedent(ofPronounAt word: Int) -> Entity? {
        let paragraph = context.paragraphOfWord[word]
        var index = word - 1
        var sentence = context.sentenceOfWord[word]
        var candidate: Entity?
        while index >= 0, paragraph - context.paragraphOfWord[index] <= pronounReach {
            if context.sentenceOfWord[index] != sentence {
                if let candidate { return candidate }
                sentence = context.sentenceOfWord[index]
            }
            if let entity = context.entity(at: index), entity.type == .person, !context.isQuoted(index),
               isSubjectPosition(entity) {
                candidate = entity
                index = context.firstWord(atOrAfter: entity.start) - 1
                continue
            }
            index -= 1
        }
        return candidate
    }

    /// Whether a person's mention may be a subject: not right after a preposition, unless it is
    /// a possessor ("in Katō’s interview").
    func isSubjectPosition(_ entity: Entity) -> Bool {
        let first = context.firstWord(atOrAfter: entity.start)
        let last = max(first, context.firstWord(atOrAfter: entity.end) - 1)
        if last < words.count, words[last].isPossessive { return true }
        if last + 1 < words.count, words[last + 1].start == entity.end, words[last + 1].lower == "'" { return true }
        guard first > 0 else { return true }
        return !lexicon.prepositions.contains(words[first - 1].lower)
    }

    /// The first person in subject position among the words of `window` before `limit`: the
    /// subject of a participle clause ("Ishiba downplayed the talks, telling reporters …").
    func mainSubject(before limit: Int, window: Range<Int>) -> Entity? {
        var index = window.lowerBound
        while index < min(limit, window.upperBound) {
            if !context.isQuoted(index), let entity = context.entity(at: index), entity.type == .person,
               isSubjectPosition(entity) {
                return entity
            }
            index += 1
        }
        return nil
    }

    /// The nearest person before `limit` in `window`, outside quotations.
    func nearestPerson(before limit: Int, window: Range<Int>) -> Entity? {
        var index = min(limit, window.upperBound) - 1
        while index >= window.lowerBound {
            if !context.isQuoted(index), let entity = context.entity(at: index), entity.type == .person { return entity }
            index -= 1
        }
        return nil
    }

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
        var commas = 0
        while index >= 0, first - index <= 8, context.paragraphOfWord[index] == paragraph {
            let word = words[index]
            if !word.isWord {
                guard word.lower == ",", commas == 0, index == first - 1 else { break }
                commas += 1
            } else {
                titles.insert(word.withoutPossessive)
            }
            index -= 1
        }
        index = last + 1
        if index < words.count, words[index].lower == "," {
            index += 1
            while index < words.count, index - last <= 10, words[index].isWord, context.paragraphOfWord[index] == paragraph {
                titles.insert(words[index].withoutPossessive)
                index += 1
            }
        }
        return titles
    }

    /// The canonical name of a person written `name` without an entity: the person of the
    /// document with that family name, else the name in plain Latin letters.
    func canonicalPerson(named name: String) -> String {
        let family = TextFolding.tokens(name).last
        for entity in context.entities where entity.type == .person {
            if TextFolding.tokens(entity.canonical).last == family { return entity.canonical }
        }
        return TextFolding.normalize(name).withoutDiacritics
    }
}
