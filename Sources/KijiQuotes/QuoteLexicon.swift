import Foundation
import KijiCore

/// The word lists and tables the quote attributor works from, loaded from the module's resources
/// and checked when the stage is built: a missing, empty or malformed file throws.
struct QuoteLexicon: Sendable {
    /// Inflected speech-verb form → lemma ("said" → "say").
    let speechVerbs: [String: String]
    /// Verbs that attribute only when they close the clause right after a quotation ("continued").
    let trailingVerbs: [String: String]
    /// Speech noun → lemma of its verb ("declaration" → "declare").
    let speechNouns: [String: String]
    /// Multi-word attributions ("according to") as word lists, with their cue (nil for none).
    let attributionPhrases: [(words: [String], cue: String?)]
    let pronouns: [String: Pronoun]
    /// Unnamed-source head noun → whether it needs a post-modifier to count ("people familiar…").
    let sourceHeads: [String: Bool]
    let sourcePostmodifiers: Set<String>
    let phraseStops: Set<String>
    let roleHeads: Set<String>
    let skipWords: Set<String>
    let prepositions: Set<String>
    let passiveMarkers: Set<String>
    /// Marks of a term rather than a quote, as word lists ("known as").
    let scareMarkers: [[String]]
    let functionWords: Set<String>
    let determiners: Set<String>
    /// Nouns that stand for a named organization after "the" ("the company", "the ministry").
    let organizationNouns: Set<String>
    /// Verbs that introduce a block quote after a colon without being speech verbs ("read").
    let introductionVerbs: Set<String>
    let firstPerson: Set<String>
    /// Words that join two verbs of one subject ("and", "but").
    let coordinators: Set<String>
    /// Titles before a name, with the gender they tell ("ms" → "female"; nil for "dr").
    let honorifics: [String: String?]
    /// Pronouns that stand for an organization ("it said in an advisory").
    let organizationPronouns: Set<String>
    let marks: QuoteMarks
    /// Every word that may start a cue: speech verbs and nouns, first words of attribution phrases.
    let cueStarts: WordFilter

    struct Pronoun: Sendable {
        enum Case: String, Sendable { case subject, object, possessive }
        let grammaticalCase: Case
        let plural: Bool
        /// "male", "female", or nil when the pronoun tells none.
        let gender: String?
    }

    init(bundle: Bundle) throws {
        // WordNet's communication verbs (scripts/speech-verbs-from-wordnet.py), then the few it lacks.
        var verbs: [String: String] = [:]
        let generated = try Lexicon.table("speech_verbs.tsv", in: bundle, columns: 2)
        let extra = try Lexicon.table("speech_verbs_extra.tsv", in: bundle, columns: 3)
        for row in generated + extra {
            let forms = row[1].split(separator: " ").map(String.init)
            guard !forms.isEmpty else { throw Self.error("speech_verbs: no forms for \(row[0])") }
            for form in forms where verbs[form] == nil { verbs[form] = row[0] }
        }
        speechVerbs = verbs
        var trailing: [String: String] = [:]
        for row in try Lexicon.table("trailing_verbs.tsv", in: bundle, columns: 2) {
            for form in row[1].split(separator: " ") { trailing[String(form)] = row[0] }
        }
        trailingVerbs = trailing
        speechNouns = Dictionary(try Lexicon.table("speech_nouns.tsv", in: bundle, columns: 2).map { ($0[0], $0[1]) },
                                 uniquingKeysWith: { first, _ in first })
        attributionPhrases = try Lexicon.table("attribution_phrases.tsv", in: bundle, columns: 2).map { row in
            (row[0].split(separator: " ").map(String.init), row[1] == "-" ? nil : row[1])
        }
        var pronouns: [String: Pronoun] = [:]
        for row in try Lexicon.table("pronouns.tsv", in: bundle, columns: 4) {
            guard let grammaticalCase = Pronoun.Case(rawValue: row[1]), ["singular", "plural"].contains(row[2]),
                  ["male", "female", "-"].contains(row[3]) else {
                throw Self.error("pronouns.tsv: bad row '\(row.joined(separator: "\t"))'")
            }
            pronouns[row[0]] = Pronoun(grammaticalCase: grammaticalCase, plural: row[2] == "plural",
                                       gender: row[3] == "-" ? nil : row[3])
        }
        self.pronouns = pronouns
        var heads: [String: Bool] = [:]
        for row in try Lexicon.table("source_heads.tsv", in: bundle, columns: 2) {
            guard ["yes", "no"].contains(row[1]) else { throw Self.error("source_heads.tsv: '\(row[1])' is not yes/no") }
            heads[row[0]] = row[1] == "yes"
        }
        sourceHeads = heads
        sourcePostmodifiers = try Lexicon.set("source_postmodifiers.txt", in: bundle)
        phraseStops = try Lexicon.set("phrase_stops.txt", in: bundle)
        roleHeads = try Lexicon.set("role_heads.txt", in: bundle)
        skipWords = try Lexicon.set("skip_words.txt", in: bundle)
        prepositions = try Lexicon.set("prepositions.txt", in: bundle)
        passiveMarkers = try Lexicon.set("passive_markers.txt", in: bundle)
        scareMarkers = try Lexicon.table("scare_markers.tsv", in: bundle, columns: 1).map {
            $0[0].split(separator: " ").map(String.init)
        }
        functionWords = try Lexicon.set("function_words.txt", in: bundle)
        determiners = try Lexicon.set("determiners.txt", in: bundle)
        organizationNouns = try Lexicon.set("organization_nouns.txt", in: bundle)
        coordinators = try Lexicon.set("coordinators.txt", in: bundle)
        honorifics = Dictionary(try Lexicon.table("honorifics.tsv", in: bundle, columns: 2).map { ($0[0], $0[1] == "-" ? nil : $0[1]) },
                                uniquingKeysWith: { first, _ in first })
        organizationPronouns = try Lexicon.set("organization_pronouns.txt", in: bundle)
        introductionVerbs = try Lexicon.set("introduction_verbs.txt", in: bundle)
        firstPerson = try Lexicon.set("first_person.txt", in: bundle)
        var marks: [Unicode.Scalar: QuoteMark] = [:]
        for row in try Lexicon.table("quote_marks.tsv", in: bundle, columns: 3) {
            let scalars = Array(row[0].unicodeScalars)
            guard scalars.count == 1, let role = QuoteMark.Role(rawValue: row[1]) else {
                throw Self.error("quote_marks.tsv: bad row '\(row.joined(separator: "\t"))'")
            }
            marks[scalars[0]] = QuoteMark(role: role, family: row[2])
        }
        self.marks = QuoteMarks(marks)
        cueStarts = WordFilter(Set(speechVerbs.keys).union(speechNouns.keys).union(attributionPhrases.compactMap(\.words.first)))
    }

    private static func error(_ message: String) -> StageError {
        StageError("lexicon \(message)")
    }
}

/// A quotation mark: whether it opens, closes or (straight marks) either, and the family of
/// marks it pairs with.
struct QuoteMark: Sendable {
    enum Role: String, Sendable { case open, close, either }
    let role: Role
    let family: String
}

/// The quotation marks by scalar. Every scalar of a text is looked up, so the few marks are
/// filtered by a range check before the dictionary: most scalars are no mark.
struct QuoteMarks: Sendable {
    private let marks: [Unicode.Scalar: QuoteMark]
    /// The range of the marks beyond ASCII.
    private let lowest: UInt32
    private let highest: UInt32
    /// Bit `v` set for each ASCII mark `v`.
    private let asciiMask: (UInt64, UInt64)

    init(_ marks: [Unicode.Scalar: QuoteMark]) {
        self.marks = marks
        let wide = marks.keys.map(\.value).filter { $0 >= 128 }
        lowest = wide.min() ?? 1
        highest = wide.max() ?? 0
        var mask: (UInt64, UInt64) = (0, 0)
        for key in marks.keys where key.value < 128 {
            if key.value < 64 { mask.0 |= 1 << UInt64(key.value) } else { mask.1 |= 1 << UInt64(key.value - 64) }
        }
        asciiMask = mask
    }

    subscript(scalar: Unicode.Scalar) -> QuoteMark? {
        let value = scalar.value
        if value < 128 {
            let bit = value < 64 ? asciiMask.0 >> UInt64(value) : asciiMask.1 >> UInt64(value - 64)
            guard bit & 1 == 1 else { return nil }
        } else if value < lowest || value > highest {
            return nil
        }
        return marks[scalar]
    }
}
