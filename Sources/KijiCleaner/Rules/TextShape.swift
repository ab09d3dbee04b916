/// Questions about the shape of a line of text: how it ends, how it starts.
enum TextShape {
    static let closingMarks: Set<Character> = ["”", "’", "\"", "'", ")", "]", "»", "›"]
    static let openingQuotes: Set<Character> = ["“", "‘", "\"", "'", "«", "‹", "„"]
    static let sentenceEnds: Set<Character> = [".", "!", "?", "…"]

    /// The line with closing quotation marks and brackets stripped from its end.
    static func withoutClosingMarks(_ line: String) -> Substring {
        var end = line[...]
        while let last = end.last, closingMarks.contains(last) { end = end.dropLast() }
        return end
    }

    /// Ends like a sentence: a final period, question or exclamation mark, or ellipsis, perhaps
    /// followed by closing quotation marks.
    static func endsSentence(_ line: String) -> Bool {
        guard let last = withoutClosingMarks(line).last else { return false }
        return sentenceEnds.contains(last)
    }

    /// Ends with punctuation that closes a sentence or introduces what follows (":" ";").
    static func endsWithFinalPunctuation(_ line: String) -> Bool {
        guard let last = withoutClosingMarks(line).last else { return false }
        return sentenceEnds.contains(last) || last == ":" || last == ";"
    }

    /// Starts in lower case, or with an opening quotation mark on a lower-case word: the
    /// continuation of a sentence cut by a stray line break.
    static func continuesSentence(_ line: String) -> Bool {
        var rest = line[...]
        while let first = rest.first, openingQuotes.contains(first) { rest = rest.dropFirst() }
        guard let first = rest.first else { return false }
        return first.isLowercase
    }

}
