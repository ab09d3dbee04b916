/// Numbers that belong to a name or are no number at all: "G7", "F-35", "Boeing 737", "Group of
/// Seven", "the one that", "one-sided". (Entity spans, when present, are checked by the stage.)
extension ScanContext {
    /// Digits at `i` that are part of a name: glued to letters ("G7", "AC1900"), after a
    /// capitalized word and a hyphen ("COVID-19"), or after a hyphen that continues such a name
    /// ("A350-900", "Boeing 737-800").
    func isInsideName(digitsAt i: Int) -> Bool {
        guard i > 0, tokens[i].isDigits || tokens[i].kind == .symbol else { return false }
        let previous = tokens[i - 1]
        if glued(i), previous.isWord { return entry(i - 1).currency == nil }
        if glued(i), isHyphen(i - 1), i > 1, glued(i - 1), tokens[i - 2].isWord, tokens[i - 2].capitalized {
            return !isDateWord(i - 2)
        }
        if tokens[i].isDigits, glued(i), isHyphen(i - 1), i > 1, glued(i - 1), tokens[i - 2].isDigits,
           isInsideName(digitsAt: i - 2) || (isNameBeforeDigits(i - 2) && max(tokens[i - 2].length, tokens[i].length) > 2
                                               && !hasResultVerb(before: i - 2)) {
            return true
        }
        // "7-Eleven": digits, a hyphen and a capitalized word written together.
        var end = i + 1
        while end < count, glued(end), tokens[end].isDigits || lower(end) == "," || lower(end) == "." { end += 1 }
        if end + 1 < count, isHyphen(end), glued(end), glued(end + 1), tokens[end + 1].isWord, tokens[end + 1].capitalized,
           !isDateWord(end + 1) {
            return true
        }
        return false
    }

    /// A capitalized word before the digits at `i` that makes them part of a name ("Boeing 737",
    /// "Section 232", "RTX 2060"): inside a sentence any capitalized word but a date word or a
    /// currency; at the start of a sentence a noun that names things by number ("Section").
    func isNameBeforeDigits(_ i: Int) -> Bool {
        guard i > 0, !tokens[i].breakBefore, tokens[i - 1].isWord, tokens[i - 1].hasUpper else { return false }
        if startsSentence(i - 1) {
            return tokens[i - 1].capitalized && entry(i - 1).flags.contains(.nameNumberHead)
        }
        return !isDateWord(i - 1) && entry(i - 1).currency == nil
            && !(i > 1 && tokens[i - 2].isWord && entry(i - 2).flags.contains(.dateModifier))
    }

    /// A bare number inside a name: a capitalized number word inside a sentence ("Group of
    /// Seven", "the Second World War"), digits after a capitalized word ("Boeing 737", "Section
    /// 232") unless they open a score ("Nadal 6-4"), a model number between a determiner and a
    /// capitalized word ("the 737 MAX"), or a number after "of" in a capitalized name ("Group of 20").
    func isCapitalizedInsideName(_ phrase: NumberPhrase) -> Bool {
        let i = phrase.first
        if phrase.inWords, tokens[i].capitalized, !startsSentence(i) { return true }
        if !phrase.inWords, isNameBeforeDigits(i), !opensScore(phrase) { return true }
        if phrase.isPlainInteger, phrase.digitCount >= 3, yearValue(i) == nil, i > 0, tokens[i - 1].isWord, !tokens[i].breakBefore,
           entry(i - 1).flags.contains(.determiner), startsSentence(i - 1) || !tokens[i - 1].capitalized,
           phrase.end < count, singleSpaceBefore(phrase.end), tokens[phrase.end].isWord, tokens[phrase.end].capitalized,
           !isDateWord(phrase.end), entry(phrase.end).unit == nil, entry(phrase.end).currency == nil {
            return true
        }
        if i > 1, isWord(i - 1, "of"), tokens[i - 2].isWord, tokens[i - 2].capitalized, !startsSentence(i - 2), !isDateWord(i - 2) {
            return true
        }
        return false
    }

    /// One or two digits, then a hyphen or dash and one or two digits written against them:
    /// a score or a short range ("6-4", "2–1").
    func opensScore(_ phrase: NumberPhrase) -> Bool {
        let k = phrase.end
        guard phrase.isPlainInteger, phrase.digitCount <= 3, k + 1 < count, isRangeDash(k), glued(k), glued(k + 1),
              tokens[k + 1].isDigits, tokens[k + 1].length <= 3 else { return false }
        if phrase.digitCount <= 2, tokens[k + 1].length <= 2 { return true }
        // "beat the Knicks 102-98" (not "Boeing 747-400"): three digits need a result verb before.
        return hasResultVerb(before: phrase.first)
    }

    /// Verbs that report a game's result, looked for in the eight words before a score.
    static let resultVerbs: Set<String> = ["beat", "beats", "defeated", "defeats", "edged", "routed", "downed", "topped",
                                           "won", "lost", "drew", "trounced", "thrashed", "outlasted", "victory", "win", "loss"]

    func hasResultVerb(before i: Int) -> Bool {
        var j = i - 1
        while j >= 0, i - j <= 8, !(tokens[j].kind == .symbol && [".", "!", "?", ";"].contains(lower(j))) {
            if tokens[j].isWord, Self.resultVerbs.contains(lower(j)) { return true }
            j -= 1
        }
        return false
    }

    /// A hyphen or an en dash at `k`.
    func isRangeDash(_ k: Int) -> Bool { isHyphen(k) || word(k) == "\u{2013}" }

    /// "one" as a pronoun or in an idiom: "the one that", "one can", "one another", "one-sided".
    func isPronounOne(_ phrase: NumberPhrase) -> Bool {
        let i = phrase.first
        guard phrase.inWords, phrase.end == i + 1, lower(i) == "one" else { return false }
        if i > 0, !tokens[i].breakBefore, tokens[i - 1].isWord, entry(i - 1).flags.contains(.pronounBefore) { return true }
        if i + 1 < count, !tokens[i + 1].breakBefore, tokens[i + 1].isWord, entry(i + 1).flags.contains(.pronounAfter) { return true }
        for idiom in lexicon.oneIdioms {
            // Every "one" of the idiom may be the one at `i` ("one-on-one").
            for (at, word) in idiom.enumerated() where word == "one" {
                let start = i - at
                guard start >= 0, start + idiom.count <= count else { continue }
                if idiom.enumerated().allSatisfy({ k, word in lower(start + k) == word }) { return true }
            }
        }
        return false
    }

    /// A month, weekday or date modifier word at `i` (names before a day number are dates).
    func isDateWord(_ i: Int) -> Bool {
        let e = entry(i)
        return e.month != nil || e.weekday != nil || e.flags.contains(.dateModifier) || e.relative != nil || e.season != nil
    }
}
