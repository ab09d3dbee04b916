import KijiCore

/// The document pass: settles the mentions the first pass left untyped from other mentions of the
/// same word, links short mentions to the full names seen in the document ("Ishiba" → "Shigeru
/// Ishiba", "Katō" → "Katsunobu Kato"), links acronyms to the names they stand for, and gives every
/// mention its canonical name.
struct DocumentNames {
    let lexicons: EntityLexicons
    let text: DocumentText
    let words: [Word]

    func entities(from found: [Mention]) -> [Entity] {
        let mentions = withTeams(found)
        let pieces = mentions.map { self.pieces($0) }
        var aloneCounts: [String: Int] = [:]
        for mention in mentions where mention.isSingleWord && mention.type != .norp {
            aloneCounts[words[mention.first].key, default: 0] += 1
        }
        let people = PersonNames(lexicons: lexicons, aloneCounts: aloneCounts)

        // Full personal names, and the family names that stand for them.
        var fullNames: [Int: PersonName] = [:]
        var byKeySet: [[String]: PersonName] = [:]
        var byFamily: [String: Set<String>] = [:]
        /// Family key → (mention index, canonical) of each full name, in document order.
        var fullNamesInOrder: [String: [(index: Int, canonical: String)]] = [:]
        /// Family keys of full names that a name lexicon, a title or the context made a person (not
        /// merely the default for unknown capitalized words).
        var evidencedFamilies: Set<String> = []
        for (index, mention) in mentions.enumerated() where mention.type == .person && pieces[index].count > 1 {
            var name = people.name(of: pieces[index])
            let keySet = pieces[index].map { TextWords.fold($0) }.sorted()
            if let earlier = byKeySet[keySet] { name = earlier } else { byKeySet[keySet] = name }
            fullNames[index] = name
            byFamily[name.familyKey, default: []].insert(name.canonical)
            fullNamesInOrder[name.familyKey, default: []].append((index, name.canonical))
            if mention.rule != "unknown-name" { evidencedFamilies.insert(name.familyKey) }
        }

        // Every word of the document's full personal names.
        // with the words that evidence before them made people ("Minister Akazawa").
        var personWords = Set(fullNames.keys.flatMap { pieces[$0].map { TextWords.fold($0) } })
        for mention in mentions where mention.isSingleWord && mention.type == .person
            && (mention.rule != "speaker" || isFollowedByPersonalPronoun(mention)) {
            personWords.insert(words[mention.first].key)
        }

        // Words typed by evidence somewhere type their bare mentions elsewhere.
        var evidenced: [String: EntityType] = [:]
        for mention in mentions where mention.isSingleWord && mention.canonical == nil && mention.rule != "acronym" {
            if let type = mention.type { evidenced[words[mention.first].key] = evidenced[words[mention.first].key] ?? type }
        }

        let organizations = OrganizationNames(lexicons: lexicons)
        // Acronyms defined in parentheses after the full name: "Liberal Democratic Party (LDP)".
        var acronyms: [String: String] = [:]
        for (index, mention) in mentions.enumerated() where mention.type == .org && !mention.isSingleWord {
            if let definition = acronymDefined(after: mention) {
                acronyms[definition] = mention.canonical ?? organizations.canonical(of: pieces[index])
            }
        }
        // One-word names of organizations ("Nvidia Corp." → "Nvidia"): the same word alone
        // elsewhere is that organization, even where a verb made it look like a person ("Nvidia said").
        var organizationByWord: [String: String] = [:]
        for (index, mention) in mentions.enumerated() where mention.type == .org && mention.rule != "acronym" {
            let name = mention.canonical ?? organizations.canonical(of: pieces[index])
            if !name.utf8.contains(UInt8(ascii: " ")) {
                organizationByWord[TextWords.fold(name)] = name
            } else if let short = shortName(of: mention) {
                // "Bre-X Minerals Ltd", "Barrick Gold Corp": "Bre-X" and "Barrick" alone elsewhere.
                organizationByWord[short] = organizationByWord[short] ?? name
            }
        }
        var organizationsByInitials: [String: String] = [:]
        var entities: [Entity] = []
        for (index, mention) in mentions.enumerated() {
            var type = mention.type
            var canonical = mention.canonical
            let key = words[mention.first].key
            if mention.isSingleWord, type != .norp, type != .language,
               let family = byFamily[key], family.count == 1, let full = family.first {
                type = .person
                canonical = full
            } else if mention.isSingleWord, type == nil || type == .person || mention.rule == "gazetteer",
                      type != .norp, type != .language, let seen = fullNamesInOrder[key],
                      byFamily[key, default: []].count > 1, evidencedFamilies.contains(key) {
                // Two full names share the family name ("Patrick Carlineo", "Pat Carlineo"): a
                // person still, named as the nearest full name before it.
                type = .person
                canonical = (seen.last { $0.index < index } ?? seen[0]).canonical
            } else if type == nil || (type == .person && Self.weakPersonRules.contains(mention.rule)),
                      let piece = onePiece(mention), let organization = organizationByWord[piece] {
                type = .org
                canonical = organization
            } else if type == nil {
                type = evidenced[key]
                if words[mention.first].isAllCaps, acronyms[letters(of: mention)] != nil { type = .org }
            }
            if type == nil || type == .person {
                type = typeOfLoneWord(mention, type: type, personWords: personWords)
                if type == .org, mention.type == .person { canonical = nil }
            }
            guard let type else { continue }
            if canonical == nil || type == .person {
                switch type {
                case .person:
                    canonical = fullNames[index]?.canonical ?? canonical
                        ?? pieces[index].map { $0.withoutDiacritics }.joined(separator: " ")
                case .org:
                    canonical = organizations.canonical(of: pieces[index])
                case .law:
                    canonical = pieces[index].map(capitalizedHead).joined(separator: " ")
                case .gpe, .loc:
                    // "KONTIOLAHTI" of a dateline is the place "Kontiolahti".
                    canonical = pieces[index].map { $0.count > 3 && $0.uppercased() == $0 ? $0.capitalized : $0 }
                        .joined(separator: " ")
                default:
                    canonical = pieces[index].joined(separator: " ")
                }
            }
            if type == .org, let name = canonical, name.utf8.contains(UInt8(ascii: " ")) {
                let initials = OrganizationNames.initials(of: name)
                if organizationsByInitials[initials] == nil { organizationsByInitials[initials] = name }
            }
            entities.append(Entity(span: text.span(words[mention.first].start, words[mention.last].end),
                                   type: type, canonical: canonical!))
        }
        // Acronyms: defined in parentheses, or the initials of an organization named in full.
        for index in entities.indices where entities[index].type == .org {
            guard let letters = Self.acronymLetters(entities[index].text),
                  entities[index].canonical == entities[index].text || acronyms[letters] != nil else { continue }
            if let full = acronyms[letters] {
                entities[index].canonical = full
            } else if let full = organizationsByInitials[letters] {
                entities[index].canonical = full
            }
        }
        return entities
    }

    /// The type of a lone capitalized word that nothing else settled. News names a person in
    /// full before it uses the family name alone, so a word that only a verb after it made a
    /// person ("Rosneft said", "Interfax reported"), that no name lexicon knows and that no full
    /// name of the document holds, names an organization. An untyped word inside a sentence that
    /// the document never writes in lower case ("owned by Heineken", "against Middlesbrough")
    /// is a name too, most often an organization's.
    private func typeOfLoneWord(_ mention: Mention, type: EntityType?, personWords: Set<String>) -> EntityType? {
        guard mention.isSingleWord else { return type }
        let word = words[mention.first]
        if type == .person {
            guard mention.rule == "speaker", !personWords.contains(word.key), !lexicons.isKnownNamePart(word),
                  !lexicons.eastAsianFamilyNames.contains(word) else { return type }
            return .org
        }
        guard mention.rule == "bare", !word.opensSentence, !word.isAllCaps, !word.inCapitalsLine,
              !personWords.contains(word.key), !lexicons.commonWords.contains(word),
              !isDerivedFromCommonWord(word.key), !isPluralFamily(mention.first) else { return type }
        if isAfterPlaceNoun(mention.first) {
            // "a plant in Franklin": a personal name after "in" is no evidence of a place.
            return lexicons.isKnownNamePart(word) ? type : .gpe
        }
        return .org
    }

    /// Adjectives made from a common noun, capitalized in a name or a heading: "Investigational"
    /// (investigation + al), "Constitutional", "Promotional".
    private func isDerivedFromCommonWord(_ key: String) -> Bool {
        guard key.hasSuffix("ional"), key.utf8.count > 7 else { return false }
        return lexicons.commonWords.contains(String(key.dropLast(2)))
    }

    /// "the Bidens", "the Kennedys": a personal name in the plural after "the" names a family.
    private func isPluralFamily(_ index: Int) -> Bool {
        let key = words[index].key
        guard key.hasSuffix("s"), index > 0, words[index - 1].key == "the" else { return false }
        var stems = [String(key.dropLast())]
        if key.hasSuffix("ys") { stems.append(String(key.dropLast(2)) + "y") }
        if key.hasSuffix("es") { stems.append(String(key.dropLast(2))) }
        return stems.contains { lexicons.isKnownNamePart($0) }
    }

    /// "Akazawa said he …", "Akazawa, who …": the words after a speaker's name speak of a person.
    private func isFollowedByPersonalPronoun(_ mention: Mention) -> Bool {
        var index = mention.last + 1
        func key(_ at: Int) -> String? {
            at < words.count && words[at].sentence == words[mention.last].sentence ? words[at].key : nil
        }
        if key(index) == ",", key(index + 1) == "who" { return true }
        while let filler = key(index), Context.verbFillers.contains(filler) { index += 1 }
        guard index < words.count, lexicons.speechVerbs.contains(words[index]) else { return false }
        index += 1
        if key(index) == "that" { index += 1 }
        return key(index) == "he" || key(index) == "she"
    }

    /// Nouns of places before "of": "the region of Kananaskis", "the town of Monroe".
    static let placeNouns: Set<String> = ["region", "province", "city", "town", "village", "state", "island", "islands",
                                          "district", "county", "port", "capital", "prefecture", "municipality"]

    /// Whether `index` follows "in", "near", "outside", or a place noun and "of".
    private func isAfterPlaceNoun(_ index: Int) -> Bool {
        guard index > 1, words[index - 1].sentence == words[index].sentence else { return false }
        let before = words[index - 1].key
        if Context.locativePrepositions.contains(before) { return true }
        return before == "of" && Self.placeNouns.contains(words[index - 2].key)
    }

    /// Rules that make a lone word a person on the words around it only.
    static let weakPersonRules: Set<String> = ["person-context", "speaker", "family-name", "unknown-name", "bare"]

    /// The first word of a company's name that ends in a legal form ("Bre-X Minerals Ltd"), when
    /// that word is no common word, place or personal name: the company's short name.
    private func shortName(of mention: Mention) -> String? {
        guard mention.type == .org, mention.last > mention.first,
              lexicons.corporateSuffixes.contains(words[mention.last]) else { return nil }
        let first = words[mention.first]
        guard first.isCapitalized, !first.isAllCaps || first.key.count > 2, !lexicons.commonWords.contains(first),
              !lexicons.isKnownNamePart(first), !lexicons.names.startsPhrase(first) else { return nil }
        var end = mention.first
        while end < mention.last, !words[end + 1].spaceBefore { end += 1 }
        return end < mention.last ? (mention.first...end).map { words[$0].key }.joined() : nil
    }

    /// The folded keys of a mention written without a space ("Bre-X" → "bre-x"), else nil.
    private func onePiece(_ mention: Mention) -> String? {
        guard !(mention.first..<mention.last).contains(where: { words[$0 + 1].spaceBefore }) else { return nil }
        return (mention.first...mention.last).map { words[$0].key }.joined()
    }

    /// The white-space separated pieces of a mention's text.
    private func pieces(_ mention: Mention) -> [String] {
        let scalars = text.scalars
        var pieces: [String] = []
        var start = words[mention.first].start
        let end = words[mention.last].end
        for position in start..<end where ScalarClass.isWhitespace(scalars[position]) {
            if start < position { pieces.append(text.substring(start, position)) }
            start = position + 1
        }
        if start < end { pieces.append(text.substring(start, end)) }
        return pieces
    }

    /// The letters of `name` when it is written as an acronym (two or more letters, all capitals:
    /// "LDP", "U.S."), else nil.
    static func acronymLetters(_ name: String) -> String? {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var letters: [UInt8] = []
            for byte in name.utf8 {
                if byte >= 97 && byte <= 122 { return nil }
                if byte >= 65 && byte <= 90 { letters.append(byte) }
            }
            return letters.count >= 2 ? String(decoding: letters, as: UTF8.self) : nil
        }
        let letters = name.filter { $0.isLetter }
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase) ? letters : nil
    }

    private func letters(of mention: Mention) -> String {
        text.substring(words[mention.first].start, words[mention.last].end).filter { $0.isLetter }
    }

    /// "LDP" in "Liberal Democratic Party (LDP)".
    private func acronymDefined(after mention: Mention) -> String? {
        let open = mention.last + 1, acronym = mention.last + 2, close = mention.last + 3
        guard close < words.count, words[open].key == "(", words[close].key == ")", words[acronym].isAllCaps else { return nil }
        return text.substring(words[acronym].start, words[acronym].end).filter { $0.isLetter }
    }

    /// A law's head word in capitals ("accord" → "Accord").
    private func capitalizedHead(_ piece: String) -> String {
        lexicons.lawHeads.contains(TextWords.fold(piece)) ? piece.prefix(1).uppercased() + piece.dropFirst() : piece
    }
}
