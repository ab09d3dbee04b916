import KijiCore
/// A word of the text as the splitter sees it: a run of non-space scalars, without the opening
/// quotation marks or brackets before it.
struct ScannedWord {
    /// Scalar offsets of the word, trailing punctuation included.
    let range: Range<Int>
    /// The word with its trailing punctuation removed ("Smith" for "Smith,").
    let core: String
    /// The word up to and including a final period ("Sen." for "Sen.", "Smith" for "Smith,").
    let withPeriod: String
    let first: Unicode.Scalar
    /// The scalar after the core, if any (a period, a comma, a closing quotation mark…).
    let trailing: Unicode.Scalar?

    var isCapitalized: Bool { ScalarClass.isUppercase(first) }
    var isLowercase: Bool { ScalarClass.isLowercase(first) }
    var startsWithDigit: Bool { ScalarScanner.isNumeric(first) }
    /// A single letter and a period ("E.", "I."): an initial, when it is one.
    var isInitial: Bool { core.unicodeScalars.count == 1 && ScalarClass.isLetter(first) && trailing == "." }
}

/// Read-only scanning over the scalars of a text: character classes and the words around an
/// offset. No String indexes: everything works on the scalar array.
struct ScalarScanner {
    let scalars: [Unicode.Scalar]

    var count: Int { scalars.count }

    func isSpace(_ i: Int) -> Bool {
        let v = scalars[i].value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return ScalarClass.isWhitespace(scalars[i])
    }

    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Closing quotation marks and brackets that may follow a sentence's final punctuation.
    static func isCloser(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s == "\"" || s == "'" || s == ")" || s == "]" || s == "}" }
        switch s.properties.generalCategory {
        case .closePunctuation, .finalPunctuation: return true
        default: return s == "’" || s == "”" || s == "»" || s == "›"
        }
    }

    /// Opening quotation marks and brackets that may precede a sentence's first word.
    static func isOpener(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s == "\"" || s == "'" || s == "(" || s == "[" || s == "{" }
        switch s.properties.generalCategory {
        case .openPunctuation, .initialPunctuation: return true
        default: return s == "“" || s == "‘" || s == "«" || s == "‹"
        }
    }

    /// Quotation marks only (not brackets).
    static func isQuotationMark(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s == "\"" || s == "'" : s.properties.isQuotationMark
    }

    static func isSentenceTerminal(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s == "." || s == "!" || s == "?" }
        return s.properties.isSentenceTerminal || s == "…"
    }

    /// A scalar with a numeric value (digits, but also "½" or "²").
    static func isNumeric(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s.value >= 0x30 && s.value <= 0x39 : s.properties.numericType != nil
    }

    func text(_ range: Range<Int>) -> String {
        DocumentText.string(scalars[range])
    }

    /// The offset after the last non-space scalar in `lower..<end`.
    func trimmedEnd(_ end: Int, lower: Int) -> Int {
        var e = end
        while e > lower, isSpace(e - 1) { e -= 1 }
        return e
    }

    /// True when `range` holds a line break.
    func holdsNewline(_ range: Range<Int>) -> Bool {
        range.contains { Self.isNewline(scalars[$0]) }
    }

    /// The word that starts at or after `offset`, skipping spaces and opening marks; nil when a
    /// line break or the end of `limit` comes first.
    func word(from offset: Int, limit: Int? = nil) -> ScannedWord? {
        let end = limit ?? count
        var i = offset
        while i < end, isSpace(i) {
            if Self.isNewline(scalars[i]) { return nil }
            i += 1
        }
        while i < end, Self.isOpener(scalars[i]) { i += 1 }
        guard i < end, !isSpace(i) else { return nil }
        var j = i
        while j < end, !isSpace(j) { j += 1 }
        return makeWord(i..<j)
    }

    /// The word that ends at `end` (exclusive; spaces before `end` skipped), not reaching before `lower`.
    func word(endingAt end: Int, lower: Int) -> ScannedWord? {
        let e = trimmedEnd(end, lower: lower)
        guard e > lower else { return nil }
        var s = e
        while s > lower, !isSpace(s - 1) { s -= 1 }
        while s < e, Self.isOpener(scalars[s]) { s += 1 }
        guard s < e else { return nil }
        return makeWord(s..<e)
    }

    /// The word after `word` on the same line.
    func word(after word: ScannedWord, limit: Int? = nil) -> ScannedWord? {
        self.word(from: word.range.upperBound, limit: limit)
    }

    private func makeWord(_ range: Range<Int>) -> ScannedWord {
        var coreEnd = range.upperBound
        while coreEnd > range.lowerBound + 1, !isWordBody(scalars[coreEnd - 1]) { coreEnd -= 1 }
        let core = text(range.lowerBound..<coreEnd)
        let trailing: Unicode.Scalar? = coreEnd < range.upperBound ? scalars[coreEnd] : nil
        let withPeriod = trailing == "." ? core + "." : core
        return ScannedWord(range: range, core: core, withPeriod: withPeriod, first: scalars[range.lowerBound], trailing: trailing)
    }

    private func isWordBody(_ s: Unicode.Scalar) -> Bool {
        ScalarClass.isLetter(s) || Self.isNumeric(s) || s == "%" || s == "$"
    }

    /// Number of space-separated words in `range`.
    func wordCount(_ range: Range<Int>) -> Int {
        var words = 0
        var inWord = false
        for i in range {
            if isSpace(i) { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        return words
    }
}
