import Foundation
import KijiCore

/// Lemmas of English words, from the package resource that `scripts/make-claim-lexicon.py`
/// builds from spaCy's lemma lookup table ("said" → "say", "tariffs" → "tariff"). Loaded once per
/// process. (The script also writes `synonyms.tsv`, WordNet's synonym classes, which no rule
/// reads yet.)
public struct WordForms: Sendable {
    let lemmas: [String: String]

    /// The forms the whole process shares (the file is large enough to be read once).
    public static let shared: WordForms? = try? WordForms(bundle: .module)

    init(bundle: Bundle) throws {
        var lemmas: [String: String] = [:]
        for row in try Lexicon.table("lemmas.tsv", in: bundle, columns: 2) { lemmas[row[0]] = row[1] }
        self.lemmas = lemmas
    }

    /// The dictionary form of a lower-case word ("rose" → "rise", "seats" → "seat"), else the word.
    public func lemma(_ word: String) -> String {
        lemmas[word] ?? word
    }
}
