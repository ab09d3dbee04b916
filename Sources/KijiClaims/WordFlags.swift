/// What the lexicon says a word may be, looked up once per word of a sentence so that the rules
/// test a bit instead of hashing the word again for each list.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt8

    /// A head noun of a fact ("tariff", "talks").
    static let head = WordFlags(rawValue: 1 << 0)
    /// The first word of a position topic ("rush", "early agreement").
    static let topic = WordFlags(rawValue: 1 << 1)
    /// A hedge ("may", "likely").
    static let hedge = WordFlags(rawValue: 1 << 2)
    /// The first word of a stance cue ("intends", "ready to").
    static let stance = WordFlags(rawValue: 1 << 3)
    /// The first word of an attribution cue ("said", "according to").
    static let cue = WordFlags(rawValue: 1 << 4)
}
