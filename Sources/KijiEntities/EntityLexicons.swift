import Foundation
import KijiCore

/// A known name: its type, its canonical name, and whether it matches only text in capitals
/// ("US" but not "Us").
struct KnownName: Sendable {
    var type: EntityType
    var canonical: String
    var capitalsOnly: Bool
    /// A country's name (ICU's regions and their aliases), not a city's or a region's.
    var isCountry = false
}

/// Every word list and gazetteer of the entity rules, loaded once from the module's resources
/// (and ICU's region names) when the stage is built; immutable afterwards. A class, so that the
/// rules' helper structs share it without copying (and retaining) every table.
final class EntityLexicons: Sendable {
    /// Ids of every key the lexicons below hold: words are looked up by id.
    let vocabulary: WordVocabulary
    /// Countries (ICU), country aliases, places, demonyms, organizations, facilities, laws, events.
    let names: PhraseTrie<KnownName>
    let titles: PhraseTrie<Bool>
    let titleHeads: KeySet
    let roles: KeySet
    let speechVerbs: KeySet
    let personFollowers: KeySet
    let orgCues: KeySet
    let orgWords: KeySet
    let corporateSuffixes: KeySet
    let orgConnectors: KeySet
    let nameParticles: KeySet
    let notNames: KeySet
    let lawHeads: KeySet
    let facHeads: KeySet
    let eventHeads: KeySet
    let languages: KeySet
    let givenNames: KeySet
    let familyNames: KeySet
    let japaneseGivenNames: KeySet
    let japaneseFamilyNames: KeySet
    let eastAsianFamilyNames: KeySet
    /// Frequent lower-case English words.
    let commonWords: KeySet
    /// Last words of place names: "Orange County", "Sioux Falls" (GPE); "Merritt Island",
    /// "Walnut Creek" (LOC).
    let gpeHeads: KeySet
    let locHeads: KeySet
    /// Canonical names of countries.
    let countries: Set<String>

    init(bundle: Bundle = .module) throws {
        func keys(_ file: String) throws -> Set<String> {
            Set(try Lexicon.lines(file, in: bundle).map { TextWords.fold($0) })
        }
        var sets: [String: Set<String>] = [:]
        for file in ["title_heads", "roles", "speech_verbs", "person_followers", "org_cues", "org_words",
                     "corporate_suffixes", "not_names", "law_heads", "fac_heads", "event_heads", "languages",
                     "given_names", "family_names", "japanese_given_names", "japanese_family_names",
                     "east_asian_family_names"] {
            sets[file] = try keys(file + ".txt")
        }
        let commonWords = Set(try Lexicon.lines("common_words.txt", in: bundle)
            .flatMap { $0.split(separator: " ").map { TextWords.fold(String($0)) } })
        sets["given_names"]!.formUnion(try keys("census_given_names.txt"))
        sets["languages"]!.formUnion(try keys("wordnet_languages.txt"))
        sets["family_names"]!.formUnion(try keys("census_family_names.txt"))
        var orgConnectors: Set<String> = []
        var nameParticles: Set<String> = []
        for row in try Lexicon.table("connectors.txt", in: bundle, columns: 2) {
            switch row[0] {
            case "org": orgConnectors.insert(row[1])
            case "name": nameParticles.insert(row[1])
            default: throw StageError("connectors.txt: unknown kind '\(row[0])'")
            }
        }
        sets["org_connectors"] = orgConnectors
        for row in try Lexicon.table("place_heads.tsv", in: bundle, columns: 2) {
            guard row[1] == "GPE" || row[1] == "LOC" else { throw StageError("place_heads.tsv: type '\(row[1])' is not GPE or LOC") }
            sets[row[1] == "GPE" ? "gpe_heads" : "loc_heads", default: []].insert(TextWords.fold(row[0]))
        }
        sets["name_particles"] = nameParticles
        let titleEntries = try Lexicon.lines("titles.txt", in: bundle).map { (keys: try TextWords.keys(of: $0), value: true) }
        let nameEntries = try Self.gazetteer(bundle: bundle)

        var vocabulary = WordVocabulary()
        for key in sets.values.flatMap({ $0 }).sorted() { vocabulary.add(key) }
        for entry in titleEntries { for key in entry.keys { vocabulary.add(key) } }
        for entry in nameEntries { for key in entry.keys { vocabulary.add(key) } }
        self.vocabulary = vocabulary

        func set(_ name: String) -> KeySet { KeySet(sets[name]!, vocabulary: vocabulary) }
        titleHeads = set("title_heads")
        roles = set("roles")
        speechVerbs = set("speech_verbs")
        personFollowers = set("person_followers")
        orgCues = set("org_cues")
        orgWords = set("org_words")
        corporateSuffixes = set("corporate_suffixes")
        notNames = set("not_names")
        lawHeads = set("law_heads")
        facHeads = set("fac_heads")
        eventHeads = set("event_heads")
        languages = set("languages")
        givenNames = set("given_names")
        familyNames = set("family_names")
        japaneseGivenNames = set("japanese_given_names")
        japaneseFamilyNames = set("japanese_family_names")
        eastAsianFamilyNames = set("east_asian_family_names")
        self.commonWords = KeySet(commonWords, vocabulary: nil)
        gpeHeads = set("gpe_heads")
        locHeads = set("loc_heads")
        self.orgConnectors = set("org_connectors")
        self.nameParticles = set("name_particles")
        titles = PhraseTrie(titleEntries, vocabulary: vocabulary)
        names = PhraseTrie(nameEntries, vocabulary: vocabulary)
        countries = Set(nameEntries.filter { $0.value.isCountry }.map(\.value.canonical))
    }

    /// The gazetteer's entries in insertion order (a later entry for the same keys wins).
    private static func gazetteer(bundle: Bundle) throws -> [(keys: [String], value: KnownName)] {
        var entries: [(keys: [String], value: KnownName)] = []
        func add(_ name: String, _ type: EntityType, _ canonical: String, country: Bool = false) throws {
            let letters = name.unicodeScalars.filter { ScalarClass.isLetter($0) }
            let capitals = letters.count >= 2 && letters.allSatisfy { ScalarClass.isUppercase($0) }
            let keys = try TextWords.keys(of: name)
            guard !keys.isEmpty else { throw StageError("empty name '\(name)'") }
            entries.append((keys, KnownName(type: type, canonical: canonical, capitalsOnly: capitals, isCountry: country)))
        }
        // WordNet's names first: the curated tables below override their types.
        for row in try Lexicon.table("wordnet_names.tsv", in: bundle, columns: 2) {
            guard let type = EntityType(rawValue: row[1]) else {
                throw StageError("wordnet_names.tsv: unknown type '\(row[1])' for \(row[0])")
            }
            try add(row[0], type, row[0])
        }
        let aliases = try Lexicon.table("country_aliases.tsv", in: bundle, columns: 2)
        let preferred = Dictionary(aliases.map { ($0[0], $0[1]) }, uniquingKeysWith: { $1 })
        for name in RegionNames.english.values {
            let canonical = preferred[name] ?? name
            var variants = [name]
            if let open = name.firstIndex(of: "(") {
                variants = [String(name[..<open]).trimmingCharacters(in: .whitespaces)]
            }
            if name.contains(" & ") { variants.append(name.replacingOccurrences(of: " & ", with: " and ")) }
            if name.hasPrefix("St. ") { variants.append("Saint " + name.dropFirst(4)) }
            for variant in variants { try add(variant, .gpe, canonical, country: true) }
        }
        for row in aliases { try add(row[0], .gpe, row[1], country: true) }
        for row in try Lexicon.table("places.tsv", in: bundle, columns: 2) {
            guard let type = EntityType(rawValue: row[1]) else {
                throw StageError("places.tsv: unknown type '\(row[1])' for \(row[0])")
            }
            try add(row[0], type, row.count > 2 && !row[2].isEmpty ? row[2] : row[0])
        }
        for row in try Lexicon.table("demonyms.tsv", in: bundle, columns: 1) {
            try add(row[0], .norp, row.count > 1 && !row[1].isEmpty ? row[1] : row[0])
        }
        for row in try Lexicon.table("organizations.tsv", in: bundle, columns: 2) {
            guard let type = EntityType(rawValue: row[1]) else {
                throw StageError("organizations.tsv: unknown type '\(row[1])' for \(row[0])")
            }
            try add(row[0], type, row.count > 2 && !row[2].isEmpty ? row[2] : row[0])
        }
        return entries
    }

    /// Any personal-name list holds `key`.
    func isKnownNamePart(_ key: String) -> Bool {
        givenNames.contains(key) || familyNames.contains(key) || japaneseGivenNames.contains(key)
            || japaneseFamilyNames.contains(key)
    }

    func isGivenName(_ key: String) -> Bool { givenNames.contains(key) || japaneseGivenNames.contains(key) }
    func isFamilyName(_ key: String) -> Bool { familyNames.contains(key) || japaneseFamilyNames.contains(key) }

    /// `isKnownNamePart` of a word's key, by id.
    func isKnownNamePart(_ word: Word) -> Bool {
        givenNames.contains(word) || familyNames.contains(word) || japaneseGivenNames.contains(word)
            || japaneseFamilyNames.contains(word)
    }

    func isGivenName(_ word: Word) -> Bool { givenNames.contains(word) || japaneseGivenNames.contains(word) }
    func isFamilyName(_ word: Word) -> Bool { familyNames.contains(word) || japaneseFamilyNames.contains(word) }
}
