import KijiCore

/// The first pass: walks the words of one document, groups capitalized words into chunks
/// ("US Treasury Secretary Scott Bessent"), cuts the chunks at titles, and types each piece from
/// the gazetteers, the name lexicons and the words around it.
struct MentionFinder {
    let lexicons: EntityLexicons
    let text: DocumentText
    let words: [Word]
    /// By word id: the document also writes the word in lower case, a common word whatever its
    /// capital says at a sentence's start ("Will", "Protecting").
    private let lowercaseIDs: [Bool]

    init(lexicons: EntityLexicons, text: DocumentText, words: [Word]) {
        self.lexicons = lexicons
        self.text = text
        self.words = words
        var lowercaseIDs = [Bool](repeating: false, count: (words.lazy.map { Int($0.id) }.max() ?? 0) + 1)
        for word in words where word.isWord && !word.isCapitalized { lowercaseIDs[Int(word.id)] = true }
        self.lowercaseIDs = lowercaseIDs
    }

    /// Whether the document also writes `word`'s key as a word in lower case.
    func isWrittenInLowerCase(_ word: Word) -> Bool { lowercaseIDs[Int(word.id)] }

    /// Every mention of the document, in order, not overlapping.
    func mentions() -> [Mention] {
        var found: [Mention] = []
        var index = 0
        while index < words.count {
            if let product = brandProduct(at: index) {
                found.append(product)
                index = product.last + 1
                continue
            }
            guard isChunkWord(index) else { index += 1; continue }
            var end = chunkEnd(from: index)
            if let storm = namedStorm(index, end) {
                found.append(storm)
            } else if let team = teamInResults(index, end) {
                found.append(team)
            } else {
                let mentions = modelProduct(classifyChunk(index, end), chunkEnd: end)
                end = max(end, mentions.last?.last ?? end)
                found.append(contentsOf: mentions)
            }
            index = end + 1
        }
        return withPrefixedAdjectives(withNumberedCrews(found))
    }

    // MARK: Chunks

    /// A capitalized word that can be (part of) a name: not a month, pronoun or function word,
    /// unless a known name or title starts with it ("New York", "Second World War").
    func isChunkWord(_ index: Int) -> Bool {
        let word = words[index]
        guard word.isWord, word.isCapitalized else { return false }
        if !lexicons.notNames.contains(word) { return true }
        return lexicons.names.startsPhrase(word) || lexicons.titles.startsPhrase(word)
    }

    /// The last word of the chunk that starts at `start`: capitalized words of one sentence, joined
    /// by hyphens without spaces ("Mar-a-Lago", "US-Japan"), by "of"/"on"/"for"/"the" after an
    /// organization or place head ("Ministry of Finance", "Council on Foreign Relations"), and by
    /// name particles ("von der"). A possessive ends the chunk.
    func chunkEnd(from start: Int) -> Int {
        var last = start
        while true {
            let next = last + 1
            // A possessive ends the chunk, unless a known name goes on ("Prime Minister's Office").
            if words[last].isPossessive, !(next < words.count && lexicons.names.hasPrefix(words, start...next)) { break }
            guard next < words.count, words[next].sentence == words[last].sentence else { break }
            let word = words[next]
            if !word.isWord {
                if (word.key == "-" || word.key == "&" || word.key == "\u{2011}"), !word.spaceBefore,
                   next + 1 < words.count, words[next + 1].isWord, !words[next + 1].spaceBefore,
                   !isAttributiveSuffix(next + 1) {
                    last = next + 1
                    continue
                }
                if isPluralPossessiveInName(next) {
                    last = next + 1
                    continue
                }
                break
            }
            // A known name goes on through a word that alone is no name ("United Nations").
            let nameStart = words[start].key == "the" ? start + 1 : start
            if isChunkWord(next) || (word.isCapitalized && lexicons.names.hasPrefix(words, nameStart...next)) { last = next; continue }
            if !word.isCapitalized, let joined = joinedAfterConnector(at: next, chunkStart: start, last: last) {
                last = joined
                continue
            }
            break
        }
        return last
    }

    /// The apostrophe of a plural possessive inside a name, before the head of an organization
    /// or an event: "Champions' League", "Cup Winners' Cup", "Farmers' Union".
    private func isPluralPossessiveInName(_ apostrophe: Int) -> Bool {
        let word = words[apostrophe], head = apostrophe + 1
        guard word.key == "'", !word.spaceBefore, words[apostrophe - 1].key.hasSuffix("s"), head < words.count,
              words[head].sentence == word.sentence, words[head].isWord, words[head].isCapitalized,
              words[head].spaceBefore else { return false }
        return lexicons.orgWords.contains(words[head]) || lexicons.eventHeads.contains(words[head])
    }

    /// Whether the organization connector at `index` ("of", "and", "de") continues the name that
    /// the chunk's words so far begin.
    private func organizationGoesOn(at index: Int, chunkStart: Int, last: Int) -> Bool {
        let key = words[index].key
        let known = lexicons.names.hasPrefix(words, chunkStart...index)
        if key == "and" || key == "&" {
            // "Department of Health and Human Services", not "Federation and Kosmos"
            return known || ((chunkStart..<last).contains { words[$0].key == "of" }
                             && !lexicons.orgWords.contains(words[last]))
                || (key == "and" && andJoinsName(at: index, last: last))
        }
        return known || lexicons.orgWords.contains(words[last])
    }

    /// The capitalized word after a connector at `index` when the connector belongs to the name.
    private func joinedAfterConnector(at index: Int, chunkStart: Int, last: Int) -> Int? {
        let key = words[index].key
        var target = index + 1
        if lexicons.orgConnectors.contains(words[index]), organizationGoesOn(at: index, chunkStart: chunkStart, last: last) {
            if target < words.count, words[target].key == "the", ["of", "on", "for"].contains(key) { target += 1 }
        } else if lexicons.nameParticles.contains(words[index]) {
            // "Monica de Bolle": "de" joins an organization's name or, failing that, a person's.
            if target < words.count, lexicons.nameParticles.contains(words[target]) { target += 1 }
        } else {
            return nil
        }
        guard target < words.count, words[target].sentence == words[index].sentence, isChunkWord(target) else { return nil }
        return target
    }

    // MARK: Titles and known names inside a chunk

    /// Length in words of a title at `index` ("Prime Minister", "Treasury Secretary", "Economic
    /// Revitalization Minister"), 0 when none.
    func titleLength(at index: Int, limit: Int) -> Int {
        var best = lexicons.titles.matches(in: words, from: index, limit: limit).last?.length ?? 0
        // Up to three domain words before a title head.
        var position = index
        while position < limit, position - index <= 3 {
            let word = words[position]
            guard word.isWord, word.isCapitalized else { break }
            if lexicons.titleHeads.contains(word) {
                best = max(best, position - index + 1)
                break
            }
            if !isTitleDomainWord(position, limit: limit) { break }
            position += 1
        }
        return best
    }

    private func isTitleDomainWord(_ index: Int, limit: Int) -> Bool {
        if lexicons.orgWords.contains(words[index]) || lexicons.isKnownNamePart(words[index]) { return false }
        if words[index].isPossessive { return false }
        return lexicons.names.matches(in: words, from: index, limit: index + 1).isEmpty
    }

    /// "NHL PLAYOFFS - SCORES": a known acronym of three letters or more that is no English
    /// word ("US", "WHO" are) stays an acronym in a heading in capitals.
    private func isAcronymInHeading(_ index: Int, length: Int) -> Bool {
        length == 1 && words[index].key.utf8.count >= 3 && !lexicons.commonWords.contains(words[index])
    }

    /// The longest known name at `index` that no title inside it overruns: "US Treasury
    /// Secretary" is "US" and a title, not "US Treasury" and "Secretary".
    func knownName(at index: Int, limit: Int) -> (length: Int, name: KnownName)? {
        let word = words[index]
        guard word.isWord, word.isCapitalized else { return nil }
        let candidates = lexicons.names.matches(in: words, from: index, limit: limit).filter { match in
            !match.value.capitalsOnly || (!word.inCapitalsLine || isAcronymInHeading(index, length: match.length))
                && !isCodeWithNumber(index + match.length)
                && (index..<index + match.length).allSatisfy { !words[$0].isWord || words[$0].isAllCaps || !words[$0].isCapitalized || words[$0].key.count == 1 }
        }
        for match in candidates.reversed() {
            let end = index + match.length
            let overrun = (index + 1..<end).contains { inner in
                words[inner].isCapitalized && inner + titleLength(at: inner, limit: limit) > end
                    && titleLength(at: inner, limit: limit) > 0
            }
            if !overrun { return (match.length, match.value) }
        }
        return nil
    }

    // MARK: Classifying a chunk

    func classifyChunk(_ chunkStart: Int, _ end: Int) -> [Mention] {
        var start = chunkStart
        // A leading "The" is not part of a name, unless a known name holds it ("The Hague").
        if words[start].key == "the", knownName(at: start, limit: end + 1) == nil {
            guard let next = nextCapitalized(after: start, through: end) else { return [] }
            start = next
        }
        // A sentence's first word is capitalized anyway: drop it when nothing says it is a name
        // ("Protecting Japan's interests").
        // Not inside one hyphenated word: "Bre-X said".
        if words[start].opensSentence, let next = nextCapitalized(after: start, through: end), words[start + 1].spaceBefore {
            let common = isCommonWord(start) && !words[start].isAllCaps && knownName(at: start, limit: end + 1) == nil
            if common || (!isNameEvidenceWord(start) && !lexicons.isFamilyName(words[next]) && !isUnknownPair(start, next, end)) {
                start = next
            }
        }
        var mentions: [Mention] = []
        var segmentStart = start
        var afterTitle = false
        var position = start
        let limit = end + 1
        while position <= end {
            guard words[position].isWord, words[position].isCapitalized else { position += 1; continue }
            let title = titleLength(at: position, limit: limit)
            let known = knownName(at: position, limit: limit)?.length ?? 0
            // "Premier League": a title before an organization word is a name's first word.
            let titleOpensName = title > 0 && position + title <= end && lexicons.orgWords.contains(words[position + title])
            if title > 0, title >= known, !titleOpensName {
                if segmentStart < position {
                    mentions += classifySegment(segmentStart, position - 1, chunk: (chunkStart, end), afterTitle: afterTitle)
                }
                position += title
                segmentStart = position
                afterTitle = true
                continue
            }
            position += max(known, 1)
        }
        if segmentStart <= end {
            mentions += classifySegment(segmentStart, end, chunk: (chunkStart, end), afterTitle: afterTitle)
        }
        return mentions
    }

    /// "Dragan Vukovic", "Tomas Ujfalusi made sure": a sentence's first two words, capitalized, that no
    /// lexicon knows, neither a common word, read as one name (the opener is then no ordinary word).
    private func isUnknownPair(_ opener: Int, _ next: Int, _ end: Int) -> Bool {
        guard next == opener + 1, next == end || !words[next + 1].isCapitalized || !words[next + 1].isWord else { return false }
        return [opener, next].allSatisfy { index in
            let word = words[index]
            return !word.isAllCaps && !lexicons.commonWords.contains(word) && !isWrittenInLowerCase(word)
                && knownName(at: index, limit: index + 1) == nil && !lexicons.titles.startsPhrase(word)
        }
    }

    private func nextCapitalized(after index: Int, through end: Int) -> Int? {
        var next = index + 1
        while next <= end {
            if words[next].isWord, words[next].isCapitalized { return next }
            next += 1
        }
        return nil
    }

    /// A capitalized word that reads as an ordinary word: written in lower case elsewhere in the
    /// document, or shaped like an adverb or a participle ("Arguably", "Speaking").
    func isCommonWord(_ index: Int) -> Bool {
        let key = words[index].key
        if isWrittenInLowerCase(words[index]) { return true }
        guard !lexicons.isKnownNamePart(words[index]), key.count > 4 else { return false }
        return key.hasSuffix("ly") || key.hasSuffix("ing") || key.hasSuffix("ed")
    }

    /// A word that is a name or the start of one on its own authority.
    private func isNameEvidenceWord(_ index: Int) -> Bool {
        let word = words[index]
        return lexicons.names.startsPhrase(word) || lexicons.titles.startsPhrase(word)
            || lexicons.isKnownNamePart(word) || lexicons.orgWords.contains(word)
            || lexicons.eastAsianFamilyNames.contains(word) || word.isAllCaps
            || lexicons.nameParticles.contains(word)
    }

    /// Types the words `first...last` of a chunk that no title cuts.
    func classifySegment(_ segmentFirst: Int, _ segmentLast: Int, chunk: (start: Int, end: Int), afterTitle: Bool) -> [Mention] {
        var first = segmentFirst, last = segmentLast
        while first <= last, !(words[first].isWord && words[first].isCapitalized) { first += 1 }
        while last >= first, !(words[last].isWord && words[last].isCapitalized) && !isHyphenatedNameEnd(last) { last -= 1 }
        // "Group C", "Pool B": an organization word and a letter label a group, no name.
        if last > first, isLetterLabel(last), lexicons.orgWords.contains(words[last - 1]) {
            last -= 2
            while last >= first, !(words[last].isWord && words[last].isCapitalized) { last -= 1 }
        }
        guard first <= last else { return [] }
        let context = Context(finder: self, chunk: chunk, segmentFirst: first, segmentLast: last, afterTitle: afterTitle)
        let limit = last + 1

        // The whole segment is one known name, or ends with the head of a law, event or facility,
        // or holds an organization word.
        if let known = knownName(at: first, limit: limit), first + known.length - 1 == last {
            if let law = context.lawExtension(last) { return [Mention(first, law, .law, rule: "law-head")] }
            if known.name.type == .norp, context.isLanguageUse, lexicons.languages.contains(words[first]) {
                return [Mention(first, last, .language, rule: "language")]
            }
            // A place that is also a Japanese family name, said to speak: "Yamaguchi said".
            if first == last, known.name.type == .gpe, lexicons.japaneseFamilyNames.contains(words[first]),
               context.personBefore || context.personAfter {
                return [Mention(first, last, .person, rule: "person-context")]
            }
            return [Mention(first, last, known.name.type, canonical: known.name.canonical, rule: "gazetteer")]
        }
        if last > first || context.lawExtension(last) != nil {
            let head = words[last]
            if let law = context.lawExtension(last) { return [Mention(first, law, .law, rule: "law-head")] }
            if lexicons.lawHeads.contains(head) { return [Mention(first, last, .law, rule: "law-head")] }
            if lexicons.eventHeads.contains(head) { return [Mention(first, last, .event, rule: "event-head")] }
            if lexicons.facHeads.contains(head) { return [Mention(first, last, .fac, rule: "facility-head")] }
            if !lexicons.isKnownNamePart(head), !words[first].inCapitalsLine {
                if lexicons.gpeHeads.contains(head) { return [Mention(first, last, .gpe, rule: "place-head")] }
                if lexicons.locHeads.contains(head) { return [Mention(first, last, .loc, rule: "place-head")] }
            }
        }
        if last > first, (first...last).contains(where: { words[$0].isCapitalized && lexicons.orgWords.contains(words[$0]) }),
           !words[first].inCapitalsLine || lexicons.orgWords.contains(words[last]) {
            // In a heading in capitals the organization word is the last one: not "SPANISH LEAGUE
            // TABLE", "REAL MADRID SUPPORTERS".
            return [Mention(first, last, .org, rule: "org-word")]
        }

        // Otherwise: known names, personal names and unknown runs, left to right. A heading in
        // capitals only holds known names.
        let capitalsLine = words[first].inCapitalsLine
        var mentions: [Mention] = []
        var position = first
        while position <= last {
            guard words[position].isWord, words[position].isCapitalized else { position += 1; continue }
            if !capitalsLine, let runEnd = personRun(at: position, last: last, afterTitle: afterTitle && position == first) {
                mentions.append(Mention(position, runEnd, .person, rule: afterTitle && position == first ? "title" : "name-lexicon"))
                position = runEnd + 1
                continue
            }
            if let known = knownName(at: position, limit: limit) {
                let knownEnd = position + known.length - 1
                if known.name.type == .gpe, let runEnd = unknownRunEnd(from: knownEnd + 1, last: last),
                   runEnd == nextCapitalized(after: knownEnd, through: last), !words[runEnd].isAllCaps,
                   !words[knownEnd].isPossessive, !lexicons.isKnownNamePart(words[runEnd]) {
                    // A place name that opens an organization's name: "Japan Foresight"; after a
                    // role, a person's given name: "goalkeeper Salem Bitar".
                    let person = position == first && context.personBefore && !known.name.isCountry
                    mentions.append(Mention(position, runEnd, person ? .person : .org, rule: person ? "title" : "place-plus-name"))
                    position = runEnd + 1
                    continue
                }
                if known.name.type == .norp, context.isLanguageUse, lexicons.languages.contains(words[position]),
                   known.length == 1 {
                    mentions.append(Mention(position, knownEnd, .language, rule: "language"))
                } else {
                    mentions.append(Mention(position, knownEnd, known.name.type, canonical: known.name.canonical, rule: "gazetteer"))
                }
                position = knownEnd + 1
                continue
            }
            let runEnd = unknownRunEnd(from: position, last: last) ?? position
            if let team = nameBeforeCity(position, runEnd, last: last, context: context) {
                mentions.append(team)
                position = team.last + 1
                continue
            }
            if capitalsLine {
                mentions += headingWords(position, runEnd)
            } else if let mention = context.classifyUnknown(position, runEnd) {
                mentions.append(mention)
            }
            position = runEnd + 1
        }
        return mentions
    }

    /// "Group C", "Pool B": a single letter that labels one of several groups ends no name.
    private func isLetterLabel(_ index: Int) -> Bool {
        let key = words[index].key
        return key.utf8.count == 1 && key.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// The unknown words of a heading in capitals, one untyped mention each: their capitals say
    /// nothing, but the document's other mentions of the same word may ("ARMSTRONG WINS STAGE"
    /// over "Lance Armstrong").
    private func headingWords(_ first: Int, _ last: Int) -> [Mention] {
        (first...last).compactMap { index in
            let word = words[index]
            guard word.isWord, word.isCapitalized, word.key.utf8.count > 2, !lexicons.notNames.contains(word),
                  !lexicons.commonWords.contains(word), !word.key.contains(where: \.isNumber) else { return nil }
            return Mention(index, index, nil, rule: "heading")
        }
    }

    /// "Steaua Bucharest", "Werder Bremen": an unknown name, no personal one, right before a city
    /// that ends the segment names a club or a company of that city.
    func nameBeforeCity(_ first: Int, _ runEnd: Int, last: Int, context: Context) -> Mention? {
        let city = runEnd + 1
        guard city <= last, runEnd - first <= 1, !context.personBefore || first != context.segmentFirst,
              words[city].spaceBefore, !words[runEnd].isPossessive,
              let known = knownName(at: city, limit: last + 1), known.name.type == .gpe, !known.name.isCountry,
              city + known.length - 1 == last,
              (first...runEnd).allSatisfy({ isClubNameWord($0) }) else { return nil }
        return Mention(first, last, .org, rule: "name-plus-city")
    }

    /// Words that say where in a place, not which club: "Greater London", "East Kalimantan".
    static let placeModifiers: Set<String> = ["north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                              "central", "greater", "upper", "lower", "inner", "outer", "old", "new",
                                              "downtown", "metropolitan", "mid", "south-east", "north-east", "south-west",
                                              "north-west", "northeast", "northwest", "southeast", "southwest"]

    /// A word that can open a club's or a company's name before its city: no personal name, no
    /// sentence opener; a common word ("Real Madrid", "Rapid Vienna") or a short acronym ("AC
    /// Milan", "PSV Eindhoven") too, but not a word placing something in the city.
    private func isClubNameWord(_ index: Int) -> Bool {
        let word = words[index]
        guard word.isCapitalized, !lexicons.isKnownNamePart(word), !word.opensSentence,
              !Self.placeModifiers.contains(word.key) else { return false }
        if word.isAllCaps { return word.key.utf8.count <= 4 && !word.inCapitalsLine }
        return !isWrittenInLowerCase(word)
    }

    /// The end of the capitalized words from `start` up to the next known name, or nil when
    /// `start` is past `last` or starts a known name.
    func unknownRunEnd(from start: Int, last: Int) -> Int? {
        var position = start
        var end: Int?
        while position <= last {
            let word = words[position]
            if word.isWord, word.isCapitalized {
                if knownName(at: position, limit: last + 1) != nil { break }
                if lexicons.notNames.contains(word) { break }
                // A name inside: "CBS Sports Insider Jason La Canfora", "DL Sheldon Richardson".
                if position > start, end.map({ $0 > start || words[start].isAllCaps }) == true,
                   personRun(at: position, last: last, afterTitle: false) != nil { break }
                end = position
            } else if word.isWord {
                // lower-case word inside a hyphenated name ("Mar-a-Lago"), or a name particle
                // ("Fritz von Weizsäcker")
                let particle = lexicons.nameParticles.contains(word) && position + 1 <= last
                    && words[position + 1].isCapitalized
                guard position > start, !word.spaceBefore || particle else { break }
                if let current = end, current == position - 2, isHyphenatedNameEnd(position) { end = position }
            } else if !(word.key == "-" && !word.spaceBefore) {
                break
            }
            // Two names joined by a hyphen stay two ("US-Japan"); "Bautista-Agut" is one.
            if word.key == "-", position > start, position + 1 <= last,
               knownName(at: position + 1, limit: last + 1) != nil { break }
            position += 1
        }
        return end
    }

    /// The end of a personal name starting at `index`: a given name followed by more name words,
    /// a Japanese family name followed by a given name, a Chinese or Korean family name followed by
    /// a name, or any name right after a title.
    func personRun(at index: Int, last: Int, afterTitle: Bool) -> Int? {
        guard index <= last, words[index].isCapitalized else { return nil }
        let word = words[index]
        let next = nextCapitalized(after: index, through: last)
        let startsName: Bool
        if afterTitle {
            startsName = knownName(at: index, limit: last + 1) == nil || lexicons.isKnownNamePart(word)
        } else if let next {
            let nextKey = words[next]
            let nextIsPlace = knownName(at: next, limit: last + 1) != nil && !lexicons.isKnownNamePart(nextKey)
            let commonOpener = words[index].opensSentence && isCommonWord(index)
            startsName = (lexicons.isGivenName(word) && !commonOpener && !lexicons.orgWords.contains(nextKey)
                          && !(nextIsPlace && ((words[index].opensSentence && isCommonWord(index)) || knownName(at: index, limit: last + 1) != nil)))
                || (lexicons.japaneseFamilyNames.contains(word) && lexicons.japaneseGivenNames.contains(nextKey))
                || (lexicons.eastAsianFamilyNames.contains(word) && !nextIsPlace && !lexicons.notNames.contains(nextKey))
        } else {
            startsName = false
        }
        guard startsName else { return nil }
        var end = index
        var count = 1
        var position = index + 1
        while position <= last, count < 4 {
            let word = words[position]
            if word.isWord, word.isCapitalized {
                if lexicons.orgWords.contains(word) || lexicons.notNames.contains(word) { break }
                end = position
                count += 1
            } else if word.isWord, !word.spaceBefore, words[position - 1].key == "-", end == position - 2 {
                // a hyphenated given name in lower case after the hyphen: "Tsai Ing-wen"
                end = position
            } else if !(lexicons.nameParticles.contains(word) || (word.key == "-" && !word.spaceBefore)
                        || (word.isWord && !word.spaceBefore)) {
                break
            }
            position += 1
        }
        return end
    }
}
