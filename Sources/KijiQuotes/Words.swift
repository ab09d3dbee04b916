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
            var lower = String.UnicodeScalarView()
            for s in scalars[start..<index] { lower.append(TextFolding.straightened(s)) }
            words.append(Word(start: start, end: index, lower: String(lower).lowercased(), isWord: true,
                              isCapitalized: ScalarClass.isUppercase(scalar)))
        }
        return words
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
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
