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
        if single, lexicons.notNames.contains(words[first]) { return nil }
        // A heading in capitals ("NISSAN SENTRA") says nothing by its capitals.
        if words[first].inCapitalsLine { return nil }
        let opens = words[first].opensSentence
        let hasDigits = (first...last).contains { words[$0].key.contains(where: \.isNumber) }
        if hasDigits { return nil }
        if orgBefore { return Mention(first, last, .org, rule: "org-cue") }
        if last == segmentLast, isFollowedByPlace(last) { return Mention(first, last, .gpe, rule: "place-comma-place") }
        if single, words[first].isAllCaps, !isAfterClockTime(first) {
            // A common word in capitals is emphasis or a slogan ("FIRE", "HUGE"), not an acronym.
            if finder.isWrittenInLowerCase(words[first]) || lexicons.commonWords.contains(words[first]) { return nil }
            // "IL-25", "CA-125": a code with a number.
            if finder.isCodeWithNumber(last + 1) { return nil }
            return Mention(first, last, opens ? nil : .org, rule: opens ? "bare" : "acronym")
        }
        // Shaped like an organization's name: after "the" or a possessive, made of common words
        // only, or ending in a plural noun ("the Big Ten", "Digital Foundry said", "Kotak
        // Institutional Equities said", "the Steelers"). A title before it still makes a person.
        let usedAsWord = (first...last).contains { words[$0].isCapitalized && finder.isWrittenInLowerCase(words[$0]) }
        if isOrganizationShaped(first, last), !(first == segmentFirst && personBefore) {
            // Words the document also writes in lower case need a verb to be a name at all.
            if usedAsWord, !(last == segmentLast && personAfter) { return nil }
            return Mention(first, last, .org, rule: "org-shape")
        }
        if (first == segmentFirst && personBefore) || (last == segmentLast && personAfter) {
            if opens, single, !looksLikeName(words[first]) { return nil }
            // "Tribune, the former owner of…": an organization word alone names an organization.
            if single, lexicons.orgWords.contains(words[first]) {
                // "Police said": a common noun that opens the sentence is no name.
                if opens, lexicons.commonWords.contains(words[first]) { return nil }
                return Mention(first, last, .org, rule: "org-word")
            }
            if single, isDemonymShaped(words[first]), followedByGroupNoun { return Mention(first, last, .norp, rule: "demonym-shape") }
            // Only a verb or an apposition after it ("Rosneft said"): a person by the words after.
            let before = first == segmentFirst && personBefore
            return Mention(first, last, .person, rule: before ? "person-context" : "speaker")
        }
        if single {
            // A family name alone, unless the document also writes it as a word ("Black Friday").
            // "an earthquake in Maluku": an unknown name after a locative preposition is a place.
            if !opens, !usedAsWord, Self.locativePrepositions.contains(wordBefore(first)), !lexicons.isKnownNamePart(words[first]),
               !lexicons.commonWords.contains(words[first]), !followedByCapital(last), !words[first].isAllCaps {
                return Mention(first, last, .gpe, rule: "place-preposition")
            }
            if !opens, !usedAsWord, lexicons.isFamilyName(words[first]), !followedByCapital(last), !afterPlacePreposition(first) {
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

    /// Words before a name that make it a thing rather than a person: "the Big Ten", "its
    /// Chromecast Ultra".
    static let determiners: Set<String> = ["the", "its", "their", "our", "your"]
    /// Prepositions before a bare family name that make it a place: "in Monroe", "of Franklin".
    static let placePrepositions: Set<String> = ["in", "at", "from", "near", "outside", "of"]

    /// A run that reads as an organization's name rather than a person's: preceded by "the" or a
    /// possessive, made of common words only, or ending in a plural common noun. Never a run that a
    /// name lexicon knows.
    private func isOrganizationShaped(_ first: Int, _ last: Int) -> Bool {
        let nameWords = (first...last).filter { words[$0].isWord && words[$0].isCapitalized }
        guard !nameWords.isEmpty, nameWords.count <= 4,
              !nameWords.contains(where: { words[$0].isAllCaps || lexicons.isKnownNamePart(words[$0]) }) else { return false }
        let afterDeterminer: Bool
        if first > 0, words[first - 1].sentence == words[first].sentence {
            let before = words[first - 1]
            afterDeterminer = before.isWord && (Self.determiners.contains(before.key) || before.isPossessive)
        } else {
            afterDeterminer = false
        }
        // "WeWork", "AirPods", "MacBook": a capital inside a word marks a brand, not a person.
        if nameWords.contains(where: { isCamelCase(words[$0]) }) { return true }
        // "the Bidens": a family, not an organization ("the Browns", a word as well, stay a team).
        let singularKey = singular(of: words[last].key)
        let plural = isPluralNoun(words[last])
            && (!lexicons.isKnownNamePart(singularKey) || lexicons.commonWords.contains(singularKey))
        if nameWords.count == 1 {
            // "the Steelers", "the Huskies"; a capital at a sentence's start says nothing, nor one
            // in a quoted title ("Takin' It to the Streets").
            return !words[first].opensSentence && afterDeterminer && plural && !isInsideQuotation(first)
        }
        let allCommon = nameWords.allSatisfy { lexicons.commonWords.contains(words[$0]) }
        return afterDeterminer || allCommon || (plural && lexicons.commonWords.contains(singular(of: words[last].key)))
    }

    /// Prefixes of family names written with a capital inside ("McDonald", "DeSantis", "LaJoie").
    static let namePrefixes: [String] = ["mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "fitz"]

    /// A word with a capital after a lower-case letter ("WeWork", "AirPods"), unless it reads as a
    /// family name with a prefix ("McDonald", "DeBose"); "MacBook" counts, its rest being a word.
    private func isCamelCase(_ word: Word) -> Bool {
        // Not a hashtag, a handle or a piece of a web address: "#HealthyHydration", "t.co/XPxUJuy".
        guard word.hasInnerCapital, !word.isAllCaps, word.spaceBefore || words.first?.start == word.start else { return false }
        let bytes = Array(word.key.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
        let scalars = finder.text.scalars
        guard let inner = (1..<bytes.count).first(where: { offset in
            let value = scalars[word.start + offset].value, before = scalars[word.start + offset - 1].value
            return value >= 65 && value <= 90 && before >= 97 && before <= 122
        }) else { return false }
        guard Self.namePrefixes.contains(String(decoding: bytes[..<inner], as: UTF8.self)) else { return true }
        return lexicons.commonWords.contains(String(decoding: bytes[inner...], as: UTF8.self))
    }

    /// ", N.M.", ", Louisiana", ", France" after a name: a town and its state or country ("Santa
    /// Fe, N.M.", "Monroe, La."). Not "Smith, Mexico's ambassador".
    private func isFollowedByPlace(_ last: Int) -> Bool {
        guard let comma = word(last + 1), comma.key == ",", let next = word(last + 2), next.isCapitalized else { return false }
        var limit = last + 2
        while limit < words.count, limit - last <= 5, words[limit].sentence == next.sentence { limit += 1 }
        guard let place = finder.knownName(at: last + 2, limit: limit), place.name.type == .gpe,
              !words[last + 1 + place.length].isPossessive else { return false }
        // The place ends there: not "Denver" of "Denver Post".
        guard let after = word(last + 2 + place.length) else { return !words[last].isAllCaps }
        // A name in capitals only in a dateline: "KONTIOLAHTI, Finland 2024-03-09".
        if words[last].isAllCaps { return after.key.first?.isNumber == true }
        return !(after.isWord && after.isCapitalized)
    }

    /// Whether an odd number of quotation marks stands before `index` in its sentence.
    private func isInsideQuotation(_ index: Int) -> Bool {
        var marks = 0
        var position = index - 1
        while position >= 0, words[position].sentence == words[index].sentence {
            if words[position].key == "\"" { marks += 1 }
            position -= 1
        }
        return marks % 2 == 1
    }

    /// Shaped like an English plural noun: "Lions", "Equities", "Steelers" (not "Harris", "Kraus").
    private func isPluralNoun(_ word: Word) -> Bool {
        let key = word.key
        guard key.utf8.count >= 4, key.hasSuffix("s") else { return false }
        return !(key.hasSuffix("ss") || key.hasSuffix("us") || key.hasSuffix("is") || key.hasSuffix("os")
                 || key.hasSuffix("as"))
    }

    /// The singular of a plural key: "equities" → "equity", "lions" → "lion".
    private func singular(of key: String) -> String {
        if key.hasSuffix("ies") { return String(key.dropLast(3)) + "y" }
        return String(key.dropLast())
    }

    /// Right after a clock time, capitals are its time zone: "3 p.m. ET", "14:00 GMT".
    private func isAfterClockTime(_ index: Int) -> Bool {
        guard index > 0, words[index - 1].sentence == words[index].sentence else { return false }
        let key = words[index - 1].key
        return key == "p.m." || key == "a.m." || key == "pm" || key == "am"
            || (index > 2 && words[index - 2].key == ":" && key.utf8.count == 2 && key.allSatisfy(\.isNumber))
    }

    /// Prepositions before an unknown name that make it a place: "in Maluku", "near Ternate".
    static let locativePrepositions: Set<String> = ["in", "near", "outside"]

    private func wordBefore(_ index: Int) -> String {
        guard index > 0, words[index - 1].sentence == words[index].sentence, words[index - 1].isWord else { return "" }
        return words[index - 1].key
    }

    /// A locative preposition right before `index`: "a rally in Monroe".
    private func afterPlacePreposition(_ index: Int) -> Bool {
        guard index > 0, words[index - 1].sentence == words[index].sentence else { return false }
        return Self.placePrepositions.contains(words[index - 1].key)
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
