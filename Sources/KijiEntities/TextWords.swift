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
    var isWord: Bool
    /// Starts with an upper-case letter ("Tokyo", "G7", "US").
    var isCapitalized: Bool
    /// Two or more letters, all upper case ("LDP", "U.S.", "WASHINGTON").
    var isAllCaps: Bool
    var isPossessive: Bool
    /// White space between the previous token and this one.
    var spaceBefore: Bool
    var sentence: Int
    /// First word of its sentence, or first after an opening quotation mark or bracket: a capital
    /// here says nothing about a name.
    var opensSentence: Bool
    /// Its sentence is written in capitals (a heading such as "NISSAN SENTRA").
    var inCapitalsLine = false
}

/// Builds the `Word` view of a document from its tokens and sentences.
enum TextWords {
    /// Abbreviations whose final period belongs to the word ("Mr.", "Corp.", "St.").
    static let periodAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "adm",
        "st", "jr", "sr", "corp", "inc", "co", "ltd", "mt", "ft", "no", "vs", "rev",
    ]
    static let openers: Set<Unicode.Scalar> = ["\u{201C}", "\"", "\u{2018}", "(", "[", "\u{00AB}", "'"]

    static func words(text: DocumentText, tokens: [Token], sentences given: [Span]) -> [Word] {
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
            if isWord, index + 1 < tokens.count, tokens[index + 1].start == end, scalars[end] == ".",
               tokens[index + 1].end == end + 1 {
                let body = fold(text.substring(token.start, end))
                let singleCapital = end - token.start == 1 && ScalarClass.isUppercase(scalars[token.start])
                if body.contains(".") || singleCapital || periodAbbreviations.contains(body) {
                    end += 1
                    index += 1
                }
            }
            let raw = text.substring(token.start, end)
            var rawKey = fold(raw)
            var key = rawKey
            var possessive = false
            if isWord, rawKey.count > 2, rawKey.hasSuffix("'s") {
                key = String(rawKey.dropLast(2))
                possessive = true
                end -= 2
            }
            if !isWord { rawKey = key }
            let letters = text.substring(token.start, end).unicodeScalars.filter { ScalarClass.isLetter($0) }
            let first = scalars[token.start]
            let capitalized = isWord && ScalarClass.isUppercase(first)
            let allCaps = isWord && letters.count >= 2 && letters.allSatisfy { ScalarClass.isUppercase($0) }
            let sentence = sentenceIndex < sentences.count && sentences[sentenceIndex].start <= token.start
                ? sentenceIndex : -1
            var opens = false
            if isWord {
                if sentence != lastSentence || sentence == -1 {
                    opens = true
                } else if let previous = words.last, !previous.isWord,
                          let mark = scalars[previous.start...].first, openers.contains(mark) {
                    opens = true
                }
                lastSentence = sentence
            }
            words.append(Word(start: token.start, end: end, key: key, rawKey: rawKey, isWord: isWord,
                              isCapitalized: capitalized, isAllCaps: allCaps, isPossessive: possessive,
                              spaceBefore: spaceBefore, sentence: sentence, opensSentence: opens))
            index += 1
        }
        markCapitalsLines(&words)
        return words
    }

    /// Flags the words of sentences whose words (two or more) are all in capitals.
    static func markCapitalsLines(_ words: inout [Word]) {
        var start = 0
        while start < words.count {
            var end = start
            while end + 1 < words.count, words[end + 1].sentence == words[start].sentence { end += 1 }
            let lettered = words[start...end].filter { $0.isWord && $0.key.contains(where: \.isLetter) }
            if lettered.count >= 2, lettered.allSatisfy({ $0.isAllCaps || $0.key.count == 1 }) {
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
        return words(text: text, tokens: tokens, sentences: [span]).map(\.rawKey)
    }
}
