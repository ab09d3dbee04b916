import Foundation
import KijiCore

/// Lemmas and synonym classes of English words, from the package resources that
/// `scripts/make-claim-lexicon.py` builds: spaCy's lemma lookup table ("said" → "say",
/// "tariffs" → "tariff") and WordNet's most frequent sense and derivations ("levy" → "duty",
/// "election" → "elect"). Loaded once per process.
public struct WordForms: Sendable {
    let lemmas: [String: String]
    let synonyms: [String: String]

    /// The forms the whole process shares (the files are large enough to be read once).
    public static let shared: WordForms? = try? WordForms(bundle: .module)

    init(bundle: Bundle) throws {
        lemmas = try Self.pairs("lemmas.tsv", in: bundle)
        synonyms = try Self.pairs("synonyms.tsv", in: bundle)
    }

    /// The dictionary form of a lower-case word ("rose" → "rise", "seats" → "seat"), else the word.
    public func lemma(_ word: String) -> String {
        lemmas[word] ?? word
    }

    /// The word's synonym class: the representative of its lemma's most frequent sense, or of
    /// the verb a noun derives from ("suspension" → "suspend"), else the lemma itself.
    public func concept(_ word: String) -> String {
        let lemma = lemma(word)
        return synonyms[lemma] ?? lemma
    }

    private static func pairs(_ name: String, in bundle: Bundle) throws -> [String: String] {
        let base = (name as NSString).deletingPathExtension
        guard let url = bundle.url(forResource: base, withExtension: "tsv"),
              let content = try? String(contentsOf: url, encoding: .utf8) else {
            throw ClaimLexiconError("lexicon \(name) is missing from \(bundle.bundlePath)")
        }
        var result: [String: String] = [:]
        result.reserveCapacity(40_000)
        for line in content.split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            result[String(line[..<tab])] = String(line[line.index(after: tab)...])
        }
        return result
    }
}
