import KijiCore

/// A light token of the number scanner: a run of letters, a run of ASCII digits, or one other
/// non-space scalar. Offsets are scalar offsets into the document text. Its lower-cased text is
/// not stored: `ScanContext.lower` gives it (from the vocabulary for a known word).
struct NumberToken: Sendable {
    enum Kind: UInt8, Sendable { case word, digits, symbol }

    let startOffset: Int32
    let endOffset: Int32
    /// Its id in the lexicon's `Vocabulary`, 0 when the lexicon does not know it.
    let entry: Int32
    let kind: Kind
    /// White space separates it from the token before.
    let spaceBefore: Bool
    /// A line break separates it from the token before (a paragraph or heading boundary).
    let breakBefore: Bool
    /// A word whose first letter is upper case.
    let capitalized: Bool
    /// A word with an upper-case letter anywhere ("iPhone").
    let hasUpper: Bool

    var start: Int { Int(startOffset) }
    var end: Int { Int(endOffset) }
    var length: Int { Int(endOffset - startOffset) }
    var isWord: Bool { kind == .word }
    var isDigits: Bool { kind == .digits }
}

/// Splits text into `NumberToken`s by walking its scalars once. A word is hashed lower-cased on
/// the way (no string is built) and looked up once in the vocabulary.
enum NumberTokenizer {
    static func tokens(_ scalars: [Unicode.Scalar], vocabulary: Vocabulary? = nil) -> [NumberToken] {
        var tokens: [NumberToken] = []
        tokens.reserveCapacity(scalars.count / 4)
        var index = 0
        var space = false
        var lineBreak = true
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if isWhitespace(scalar) {
                space = true
                if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" { lineBreak = true }
                index += 1
                continue
            }
            let start = index
            let kind: NumberToken.Kind
            var hasUpper = false
            var entry: Int32 = 0
            if isDigit(scalar) {
                kind = .digits
                while index < count, isDigit(scalars[index]) { index += 1 }
            } else if isLetter(scalar) {
                kind = .word
                var hash = Vocabulary.seed
                var ascii = true
                while index < count {
                    let s = scalars[index]
                    if s.value < 0x80 {
                        let v = s.value
                        if v >= 65 && v <= 90 {
                            hasUpper = true
                            hash = Vocabulary.step(hash, UInt8(v + 32))
                        } else if v >= 97 && v <= 122 {
                            hash = Vocabulary.step(hash, UInt8(v))
                        } else {
                            break
                        }
                    } else if isLetter(s) || (index > start && isMark(s)) {
                        ascii = false
                        if ScalarClass.isUppercase(s) { hasUpper = true }
                    } else {
                        break
                    }
                    index += 1
                }
                if let vocabulary {
                    entry = ascii
                        ? vocabulary.id(ofASCII: scalars[start..<index], hash: hash)
                        : vocabulary.id(of: lowered(scalars[start..<index]))
                }
            } else {
                kind = .symbol
                index += 1
                if let vocabulary { entry = vocabulary.id(of: String(scalar)) }
            }
            let capitalized = kind == .word && ScalarClass.isUppercase(scalar)
            tokens.append(NumberToken(startOffset: Int32(start), endOffset: Int32(index), entry: entry, kind: kind,
                                      spaceBefore: space, breakBefore: lineBreak, capitalized: capitalized,
                                      hasUpper: hasUpper))
            space = false
            lineBreak = false
        }
        return tokens
    }

    /// The lower-cased text of `scalars` (digits and symbols as they are).
    static func lowered(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        for scalar in scalars {
            if scalar.value < 0x80 {
                let v = scalar.value
                view.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : scalar)
            } else {
                view.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(view)
    }

    /// The lower-cased texts of the tokens of `text`.
    static func lowerTexts(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return tokens(scalars).map { lowered(scalars[$0.start..<$0.end]) }
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 { return scalar.value == 32 || (scalar.value >= 9 && scalar.value <= 13) }
        return ScalarClass.isWhitespace(scalar)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 {
            let v = scalar.value | 0x20
            return v >= 97 && v <= 122
        }
        return ScalarClass.isLetter(scalar)
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
