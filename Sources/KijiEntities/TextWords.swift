import KijiCore

/// One word of the text as the entity rules see it: an ICU word token with its possessive "'s"
/// left out of the span and an abbreviation's final period taken in ("U.S.", "Corp."), or one
/// punctuation token.
struct Word: Sendable {
    var start: Int
    var end: Int
    /// Lower case, without diacritics, straight apostrophes, possessive removed: "katō’s" → "kato".
    var key: String
    /// As `key` but with the possessive kept ("minister's"), for names that contain one.
    var rawKey: String
    /// Vocabulary id of `key` (a document-local id when no lexicon holds it).
    var id: Int32
    /// Vocabulary id of `rawKey`.
    var rawID: Int32
    var isWord: Bool
    /// Starts with an upper-case letter ("Tokyo", "G7", "US").
    var isCapitalized: Bool
    /// Two or more letters, all upper case ("LDP", "U.S.", "WASHINGTON").
    var isAllCaps: Bool
    var isPossessive: Bool
    /// `key` holds a letter.
    var hasLetter: Bool
    /// An ASCII capital right after an ASCII lower-case letter: "WeWork", "McDonald", "iPad".
    var hasInnerCapital = false
    /// White space between the previous token and this one.
    var spaceBefore: Bool
    var sentence: Int
    /// First word of its sentence, or first after an opening quotation mark or bracket: a capital
    /// here says nothing about a name.
    var opensSentence: Bool
    /// Its sentence is written in capitals (a heading such as "NISSAN SENTRA").
    var inCapitalsLine = false
}

/// `TextWords.fold` of each precomposed Latin letter of U+00C0–U+024F, as UTF-8 ("ō" → "o",
/// "Ł" → "ł"), computed once: folding a word of such letters scalar by scalar gives its fold
/// (lower case and diacritic removal act on each of them alone).
enum LatinFolds {
    static let range: ClosedRange<UInt32> = 0xC0...0x24F
    private static let table: [[UInt8]] = range.map { value in
        Array(TextWords.fold(String(Character(Unicode.Scalar(value)!))).utf8)
    }

    @inline(__always) static func fold(_ value: UInt32) -> [UInt8]? {
        range.contains(value) ? table[Int(value - range.lowerBound)] : nil
    }
}

/// Builds the `Word` view of a document from its tokens and sentences.
enum TextWords {
    /// Abbreviations whose final period belongs to the word ("Mr.", "Corp.", "St.").
    static let periodAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "adm",
        "st", "jr", "sr", "corp", "inc", "co", "ltd", "mt", "ft", "no", "vs", "rev",
    ]
    /// Marks after which a capital says nothing about a name: quotation marks and brackets.
    @inline(__always) static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\u{201C}", "\"", "\u{2018}", "(", "[", "\u{00AB}", "'": return true
        default: return false
        }
    }

    /// The words of a document, each with its key's id from `ids` (which hands out document-local
    /// ids for keys no lexicon holds).
    static func words(text: DocumentText, tokens: [Token], sentences given: [Span], ids: inout DocumentWordIDs) -> [Word] {
        let scalars = text.scalars
        let sentences = given.isEmpty ? roughSentences(text: text, tokens: tokens) : given
        var words: [Word] = []
        words.reserveCapacity(tokens.count)
        var sentenceIndex = 0
        var lastSentence = -1
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            while sentenceIndex < sentences.count, sentences[sentenceIndex].end <= token.start { sentenceIndex += 1 }
            let spaceBefore = token.start == 0 || ScalarClass.isWhitespace(scalars[token.start - 1])
            var end = token.end
            let isWord = token.kind == .word || token.kind == .number
            var (rawKey, rawHash) = foldedKey(text, token.start, end)
            if isWord, index + 1 < tokens.count, tokens[index + 1].start == end, scalars[end] == ".",
               tokens[index + 1].end == end + 1 {
                let body = rawKey
                let singleCapital = end - token.start == 1 && ScalarClass.isUppercase(scalars[token.start])
                if body.utf8.contains(UInt8(ascii: ".")) || singleCapital || periodAbbreviations.contains(body) {
                    end += 1
                    index += 1
                    (rawKey, rawHash) = foldedKey(text, token.start, end)
                }
            }
            var key = rawKey
            var possessive = false
            if isWord, endsWithPossessive(rawKey) {
                key = String(rawKey.dropLast(2))
                possessive = true
                end -= 2
            }
            var letterCount = 0
            var allUpper = true
            var innerCapital = false
            for position in token.start..<end where ScalarClass.isLetter(scalars[position]) {
                letterCount += 1
                let value = scalars[position].value
                if allUpper, !ScalarClass.isUppercase(scalars[position]) { allUpper = false }
                if value >= 65, value <= 90, position > token.start, (97...122).contains(scalars[position - 1].value) {
                    innerCapital = true
                }
            }
            let capitalized = isWord && ScalarClass.isUppercase(scalars[token.start])
            let allCaps = isWord && letterCount >= 2 && allUpper
            let sentence = sentenceIndex < sentences.count && sentences[sentenceIndex].start <= token.start
                ? sentenceIndex : -1
            var opens = false
            if isWord {
                if sentence != lastSentence || sentence == -1 {
                    opens = true
                } else if let previous = words.last, !previous.isWord, isOpener(scalars[previous.start]) {
                    opens = true
                }
                lastSentence = sentence
            }
            let id = possessive ? ids.id(of: key) : ids.id(of: key, hash: rawHash)
            let rawID = possessive ? ids.id(of: rawKey, hash: rawHash) : id
            words.append(Word(start: token.start, end: end, key: key, rawKey: isWord ? rawKey : key, id: id, rawID: rawID,
                              isWord: isWord, isCapitalized: capitalized, isAllCaps: allCaps, isPossessive: possessive,
                              hasLetter: hasLetter(key), hasInnerCapital: innerCapital, spaceBefore: spaceBefore,
                              sentence: sentence, opensSentence: opens))
            index += 1
        }
        markCapitalsLines(&words)
        return words
    }

    /// `fold` of `text[start..<end]`, straight from the scalars when `fold` would act on each
    /// scalar alone: ASCII (lower-cased), curly quotation marks (straightened), the dashes and
    /// marks of U+2002–U+206F (no case, no decomposition), and the precomposed Latin letters of
    /// U+00C0–U+024F (their fold from `LatinFolds`); through `fold` otherwise.
    static func foldedKey(_ text: DocumentText, _ start: Int, _ end: Int) -> (key: String, hash: Int) {
        let scalars = text.scalars
        var byteCount = 0
        for position in start..<end {
            let value = TextFolding.straightened(scalars[position]).value
            if value < 0x80 {
                byteCount += 1
            } else if (0x2002...0x206F).contains(value) {
                byteCount += 3
            } else if let folded = LatinFolds.fold(value) {
                byteCount += folded.count
            } else {
                let key = fold(text.substring(start, end))
                return (key, KeyTable.hash(key))
            }
        }
        let key = String(unsafeUninitializedCapacity: byteCount) { buffer in
            var index = 0
            for position in start..<end {
                let value = TextFolding.straightened(scalars[position]).value
                if value < 0x80 {
                    buffer[index] = UInt8(value >= 65 && value <= 90 ? value + 32 : value)
                    index += 1
                } else if let folded = LatinFolds.fold(value) {
                    for byte in folded {
                        buffer[index] = byte
                        index += 1
                    }
                } else {
                    buffer[index] = UInt8(0xE0 | (value >> 12))
                    buffer[index + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[index + 2] = UInt8(0x80 | (value & 0x3F))
                    index += 3
                }
            }
            return index
        }
        var hash = KeyTable.hashSeed
        key.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes { hash = KeyTable.hashStep(hash, byte) }
        }
        return (key, KeyTable.finish(hash))
    }

    /// Whether a folded key ends with a possessive "'s" after at least one more character.
    private static func endsWithPossessive(_ key: String) -> Bool {
        // Cheap necessary condition first: the last two bytes are "'s".
        let bytes = key.utf8
        guard bytes.count > 2, bytes.last == UInt8(ascii: "s"),
              bytes[bytes.index(bytes.endIndex, offsetBy: -2)] == UInt8(ascii: "'") else { return false }
        return key.count > 2 && key.hasSuffix("'s")
    }

    /// Whether a key holds a letter.
    private static func hasLetter(_ key: String) -> Bool {
        var ascii = true
        for byte in key.utf8 {
            if (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) { return true }
            if byte >= 0x80 { ascii = false }
        }
        return ascii ? false : key.contains(where: \.isLetter)
    }

    /// Flags the words of sentences whose words (two or more) are all in capitals.
    static func markCapitalsLines(_ words: inout [Word]) {
        var start = 0
        while start < words.count {
            var end = start
            while end + 1 < words.count, words[end + 1].sentence == words[start].sentence { end += 1 }
            var lettered = 0
            var allCaps = true
            for index in start...end where words[index].isWord && words[index].hasLetter {
                lettered += 1
                if !(words[index].isAllCaps || words[index].key.count == 1) { allCaps = false; break }
            }
            if lettered >= 2, allCaps {
                for index in start...end { words[index].inCapitalsLine = true }
            }
            start = end + 1
        }
    }

    /// Sentences for a document that comes without them: a break after final punctuation or at
    /// a line break. Rough (abbreviations split), but it keeps "first word of a sentence" meaningful.
    static func roughSentences(text: DocumentText, tokens: [Token]) -> [Span] {
        guard let firstToken = tokens.first else { return [] }
        var spans: [Span] = []
        var start = firstToken.start
        for (index, token) in tokens.enumerated().dropFirst() {
            let previous = tokens[index - 1]
            let lineBreak = text.scalars[previous.end..<token.start].contains { $0 == "\n" }
            var finalMark = previous.kind == .punctuation && [".", "?", "!"].contains(text.scalars[previous.start])
            if finalMark, text.scalars[previous.start] == ".", index >= 2, tokens[index - 2].end == previous.start {
                // "M." (an initial) and "Mr." do not end a sentence
                let before = fold(text.substring(tokens[index - 2].start, tokens[index - 2].end))
                if before.count == 1 || periodAbbreviations.contains(before) { finalMark = false }
            }
            if lineBreak || (finalMark && previous.end < token.start) {
                spans.append(text.span(start, previous.end))
                start = token.start
            }
        }
        spans.append(text.span(start, tokens[tokens.count - 1].end))
        return spans
    }

    /// Lower case, diacritics removed, curly apostrophes straightened.
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().withoutDiacritics.unicodeScalars {
            scalars.append(TextFolding.straightened(scalar))
        }
        return String(scalars)
    }

    /// The keys of `phrase` split the way the text's words are: the lexicons' entries go through
    /// the same tokenizer as the documents.
    static func keys(of phrase: String) throws -> [String] {
        let text = DocumentText(phrase)
        let tokens = try WordTokenizer.tokens(of: text)
        let span = Span(start: 0, end: text.count, text: phrase)
        var ids = DocumentWordIDs(vocabulary: WordVocabulary())
        return words(text: text, tokens: tokens, sentences: [span], ids: &ids).map(\.rawKey)
    }
}
