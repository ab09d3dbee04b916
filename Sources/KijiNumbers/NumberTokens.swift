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
    /// Its id in the lexicon's `Vocabulary`, 0 when the lexicon does not know it.
    let entry: Int32

    var length: Int { end - start }
    var isWord: Bool { kind == .word }
    var isDigits: Bool { kind == .digits }
}

/// Splits text into `NumberToken`s by walking its scalars once, lower-casing each word into a
/// reused byte buffer (a short word becomes a small string without allocation) and looking it up
/// in the vocabulary by the hash computed on the way.
enum NumberTokenizer {
    static func tokens(_ scalars: [Unicode.Scalar], vocabulary: Vocabulary? = nil) -> [NumberToken] {
        var tokens: [NumberToken] = []
        tokens.reserveCapacity(scalars.count / 4)
        var index = 0
        var space = false
        var lineBreak = true
        let count = scalars.count
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
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
            bytes.removeAll(keepingCapacity: true)
            var hasUpper = false
            if isDigit(scalar) {
                kind = .digits
                while index < count, isDigit(scalars[index]) { bytes.append(UInt8(scalars[index].value)); index += 1 }
            } else if isLetter(scalar) {
                kind = .word
                while index < count {
                    let s = scalars[index]
                    if s.value < 0x80 {
                        let v = s.value
                        if v >= 65 && v <= 90 {
                            hasUpper = true
                            bytes.append(UInt8(v + 32))
                        } else if v >= 97 && v <= 122 {
                            bytes.append(UInt8(v))
                        } else {
                            break
                        }
                    } else if isLetter(s) || (index > start && isMark(s)) {
                        if ScalarClass.isUppercase(s) { hasUpper = true }
                        for lowered in s.properties.lowercaseMapping.unicodeScalars { bytes.append(contentsOf: UTF8.encode(lowered)!) }
                    } else {
                        break
                    }
                    index += 1
                }
            } else {
                kind = .symbol
                bytes.append(contentsOf: UTF8.encode(scalar)!)
                index += 1
            }
            let lower = String(decoding: bytes, as: UTF8.self)
            let entry = vocabulary?.id(of: lower, hash: Vocabulary.hash(bytes)) ?? 0
            let capitalized = kind == .word && ScalarClass.isUppercase(scalar)
            tokens.append(NumberToken(start: start, end: index, kind: kind, lower: lower,
                                      spaceBefore: space, breakBefore: lineBreak, capitalized: capitalized,
                                      hasUpper: hasUpper, entry: entry))
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
}
