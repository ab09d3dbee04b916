import KijiCore

/// One sentence as the claim rules see it: its words and the entities, numbers and quotes
/// that lie in it, with lookups between words and offsets.
struct SentenceContext {
    let span: Span
    let words: [ClaimWord]
    let entities: [Entity]
    let numbers: [NumberMention]
    /// Quotes that overlap the sentence.
    let quotes: [Quote]

    init(span: Span, document: Document) {
        self.span = span
        words = ClaimWords.words(in: document.text, from: span.start, to: span.end)
        entities = document.entities.filter { $0.start >= span.start && $0.end <= span.end }
        numbers = document.numbers.filter { $0.start >= span.start && $0.end <= span.end }
        quotes = document.quotes.filter { $0.start < span.end && $0.end > span.start }
    }

    /// Indexes of the words that overlap `start..<end`.
    func wordRange(_ start: Int, _ end: Int) -> Range<Int>? {
        guard let first = words.firstIndex(where: { $0.end > start }),
              first < words.count, words[first].start < end else { return nil }
        var last = first
        while last + 1 < words.count, words[last + 1].start < end { last += 1 }
        return first..<(last + 1)
    }

    /// The entity that covers word `index`, if any.
    func entity(at index: Int) -> Entity? {
        let word = words[index]
        return entities.first { $0.start <= word.start && $0.end >= word.end }
    }

    /// The number that covers word `index`, if any.
    func number(at index: Int) -> NumberMention? {
        let word = words[index]
        return numbers.first { $0.start <= word.start && $0.end >= word.end }
    }

    /// Whether word `index` lies inside a quotation of the sentence.
    func isQuoted(_ index: Int) -> Bool {
        let word = words[index]
        return quotes.contains { $0.start <= word.start && $0.end >= word.end }
    }
}
