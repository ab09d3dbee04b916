import KijiCore

/// A stretch that may be a quote: its span (the words without the marks, without a comma that
/// closes it before its attribution), its kind by shape, and where it stands.
struct QuoteCandidate {
    let start: Int
    let end: Int
    let kind: QuoteKind
    let paragraph: Int
    /// The quoted stretch it comes from; nil for a block quote.
    let stretch: Int?
    /// Offsets of the marks (the paragraph's bounds for a block quote): narrative lies outside.
    let outerStart: Int
    let outerEnd: Int
}

extension QuoteCandidate {
    /// The candidate of a quoted stretch: nil when nothing but marks and punctuation is inside.
    init?(stretch index: Int, in context: QuoteContext) {
        let stretch = context.stretches[index]
        let scalars = context.text.scalars
        var start = stretch.contentStart, end = stretch.contentEnd
        while start < end, ScalarClass.isWhitespace(scalars[start]) { start += 1 }
        while end > start, ScalarClass.isWhitespace(scalars[end - 1]) || scalars[end - 1] == "," { end -= 1 }
        guard (start..<end).contains(where: { Words.isWordScalar(scalars[$0]) }) else { return nil }
        self.start = start
        self.end = end
        self.paragraph = stretch.paragraph
        self.stretch = index
        outerStart = stretch.open
        outerEnd = stretch.close.map { $0 + 1 } ?? stretch.contentEnd
        kind = Self.opensSentence(stretch, in: context) && Self.startsLikeSentence(scalars[start]) ? .direct : .partial
    }

    /// A block quote: a whole paragraph of reproduced words.
    init(block paragraph: Int, in context: QuoteContext) {
        let range = context.paragraphs[paragraph]
        start = range.lowerBound
        end = range.upperBound
        kind = .block
        self.paragraph = paragraph
        stretch = nil
        outerStart = range.lowerBound
        outerEnd = range.upperBound
    }

    /// Whether the opening mark begins a sentence of its own: at the paragraph's start, after a
    /// sentence's end, or after the colon or comma that introduces a quotation.
    private static func opensSentence(_ stretch: QuotedStretch, in context: QuoteContext) -> Bool {
        let scalars = context.text.scalars
        let paragraphStart = context.paragraphs[stretch.paragraph].lowerBound
        var index = stretch.open - 1
        while index >= paragraphStart, ScalarClass.isWhitespace(scalars[index]) { index -= 1 }
        guard index >= paragraphStart else { return true }
        var previous = scalars[index]
        if let mark = context.marks[previous], mark.role != .open, index > paragraphStart {
            // After a closing mark, look at what ended the quotation before it.
            previous = scalars[index - 1]
            return ".?!,".unicodeScalars.contains(previous)
        }
        return ".?!:,".unicodeScalars.contains(previous)
    }

    private static func startsLikeSentence(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isUppercase(scalar) || scalar.properties.numericType != nil
            || scalar == "[" || scalar == "." || scalar == "\u{2026}"
    }
}
