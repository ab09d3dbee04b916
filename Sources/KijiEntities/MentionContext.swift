import KijiCore

/// The words around one segment of a chunk, read for evidence of what its unknown names are:
/// a title or role before ("finance minister Kato"), a speech verb ("said Kato", "Kato said"),
/// "administration"/"government" after ("Trump administration"), an apposition (", an expert"),
/// an organization noun before ("consulting firm …").
struct Context {
    let finder: MentionFinder
    let chunk: (start: Int, end: Int)
    let segmentFirst: Int
    let segmentLast: Int
    let afterTitle: Bool

    private var words: [Word] { finder.words }
    private var lexicons: EntityLexicons { finder.lexicons }

    /// Adverbs and auxiliaries allowed between a name and its speech verb ("Kato also said").
    static let verbFillers: Set<String> = ["also", "has", "had", "have", "later", "then", "previously", "again",
                                           "once", "further", "earlier", "would", "will", "repeatedly", "reportedly"]
    static let articles: Set<String> = ["a", "an", "the"]

    private var before: Word? {
        guard segmentFirst == chunk.start, chunk.start > 0 else { return nil }
        let word = words[chunk.start - 1]
        return word.sentence == words[chunk.start].sentence ? word : nil
    }

    private func word(_ index: Int) -> Word? {
        index < words.count && index >= 0 && words[index].sentence == words[chunk.end].sentence ? words[index] : nil
    }

    /// A title, a role noun or "said" right before the segment.
    var personBefore: Bool {
        if afterTitle { return true }
        guard let before, before.isWord, !before.isCapitalized else { return false }
        return lexicons.roles.contains(before) || lexicons.titleHeads.contains(before)
            || lexicons.speechVerbs.contains(before)
            || !lexicons.titles.matches(in: words, from: chunk.start - 1, limit: chunk.start).isEmpty
    }

    var orgBefore: Bool {
        guard let before, before.isWord, !before.isCapitalized else { return false }
        return lexicons.orgCues.contains(before)
    }

    /// Evidence after the chunk that the name ending it is a person.
    var personAfter: Bool {
        guard segmentLast == chunk.end else { return false }
        var index = chunk.end + 1
        guard let next = word(index) else { return false }
        if next.isWord, !next.isCapitalized, lexicons.personFollowers.contains(next) { return true }
        if words[chunk.end].isPossessive { return false }
        // "Kato said", "Kato also said"
        while let filler = word(index), filler.isWord, Self.verbFillers.contains(filler.key) { index += 1 }
        if let verb = word(index), verb.isWord, lexicons.speechVerbs.contains(verb) { return true }
        // ", who", ", an expert on", ", founder of", ", a foreign policy scholar at"
        guard next.key == "," else { return false }
        index = chunk.end + 2
        guard let opener = word(index), opener.isWord else { return false }
        if opener.key == "who" { return true }
        if Self.articles.contains(opener.key) { index += 1 }
        for offset in 0..<5 {
            guard let candidate = word(index + offset), candidate.isWord else { return false }
            if lexicons.roles.contains(candidate) || lexicons.titleHeads.contains(candidate) { return true }
            if candidate.isCapitalized && offset == 0 { continue }
        }
        return false
    }

    /// "in Japanese", "Japanese-language": the demonym names a language.
    var isLanguageUse: Bool {
        if let before, before.key == "in" {
            guard let next = word(segmentLast + 1) else { return true }
            return !next.isWord || next.key == "and" || next.key == "or"
        }
        if let hyphen = word(segmentLast + 1), hyphen.key == "-", let next = word(segmentLast + 2) {
            return next.key == "language"
        }
        if let next = word(segmentLast + 1) { return next.key == "language" }
        return false
    }

    /// The index of a lower-case law head right after the segment ("Mar-a-Lago accord").
    func lawExtension(_ last: Int) -> Int? {
        guard last == chunk.end, let next = word(last + 1), next.isWord, !next.isCapitalized,
              !words[last].isPossessive, lexicons.lawHeads.contains(next) else { return nil }
        // "the trade agreement" reads as a common noun; only accord-like heads extend a name.
        return next.key == "agreement" || next.key == "law" || next.key == "act" ? nil : last + 1
    }

    /// Types an unknown run of capitalized words from the evidence around it; nil when there is
    /// none yet, or a mention with no type that the document pass may settle.
    func classifyUnknown(_ first: Int, _ last: Int) -> Mention? {
        let single = first == last
        let key = words[first].key
        if single, lexicons.notNames.contains(words[first]) { return nil }
        // A heading in capitals ("NISSAN SENTRA") says nothing by its capitals.
        if words[first].inCapitalsLine { return nil }
        let opens = words[first].opensSentence
        let hasDigits = (first...last).contains { words[$0].key.contains(where: \.isNumber) }
        if hasDigits { return nil }
        if orgBefore { return Mention(first, last, .org, rule: "org-cue") }
        if single, words[first].isAllCaps {
            if finder.isWrittenInLowerCase(words[first]) { return nil }
            return Mention(first, last, opens ? nil : .org, rule: opens ? "bare" : "acronym")
        }
        if (first == segmentFirst && personBefore) || (last == segmentLast && personAfter) {
            if opens, single, !looksLikeName(words[first]) { return nil }
            if single, isDemonymShaped(words[first]), followedByGroupNoun { return Mention(first, last, .norp, rule: "demonym-shape") }
            return Mention(first, last, .person, rule: "person-context")
        }
        let usedAsWord = (first...last).contains { words[$0].isCapitalized && finder.isWrittenInLowerCase(words[$0]) }
        if single {
            // A family name alone, unless the document also writes it as a word ("Black Friday").
            if !opens, !usedAsWord, lexicons.isFamilyName(words[first]), !followedByCapital(last) {
                return Mention(first, last, .person, rule: "family-name")
            }
            return Mention(first, last, nil, rule: "bare")
        }
        if lexicons.isFamilyName(words[last]) || lexicons.isGivenName(words[first]) {
            return Mention(first, last, .person, rule: "name-lexicon")
        }
        if opens, last - first >= 2 { return nil }
        // Two or three plain capitalized words with nothing else to go by: most often a person
        // whose names are not in the lexicons; an acronym inside reads as an organization.
        let nameWords = (first...last).filter { words[$0].isWord && words[$0].isCapitalized }
        if usedAsWord { return nil }
        if nameWords.count <= 3, !nameWords.contains(where: { words[$0].isAllCaps }) {
            return Mention(first, last, .person, rule: "unknown-name")
        }
        return Mention(first, last, .org, rule: "unknown-name")
    }

    /// Shaped like a nationality adjective ("Ghanaian", "Congolese", "Kurdish").
    private func isDemonymShaped(_ word: Word) -> Bool {
        let key = word.key
        return !lexicons.isKnownNamePart(word) && key.count > 5
            && (key.hasSuffix("ian") || key.hasSuffix("ese") || key.hasSuffix("ish"))
    }

    /// "government", "administration" right after the chunk: "the Ghanaian government".
    private var followedByGroupNoun: Bool {
        guard let next = word(chunk.end + 1) else { return false }
        return next.isWord && lexicons.personFollowers.contains(next)
    }

    private func followedByCapital(_ last: Int) -> Bool {
        guard let next = word(last + 1) else { return false }
        return next.isWord && next.isCapitalized
    }

    /// A sentence's first word read as a name: in a name list, or not a plural common noun
    /// ("Diplomats noted", "Experts suggest").
    private func looksLikeName(_ word: Word) -> Bool {
        let key = word.key
        if lexicons.isKnownNamePart(word) { return true }
        if lexicons.notNames.contains(word) { return false }
        return !key.hasSuffix("s") && !(key.count > 4 && (key.hasSuffix("ed") || key.hasSuffix("ly") || key.hasSuffix("ing")))
    }
}
