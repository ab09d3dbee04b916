import KijiCore

/// A light token of the number scanner: a run of letters, a run of ASCII digits, or one other
/// non-space scalar. Offsets are scalar offsets into the document text.
struct NumberToken: Sendable {
    enum Kind: UInt8, Sendable { case word, digits, symbol }

    let start: Int
    let end: Int
    let kind: Kind
    /// Lower-cased text of a word; the text itself for digits and symbols.
    let lower: String
    /// White space separates it from the token before.
    let spaceBefore: Bool
    /// A line break separates it from the token before (a paragraph or heading boundary).
    let breakBefore: Bool
    /// A word whose first letter is upper case.
    let capitalized: Bool
    /// A word with an upper-case letter anywhere ("iPhone").
    let hasUpper: Bool

    var length: Int { end - start }
    var isWord: Bool { kind == .word }
    var isDigits: Bool { kind == .digits }
}

/// Splits text into `NumberToken`s by walking its scalars once.
enum NumberTokenizer {
    static func tokens(_ scalars: [Unicode.Scalar]) -> [NumberToken] {
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
            var text = String.UnicodeScalarView()
            var hasUpper = false
            if isDigit(scalar) {
                kind = .digits
                while index < count, isDigit(scalars[index]) { text.append(scalars[index]); index += 1 }
            } else if isLetter(scalar) {
                kind = .word
                while index < count, isLetter(scalars[index]) || (index > start && isMark(scalars[index])) {
                    if ScalarClass.isUppercase(scalars[index]) { hasUpper = true }
                    appendLowercased(scalars[index], to: &text)
                    index += 1
                }
            } else {
                kind = .symbol
                text.append(scalar)
                index += 1
            }
            let capitalized = kind == .word && ScalarClass.isUppercase(scalar)
            tokens.append(NumberToken(start: start, end: index, kind: kind, lower: String(text),
                                      spaceBefore: space, breakBefore: lineBreak, capitalized: capitalized,
                                      hasUpper: hasUpper))
            space = false
            lineBreak = false
        }
        return tokens
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

    private static func appendLowercased(_ scalar: Unicode.Scalar, to text: inout String.UnicodeScalarView) {
        if scalar.value < 128 {
            let v = scalar.value
            text.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : scalar)
        } else {
            text.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }
}
