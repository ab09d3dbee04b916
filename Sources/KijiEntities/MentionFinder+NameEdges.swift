/// Where a name ends or goes on at hyphens and connectors: participles and codes glued by a
/// hyphen end it ("Party-controlled", "IL-25"), a hyphenated given name's syllable belongs to it
/// ("Ing-wen"), and "and" joins an agency's or a law's name ("Securities and Exchange Commission").
extension MentionFinder {
    /// A lower-case participle glued to a name by a hyphen, which ends the name: "Party-controlled
    /// House", "London-based", "Saudi-led".
    func isAttributiveSuffix(_ index: Int) -> Bool {
        let word = words[index]
        guard word.isWord, !word.isCapitalized else { return false }
        return (word.key.utf8.count >= 3 && word.key.hasSuffix("ed")) || Self.attributiveWords.contains(word.key)
    }

    static let attributiveWords: Set<String> = ["born", "made", "run", "wide", "style", "like", "free", "owned", "held"]

    /// The lower-case end of a hyphenated given name, glued to a capitalized word: "wen" in "Tsai
    /// Ing-wen", "in" in "Moon Jae-in" (a syllable, not a common word such as "era" or "language").
    func isHyphenatedNameEnd(_ index: Int) -> Bool {
        // The hyphenated word follows a family name: "Tsai Ing-wen", not "Trump-era" or "X-ray".
        guard index >= 3, words[index].isWord, !words[index].isCapitalized, !words[index].spaceBefore,
              words[index - 1].key == "-", !words[index - 1].spaceBefore,
              words[index - 2].isWord, words[index - 2].isCapitalized, !words[index - 2].isAllCaps,
              words[index - 2].spaceBefore, words[index - 3].isWord, words[index - 3].isCapitalized,
              !lexicons.notNames.contains(words[index - 3]) else { return false }
        let key = words[index].key
        return key.utf8.count <= 2 || (key.utf8.count <= 4 && !lexicons.commonWords.contains(words[index]))
    }

    /// With "and" in a name: the word before it is a common word, and two or more capitalized
    /// words after it end with an organization word or a law's head ("Securities and Exchange
    /// Commission", "Human Rights and Democracy Act"; not "Toyota and Honda Motor", "McClatchy
    /// and Tribune").
    func andJoinsName(at index: Int, last: Int) -> Bool {
        guard lexicons.commonWords.contains(words[last]), knownName(at: last, limit: last + 1) == nil,
              !lexicons.isKnownNamePart(words[last]), !words[last].isAllCaps else { return false }
        var end = index
        while end + 1 < words.count, end + 1 - index <= 4, words[end + 1].sentence == words[index].sentence,
              isChunkWord(end + 1) {
            end += 1
        }
        guard end > index + 1 else { return false }
        return lexicons.orgWords.contains(words[end]) || lexicons.lawHeads.contains(words[end])
    }

    /// A hyphen and a number glued after a word in capitals: "IL-25", "CA-125" are codes, not
    /// the states their letters abbreviate.
    func isCodeWithNumber(_ index: Int) -> Bool {
        guard index + 1 < words.count, words[index].key == "-", !words[index].spaceBefore,
              !words[index + 1].spaceBefore, let first = words[index + 1].key.utf8.first else { return false }
        return first >= 48 && first <= 57
    }
}
