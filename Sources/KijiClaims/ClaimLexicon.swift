import Foundation
import KijiCore

/// The word lists the claim rules work with, loaded from `Resources/` and validated when the
/// extractor is built (a broken file throws).
public struct ClaimLexicon: Sendable {
    /// A head noun of a fact ("tariff", "talks", "election") and how strongly it claims a phrase.
    public struct Head: Sendable, Hashable {
        public var concept: String
        public var priority: Int
    }

    public let heads: [String: Head]
    public let modifiers: [String: String]
    /// Nouns after which a head word only qualifies them ("tax credit").
    public let headCompounds: Set<String>
    /// Verbs past which a number's head may stand further back ("were increased from 10% to 25%").
    public let changeVerbs: Set<String>
    public let ordinalHeads: Set<String>
    public let dateRoles: [String: String]
    public let kindRoles: [NumberKind: String]
    /// Attribution cues ("said", "according to"), as word sequences, with where the source stands.
    public let attributionCues: [(words: [String], sourceBefore: Bool)]
    /// Indexes into `attributionCues` by the cue's first word, in file order.
    let attributionCuesByFirstWord: [String: [Int]]
    public let stanceCues: [[String]]
    /// `stanceCues` by their first word.
    let stanceCuesByFirstWord: [String: [[String]]]
    public let hedges: Set<String>
    /// Titles that make a person a commentator ("analyst", "economist", "scholar").
    public let commentatorTitles: Set<String>
    /// Topic words and phrases of positions ("rush", "early agreement"), by their first word:
    /// each with its words and its topic term.
    public let stanceTopics: [String: [(words: [String], term: String)]]
    /// The flags of every word any list holds (a word absent has none).
    let wordFlags: [String: WordFlags]
    /// Head concepts that name steps of one event ("summit", "deal"), mapped to the event.
    public let eventFamilies: [String: String]
    /// Countries, capitals and country adjectives: the country each stands for (`PartySides`).
    public let partySides: [String: String]
    /// Nouns that name persons ("reporter", "official"; from WordNet): who speaks or is spoken to.
    public let personNouns: Set<String>
    /// The statement classes of a lemma or word ("say" → speech, "reluctant" → stance).
    public let statementWords: [String: Set<StatementClass>]
    /// Nouns of events a date or duration belongs to ("talks", "match", "quake").
    public let eventNouns: Set<String>
    /// Lemmas and synonyms (nil only when the generated resources are missing).
    public let forms: WordForms?

    public init() throws {
        let bundle = Bundle.module
        var heads: [String: Head] = [:]
        for row in try Lexicon.table("attribute_heads.tsv", in: bundle, columns: 3) {
            guard let priority = Int(row[2]) else {
                throw ClaimLexiconError("attribute_heads.tsv: priority of '\(row[0])' is not a number")
            }
            heads[row[0]] = Head(concept: row[1], priority: priority)
        }
        self.heads = heads
        modifiers = try Self.pairs("attribute_modifiers.tsv", in: bundle)
        headCompounds = try Lexicon.set("head_compounds.txt", in: bundle)
        changeVerbs = try Lexicon.set("change_verbs.txt", in: bundle)
        ordinalHeads = try Lexicon.set("ordinal_modifiers.txt", in: bundle)
        dateRoles = try Self.pairs("date_roles.tsv", in: bundle)
        var kindRoles: [NumberKind: String] = [:]
        for (kind, role) in try Self.pairs("kind_roles.tsv", in: bundle) {
            guard let numberKind = NumberKind(rawValue: kind) else {
                throw ClaimLexiconError("kind_roles.tsv: unknown number kind '\(kind)'")
            }
            kindRoles[numberKind] = role
        }
        self.kindRoles = kindRoles
        let attributionCues: [(words: [String], sourceBefore: Bool)] = try Lexicon.table("attribution_cues.tsv", in: bundle, columns: 2).map { row in
            guard row[1] == "before" || row[1] == "after" else {
                throw ClaimLexiconError("attribution_cues.tsv: '\(row[1])' must be before or after")
            }
            return (ClaimWords.split(row[0]), row[1] == "before")
        }
        self.attributionCues = attributionCues
        attributionCuesByFirstWord = Dictionary(grouping: attributionCues.indices) { attributionCues[$0].words[0] }
        stanceCues = try Lexicon.lines("stance_verbs.txt", in: bundle).map(ClaimWords.split)
        stanceCuesByFirstWord = Dictionary(grouping: stanceCues) { $0[0] }
        hedges = try Lexicon.set("hedges.txt", in: bundle)
        commentatorTitles = try Lexicon.set("commentator_titles.txt", in: bundle)
        var stanceTopics: [String: [(words: [String], term: String)]] = [:]
        for row in try Lexicon.table("stance_topics.tsv", in: bundle, columns: 2) {
            let words = ClaimWords.split(row[0])
            stanceTopics[words[0], default: []].append((words, row[1]))
        }
        self.stanceTopics = stanceTopics
        eventFamilies = try Self.pairs("event_families.tsv", in: bundle)
        partySides = try Self.pairs("party_sides.tsv", in: bundle)
        personNouns = try Lexicon.set("person_nouns.txt", in: bundle)
        var statementWords: [String: Set<StatementClass>] = [:]
        for row in try Lexicon.table("statement_words.tsv", in: bundle, columns: 2) {
            guard let type = StatementClass(rawValue: row[1]) else {
                throw ClaimLexiconError("statement_words.tsv: unknown class '\(row[1])'")
            }
            statementWords[row[0], default: []].insert(type)
        }
        self.statementWords = statementWords
        forms = WordForms.shared
        eventNouns = try Lexicon.set("event_nouns.txt", in: bundle)
        var wordFlags: [String: WordFlags] = [:]
        for word in heads.keys { wordFlags[word, default: []].insert(.head) }
        for word in stanceTopics.keys { wordFlags[word, default: []].insert(.topic) }
        for word in hedges { wordFlags[word, default: []].insert(.hedge) }
        for word in stanceCuesByFirstWord.keys { wordFlags[word, default: []].insert(.stance) }
        for word in attributionCuesByFirstWord.keys { wordFlags[word, default: []].insert(.cue) }
        self.wordFlags = wordFlags
    }

    private static func pairs(_ name: String, in bundle: Bundle) throws -> [String: String] {
        var result: [String: String] = [:]
        for row in try Lexicon.table(name, in: bundle, columns: 2) { result[row[0]] = row[1] }
        return result
    }
}

/// What a word says about a sentence as a statement (lexicon `statement_words.tsv`).
public enum StatementClass: String, Sendable {
    case speech, act, stance, communication, hedge
}

extension ClaimLexicon {
    /// The statement classes of a word: as written, and those of its lemma for verbs of saying and acts.
    func statementClasses(_ word: String) -> Set<StatementClass> {
        let own = statementWords[word] ?? []
        guard let lemma = forms?.lemma(word), lemma != word, let more = statementWords[lemma] else { return own }
        return own.union(more.intersection([.speech, .act]))
    }
}

/// A claims lexicon file that loaded but holds an entry the rules cannot use.
public struct ClaimLexiconError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
