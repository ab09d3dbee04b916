import KijiCore

/// A stretch of words that names something, as the first pass finds it; the document pass then
/// settles untyped ones and gives every mention its canonical name.
struct Mention: Sendable {
    /// Index of the first and last word (inclusive) in the document's `Word` array.
    var first: Int
    var last: Int
    /// nil: a capitalized word with no evidence of its own yet (a sentence's first word, a bare
    /// name); another mention of the same word in the document may settle it.
    var type: EntityType?
    /// Set when a gazetteer names it.
    var canonical: String?
    /// Why it was typed, for debugging and tests ("gazetteer", "title", "speech", "lexicon"…).
    var rule: String

    init(_ first: Int, _ last: Int, _ type: EntityType?, canonical: String? = nil, rule: String) {
        self.first = first
        self.last = last
        self.type = type
        self.canonical = canonical
        self.rule = rule
    }

    var isSingleWord: Bool { first == last }
}
