import KijiCore

/// Who said a quote, and which sieve decided it.
struct Attribution {
    var speaker: String?
    var mention: Span?
    var cue: String?
    /// The sieve, then how its speaker was found ("trailing-cue/pronoun").
    var rule: String

    /// The same speaker for a quote that continues another without a verb of its own.
    func carried(by sieve: String) -> Attribution {
        Attribution(speaker: speaker, mention: mention, cue: nil, rule: sieve)
    }
}
