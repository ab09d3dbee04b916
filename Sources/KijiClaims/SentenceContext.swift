import KijiCore

/// One sentence as the claim rules see it: its words and the entities, numbers and quotes
/// that lie in it, with lookups between words and offsets.
struct SentenceContext {
    let span: Span
    let words: [ClaimWord]
    /// The lexicon's flags of each word.
    let flags: [WordFlags]
    let entities: [Entity]
    let numbers: [NumberMention]
    /// Quotes that overlap the sentence.
    let quotes: [Quote]

    /// `layout`: how the document's layers are ordered (built once per document).
    init(span: Span, document: Document, layout: DocumentLayout, lexicon: ClaimLexicon) {
        self.span = span
        words = ClaimWords.words(in: document.text, from: span.start, to: span.end)
        flags = words.map { lexicon.wordFlags[$0.text] ?? [] }
        entities = Self.within(span, document.entities, sorted: layout.entitiesSorted, start: { $0.start }, end: { $0.end })
        numbers = Self.within(span, document.numbers, sorted: layout.numbersSorted, start: { $0.start }, end: { $0.end })
        quotes = document.quotes.isEmpty ? [] : document.quotes.filter { $0.start < span.end && $0.end > span.start }
    }

    /// The items that lie inside `span`, in their order; a binary search finds the first one
    /// when the items are sorted by start.
    private static func within<Item>(_ span: Span, _ items: [Item], sorted: Bool,
                                     start: (Item) -> Int, end: (Item) -> Int) -> [Item] {
        guard sorted else { return items.filter { start($0) >= span.start && end($0) <= span.end } }
        var low = 0, high = items.count
        while low < high {
            let middle = (low + high) / 2
            if start(items[middle]) < span.start { low = middle + 1 } else { high = middle }
        }
        var found: [Item] = []
        while low < items.count, start(items[low]) <= span.end {
            if end(items[low]) <= span.end { found.append(items[low]) }
            low += 1
        }
        return found
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

    /// Whether word `index` lies in a clause that opens the sentence with a subordinator and
    /// ends at its first comma ("When Ishiba first met Trump in February, …", "After calling
    /// Japan 'spoiled' …, Trump notified Ishiba"): background to the main clause's assertion.
    func isInOpeningClause(_ index: Int) -> Bool {
        guard let first = words.first, Self.openingSubordinators.contains(first.text),
              let comma = words.firstIndex(where: { $0.text == "," }) else { return false }
        return index < comma
    }

    static let openingSubordinators: Set<String> = ["when", "after", "before", "since", "as", "while", "once"]

    /// Whether the sentence asks rather than asserts (it ends with a question mark).
    var isQuestion: Bool {
        words.last(where: { $0.text != "\"" && $0.text != "'" && $0.text != ")" })?.text == "?"
    }

    /// Whether word `index` lies inside a quotation of the sentence.
    func isQuoted(_ index: Int) -> Bool {
        let word = words[index]
        return quotes.contains { $0.start <= word.start && $0.end >= word.end }
    }
}

/// Whether a document's entities and numbers are sorted by start (as stages write them), so a
/// sentence finds its own by binary search instead of a scan of the whole document.
struct DocumentLayout {
    let entitiesSorted: Bool
    let numbersSorted: Bool

    init(_ document: Document) {
        entitiesSorted = zip(document.entities, document.entities.dropFirst()).allSatisfy { $0.start <= $1.start }
        numbersSorted = zip(document.numbers, document.numbers.dropFirst()).allSatisfy { $0.start <= $1.start }
    }
}
