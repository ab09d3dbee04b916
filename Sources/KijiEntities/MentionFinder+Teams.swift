import KijiCore

/// Teams in results and standings: a name followed by its score in a line of such pairs ("Leeds 2
/// Plymouth 1", "Otelul Galati 1 National Bucharest 0") or by a row of figures ("Ajax 15 11 2 2 33
/// 14 35", "BOSTON 12 5 .706") is a team, an organization, even when it is a city's name; a
/// country's name stays a place (national teams: "Japan 2 Syria 1"), and a personal name stays a
/// person (golf and athletics tables: "Ernie Els 68 67 70").
extension MentionFinder {
    /// The team mention of the chunk `start...end`, or nil when the chunk does not stand in a
    /// results shape.
    func teamInResults(_ start: Int, _ end: Int) -> Mention? {
        // "(Navas 14th pen, Moreno 61st)": a scorer and the minute of the goal.
        if isOrdinalMinute(end + 1), words[start].isCapitalized, isInsideBrackets(start) {
            return Mention(start, end, .person, rule: "scorer")
        }
        let figures = figuresAfter(end)
        guard figures >= 1 else { return nil }
        // "Scorers: Carlos Vela 12, Diego Costa 77": the minutes of each scorer's goals.
        if figures < 3, isScorersLine(start), words[start].isCapitalized, !isInsideBrackets(start) {
            return Mention(start, end, .person, rule: "scorer")
        }
        guard figures >= 3 || scoredNamesInSentence(of: end) >= 2 else { return nil }
        var first = start
        if words[first].key == "the", first < end { first += 1 }
        while first < end, !words[first].isWord { first += 1 }
        guard words[first].isCapitalized, !words[first].key.contains(where: \.isNumber) || first < end else { return nil }
        if let known = knownName(at: first, limit: end + 1), first + known.length - 1 == end,
           known.name.isCountry || known.name.type == .norp || known.name.type == .org {
            return nil
        }
        // "Ernie Els 68 67": a personal name in a table of scores.
        if !words[first].inCapitalsLine, let run = personRun(at: first, last: end, afterTitle: false), run == end,
           lexicons.isGivenName(words[first]) {
            return nil
        }
        if lexicons.notNames.contains(words[first]), first == end { return nil }
        // "Nantes 4 (Japhet N'Doram 7, Claude Makelele 42)": inside the brackets, scorers and minutes.
        if isInsideBrackets(first) { return Mention(first, end, .person, rule: "scorer") }
        return Mention(first, end, .org, rule: "team-score")
    }

    /// Whether the word `index` is an ordinal of one to three digits ("30th", "2nd") in its sentence.
    private func isOrdinalMinute(_ index: Int) -> Bool {
        guard index < words.count, index > 0, words[index].sentence == words[index - 1].sentence else { return false }
        let key = words[index].key
        let digits = key.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count) else { return false }
        return ["st", "nd", "rd", "th"].contains(String(key.dropFirst(digits.count)))
    }

    /// Whether the sentence of `index` lists scorers: it opens with "Scorers" ("Scorers: Carlos
    /// Vela 12"), or follows a sentence that is only that heading ("Scorers:").
    private func isScorersLine(_ index: Int) -> Bool {
        let sentence = words[index].sentence
        var start = index
        while start > 0, words[start - 1].sentence == sentence { start -= 1 }
        if Self.scorerHeads.contains(words[start].key) { return true }
        guard start > 1, words[start - 1].key == ":" else { return false }
        var head = start - 2
        while head > 0, words[head - 1].sentence == words[start - 1].sentence { head -= 1 }
        return start - 1 - head <= 2 && (head..<start - 1).contains { Self.scorerHeads.contains(words[$0].key) }
    }

    /// Headings of a list of the players who scored.
    static let scorerHeads: Set<String> = ["scorers", "scorer", "goalscorers"]

    /// Whether an opening bracket before `index` in its sentence is not closed before it.
    private func isInsideBrackets(_ index: Int) -> Bool {
        var position = index - 1
        while position >= 0, words[position].sentence == words[index].sentence {
            if words[position].key == ")" { return false }
            if words[position].key == "(" { return true }
            position -= 1
        }
        return false
    }

    /// How many figures (integers of one to three digits, or decimals such as ".706") follow the
    /// word `index` in its sentence, up to the next word.
    private func figuresAfter(_ index: Int) -> Int {
        var count = 0
        var position = index + 1
        while position < words.count, words[position].sentence == words[index].sentence {
            let word = words[position]
            if isFigure(word) {
                count += 1
            } else if !(word.key == "." || word.key == "-" || word.key == "(" || word.key == ")" || word.key == "/") {
                break
            }
            position += 1
        }
        return count
    }

    private func isFigure(_ word: Word) -> Bool {
        let bytes = word.key.utf8
        guard !bytes.isEmpty, bytes.count <= 4 else { return false }
        return bytes.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: ".") }
            && bytes.contains { $0 >= 48 && $0 <= 57 } && !(bytes.count == 4 && !bytes.contains(UInt8(ascii: ".")))
    }

    /// How many capitalized words of the sentence of `index` stand right before a figure.
    private func scoredNamesInSentence(of index: Int) -> Int {
        let sentence = words[index].sentence
        var start = index
        while start > 0, words[start - 1].sentence == sentence { start -= 1 }
        var count = 0
        var position = start
        while position + 1 < words.count, words[position + 1].sentence == sentence {
            if words[position].isWord, words[position].isCapitalized, isFigure(words[position + 1]) { count += 1 }
            position += 1
        }
        return count
    }
}

/// The document's other mentions of its teams, and affiliations in parentheses.
extension DocumentNames {
    /// `mentions` with every mention of a team's name typed as the team ("Leeds beat Plymouth" after
    /// "Leeds 2 Plymouth 1"), except in a dateline ("LEEDS 1996-12-07"), and with a name in
    /// parentheses after a person typed as the person's club or party ("Ian Wright (Arsenal)",
    /// "Les Ferdinand (Newcastle)"), unless it is a country ("Michael Schumacher (Germany)").
    func withTeams(_ mentions: [Mention]) -> [Mention] {
        var result = mentions
        for index in result.indices.dropLast() {
            let (first, second) = (result[index], result[index + 1])
            guard isMatch(first, second) else { continue }
            for (position, mention) in [(index, first), (index + 1, second)]
            where !isCountry(mention) && mention.type != .norp && !isStrongPerson(mention) {
                result[position] = Mention(mention.first, mention.last, .org, rule: "team-score")
            }
        }
        var teams: Set<String> = []
        for mention in result where mention.rule == "team-score" { teams.insert(folded(mention)) }
        for index in result.indices {
            let mention = result[index]
            guard mention.rule != "team-score", mention.type != .norp, !isCountry(mention) else { continue }
            if !teams.isEmpty, teams.contains(folded(mention)), !isDateline(mention), !isStrongPerson(mention),
               !isVenue(mention) {
                result[index] = Mention(mention.first, mention.last, .org, rule: "team-echo")
            } else if index > 0, isAffiliation(mention, after: result[index - 1]) {
                result[index] = Mention(mention.first, mention.last, .org, rule: "affiliation")
            }
        }
        return result
    }

    /// Verbs of a game's result between two teams ("West Ham beat Wolves 4-0").
    static let resultVerbs: Set<String> = ["beat", "beats", "defeated", "defeat", "edged", "routed", "downed", "thrashed",
                                           "trounced", "crushed", "drew", "lost", "overcame", "outplayed"]

    /// Two names that played each other: "Leeds v Plymouth", "Celtic vs Rangers", or "West Ham beat
    /// Wolves 4-0" (a result verb between them and a score after the second, "with" or "to" allowed).
    private func isMatch(_ first: Mention, _ second: Mention) -> Bool {
        guard words[first.last].sentence == words[second.first].sentence, second.first > first.last + 1 else { return false }
        let between = (first.last + 1..<second.first).map { words[$0].key }
        if between == ["v"] || between == ["v."] || between == ["vs"] || between == ["vs."] { return true }
        guard let verb = between.first, Self.resultVerbs.contains(verb), between.count <= 3,
              between.dropFirst().allSatisfy({ ["the", "with", "to"].contains($0) }) else { return false }
        let score = second.last + 1
        guard score + 2 < words.count, words[score].sentence == words[second.last].sentence,
              words[score].key.allSatisfy(\.isNumber), !words[score].key.isEmpty,
              words[score + 1].key == "-" || words[score + 1].key == "\u{2013}",
              words[score + 2].key.allSatisfy(\.isNumber) else { return false }
        return true
    }

    private func folded(_ mention: Mention) -> String {
        (mention.first...mention.last).map { words[$0].key }.joined(separator: " ")
    }

    private func isCountry(_ mention: Mention) -> Bool {
        mention.type == .gpe && mention.canonical.map { lexicons.countries.contains($0) } == true
    }

    private func isStrongPerson(_ mention: Mention) -> Bool {
        mention.type == .person && (mention.rule == "title" || !mention.isSingleWord && lexicons.isGivenName(words[mention.first]))
    }

    /// "BOSTON AT PHOENIX", "won at Porto": a city after "at" is where the game is played.
    private func isVenue(_ mention: Mention) -> Bool {
        let before = mention.first - 1
        return mention.type == .gpe && before >= 0 && words[before].key == "at"
            && words[before].sentence == words[mention.first].sentence
    }

    /// A name followed by a date's year: the place a story was filed from.
    private func isDateline(_ mention: Mention) -> Bool {
        let next = mention.last + 1
        guard next < words.count, words[next].sentence == words[mention.last].sentence else { return false }
        let key = words[next].key
        return key.utf8.count == 4 && key.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// "(Arsenal)" right after a personal name.
    private func isAffiliation(_ mention: Mention, after previous: Mention) -> Bool {
        let open = mention.first - 1, close = mention.last + 1
        guard previous.type == .person, previous.last == open - 1, open > 0, close < words.count,
              words[open].key == "(", words[close].key == ")" else { return false }
        return mention.type == nil || mention.type == .gpe || mention.type == .person || mention.type == .org
    }
}
