import KijiCore

/// Cuts a sentence into clauses where it joins several assertions: at ";" and spaced dashes, at
/// a comma before a conjunction ("…started in March, with a similar tax…", "…, while…"), and
/// before a bare subordinator inside the sentence ("…in Canada before the pause ends…").
/// Used only to give each claim of a sentence that holds several their own span.
struct ClauseSplitter {
    static let afterComma: Set<String> = ["with", "while", "but", "although", "though", "whereas"]
    static let bare: Set<String> = ["before", "while", "although", "though", "whereas"]
    static let hard: Set<String> = [";", "–", "—"]

    /// Word ranges of the clauses, covering the sentence's words in order.
    static func clauses(of words: [ClaimWord]) -> [Range<Int>] {
        var cuts: [Int] = []
        for (index, word) in words.enumerated() where index > 2 {
            if hard.contains(word.text) { cuts.append(index) }
            else if word.text == ",", index + 1 < words.count, afterComma.contains(words[index + 1].text) { cuts.append(index) }
            else if bare.contains(word.text), words[index - 1].text != "," { cuts.append(index) }
        }
        var ranges: [Range<Int>] = []
        var start = 0
        for cut in cuts where cut > start {
            ranges.append(start..<cut)
            start = cut
        }
        ranges.append(start..<words.count)
        return ranges
    }

    /// The span of a clause, without the punctuation that joins it to its neighbours.
    static func span(of range: Range<Int>, words: [ClaimWord], text: DocumentText) -> Span? {
        var low = range.lowerBound, high = range.upperBound
        while low < high, isJoiner(words[low].text) { low += 1 }
        while high > low, isJoiner(words[high - 1].text) { high -= 1 }
        guard low < high else { return nil }
        return text.span(words[low].start, words[high - 1].end)
    }

    private static func isJoiner(_ text: String) -> Bool {
        guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else { return false }
        return !ScalarClass.isLetter(scalar) && text != "\"" && text != "'" && text != "%" && text != "$"
            && (scalar.value < 0x80 ? !ScalarClass.isDigit(scalar) : scalar.properties.numericType == nil)
    }
}
