import KijiCore

/// A word or a punctuation mark of the text, as the attribution rules see it: words are runs of
/// letters and digits, joined across an inner hyphen or apostrophe ("so-called", "Katō’s").
struct Word: Sendable {
    let start: Int
    let end: Int
    /// Lower-cased, apostrophes straightened; the mark itself for punctuation.
    let lower: String
    let isWord: Bool
    let isCapitalized: Bool

    /// The word without a possessive ending ("katō's" → "katō").
    var withoutPossessive: String {
        lower.hasSuffix("'s") ? String(lower.dropLast(2)) : lower
    }
    var isPossessive: Bool { isWord && lower.hasSuffix("'s") }
    /// A full stop, question mark or exclamation mark.
    var isSentenceEnd: Bool { !isWord && (lower == "." || lower == "?" || lower == "!") }
}

enum Words {
    /// The words and punctuation marks of `scalars`, white space dropped.
    static func split(_ scalars: [Unicode.Scalar]) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(scalars.count / 5)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if ScalarClass.isWhitespace(scalar) {
                index += 1
                continue
            }
            guard isWordScalar(scalar) else {
                words.append(Word(start: index, end: index + 1, lower: String(TextFolding.straightened(scalar)),
                                  isWord: false, isCapitalized: false))
                index += 1
                continue
            }
            let start = index
            index += 1
            while index < scalars.count {
                if isWordScalar(scalars[index]) {
                    index += 1
                } else if isJoiner(scalars[index]), index + 1 < scalars.count, isWordScalar(scalars[index + 1]) {
                    index += 2
                } else {
                    break
                }
            }
            words.append(Word(start: start, end: index, lower: lowered(scalars[start..<index]), isWord: true,
                              isCapitalized: ScalarClass.isUppercase(scalar)))
        }
        return words
    }

    /// The word lower-cased with its apostrophes straightened: written byte by byte when it is
    /// ASCII once straightened (most words), through `String.lowercased()` otherwise.
    private static func lowered(_ word: ArraySlice<Unicode.Scalar>) -> String {
        var ascii = true
        for scalar in word where scalar.value >= 0x80 && TextFolding.straightened(scalar).value >= 0x80 {
            ascii = false
            break
        }
        guard ascii else {
            var lower = String.UnicodeScalarView()
            for s in word { lower.append(TextFolding.straightened(s)) }
            return String(lower).lowercased()
        }
        return String(unsafeUninitializedCapacity: word.count) { buffer in
            var i = 0
            for scalar in word {
                let value = UInt8(scalar.value < 0x80 ? scalar.value : TextFolding.straightened(scalar).value)
                buffer[i] = value >= 65 && value <= 90 ? value + 32 : value
                i += 1
            }
            return i
        }
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return ScalarClass.isLetterOrDigit(scalar) }
        // General punctuation (dashes, curly quotes, ellipsis) holds no letter, digit or mark.
        if (0x2000...0x206F).contains(scalar.value) { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark
    }

    /// Hyphens and apostrophes that join two words into one.
    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "\u{2010}", "\u{2011}", "'", "\u{2019}": return true
        default: return false
        }
    }
}
