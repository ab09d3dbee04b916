import KijiCore

/// A word of a sentence, lower-cased and straightened, with its scalar offsets in the document.
/// Hyphens and apostrophes inside a word keep it whole ("working-level", "won't").
struct ClaimWord: Sendable, Hashable {
    var text: String
    var start: Int
    var end: Int
    /// The word as written, for telling names (upper case) from common words.
    var original: String
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
            if TextFolding.isLetterOrDigit(scalar) {
                var stop = index + 1
                while stop < end {
                    let next = scalars[stop]
                    if TextFolding.isLetterOrDigit(next) { stop += 1; continue }
                    // "working-level", "won't", "1.27", and abbreviations with inner periods ("U.S", "p.m").
                    let joiner = next == "-" || next == "'" || next == "\u{2019}" || next == "."
                        && stop + 1 < end && (scalars[stop + 1].properties.numericType == .decimal || stop - index == 1)
                    if joiner, stop + 1 < end, TextFolding.isLetterOrDigit(scalars[stop + 1]) { stop += 2; continue }
                    break
                }
                let original = text.substring(index, stop)
                words.append(ClaimWord(text: fold(original), start: index, end: stop, original: original))
                index = stop
            } else {
                if !ScalarClass.isWhitespace(scalar) {
                    let mark = String(TextFolding.straightened(scalar))
                    words.append(ClaimWord(text: mark, start: index, end: index + 1, original: mark))
                }
                index += 1
            }
        }
        return words
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
