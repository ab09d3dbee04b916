import KijiCore

/// A word of a sentence, lower-cased and straightened, with its scalar offsets in the document.
/// Hyphens and apostrophes inside a word keep it whole ("working-level", "won't").
struct ClaimWord: Sendable, Hashable {
    var text: String
    var start: Int
    var end: Int
}

enum ClaimWords {
    /// The words of `start..<end` in `text`; punctuation between words is reported as words
    /// of one scalar ("," "–" ";") so that clause breaks can be seen.
    static func words(in text: DocumentText, from start: Int, to end: Int) -> [ClaimWord] {
        var words: [ClaimWord] = []
        var index = start
        let scalars = text.scalars
        while index < end {
            let scalar = scalars[index]
            if ScalarClass.isLetterOrDigit(scalar) {
                var stop = index + 1
                while stop < end {
                    let next = scalars[stop]
                    if ScalarClass.isLetterOrDigit(next) { stop += 1; continue }
                    // "working-level", "won't", "1.27", and abbreviations with inner periods ("U.S", "p.m").
                    let joiner = next == "-" || next == "'" || next == "\u{2019}" || next == "."
                        && stop + 1 < end && (ScalarClass.isDigit(scalars[stop + 1]) || stop - index == 1)
                    if joiner, stop + 1 < end, ScalarClass.isLetterOrDigit(scalars[stop + 1]) { stop += 2; continue }
                    break
                }
                words.append(ClaimWord(text: folded(scalars[index..<stop]), start: index, end: stop))
                index = stop
            } else {
                if !ScalarClass.isWhitespace(scalar) {
                    let mark = String(TextFolding.straightened(scalar))
                    words.append(ClaimWord(text: mark, start: index, end: index + 1))
                }
                index += 1
            }
        }
        return words
    }

    /// The fold of a word's scalars: ASCII words (curly apostrophes straightened) are
    /// lower-cased straight from the scalars, others go through `TextFolding.fold`.
    private static func folded(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard scalars.allSatisfy({ $0.value < 0x80 || $0 == "\u{2019}" }) else { return fold(DocumentText.string(scalars)) }
        return String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var i = 0
            for scalar in scalars {
                let byte = scalar.value < 0x80 ? UInt8(scalar.value) : UInt8(ascii: "'")
                buffer[i] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                i += 1
            }
            return i
        }
    }

    /// Lower case with straight apostrophes; diacritics removed.
    static func fold(_ word: String) -> String {
        TextFolding.fold(word)
    }

    /// A lexicon phrase as folded words.
    static func split(_ phrase: String) -> [String] {
        phrase.split(separator: " ").map { fold(String($0)) }
    }

    /// Whether `words` holds `phrase` starting at `index`.
    static func matches(_ phrase: [String], in words: [ClaimWord], at index: Int) -> Bool {
        guard index + phrase.count <= words.count else { return false }
        for (offset, word) in phrase.enumerated() where words[index + offset].text != word { return false }
        return true
    }

    static let clauseBreaks: Set<String> = [",", ";", ":", "–", "—", "(", ")", "-"]
}
