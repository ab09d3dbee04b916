import Foundation
import KijiCore

/// A known name: its type, its canonical name, and whether it matches only text in capitals
/// ("US" but not "Us").
struct KnownName: Sendable {
    var type: EntityType
    var canonical: String
    var capitalsOnly: Bool
}

/// Every word list and gazetteer of the entity rules, loaded once from the module's resources
/// (and ICU's region names) when the stage is built; immutable afterwards.
struct EntityLexicons: Sendable {
    /// Countries (ICU), country aliases, places, demonyms, organizations, facilities, laws, events.
    let names: PhraseTrie<KnownName>
    let titles: PhraseTrie<Bool>
    let titleHeads: Set<String>
    let roles: Set<String>
    let speechVerbs: Set<String>
    let personFollowers: Set<String>
    let orgCues: Set<String>
    let orgWords: Set<String>
    let corporateSuffixes: Set<String>
    let orgConnectors: Set<String>
    let nameParticles: Set<String>
    let notNames: Set<String>
    let lawHeads: Set<String>
    let facHeads: Set<String>
    let eventHeads: Set<String>
    let languages: Set<String>
    let givenNames: Set<String>
    let familyNames: Set<String>
    let japaneseGivenNames: Set<String>
    let japaneseFamilyNames: Set<String>
    let eastAsianFamilyNames: Set<String>

    init(bundle: Bundle = .module) throws {
        func keys(_ file: String) throws -> Set<String> {
            Set(try Lexicon.lines(file, in: bundle).map { TextWords.fold($0) })
        }
        titleHeads = try keys("title_heads.txt")
        roles = try keys("roles.txt")
        speechVerbs = try keys("speech_verbs.txt")
        personFollowers = try keys("person_followers.txt")
        orgCues = try keys("org_cues.txt")
        orgWords = try keys("org_words.txt")
        corporateSuffixes = try keys("corporate_suffixes.txt")
        notNames = try keys("not_names.txt")
        lawHeads = try keys("law_heads.txt")
        facHeads = try keys("fac_heads.txt")
        eventHeads = try keys("event_heads.txt")
        languages = try keys("languages.txt")
        givenNames = try keys("given_names.txt")
        familyNames = try keys("family_names.txt")
        japaneseGivenNames = try keys("japanese_given_names.txt")
        japaneseFamilyNames = try keys("japanese_family_names.txt")
        eastAsianFamilyNames = try keys("east_asian_family_names.txt")

        var orgConnectors: Set<String> = []
        var nameParticles: Set<String> = []
        for row in try Lexicon.table("connectors.txt", in: bundle, columns: 2) {
            switch row[0] {
            case "org": orgConnectors.insert(row[1])
            case "name": nameParticles.insert(row[1])
            default: throw StageError("connectors.txt: unknown kind '\(row[0])'")
            }
        }
        self.orgConnectors = orgConnectors
        self.nameParticles = nameParticles

        var titles = PhraseTrie<Bool>()
        for line in try Lexicon.lines("titles.txt", in: bundle) { titles.insert(try TextWords.keys(of: line), true) }
        self.titles = titles
        names = try Self.gazetteer(bundle: bundle)
    }

    private static func gazetteer(bundle: Bundle) throws -> PhraseTrie<KnownName> {
        var trie = PhraseTrie<KnownName>()
        func add(_ name: String, _ type: EntityType, _ canonical: String) throws {
            let letters = name.unicodeScalars.filter { ScalarClass.isLetter($0) }
            let capitals = letters.count >= 2 && letters.allSatisfy { ScalarClass.isUppercase($0) }
            let keys = try TextWords.keys(of: name)
            guard !keys.isEmpty else { throw StageError("empty name '\(name)'") }
            trie.insert(keys, KnownName(type: type, canonical: canonical, capitalsOnly: capitals))
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
            for variant in variants { try add(variant, .gpe, canonical) }
        }
        for row in aliases { try add(row[0], .gpe, row[1]) }
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
        return trie
    }

    /// Any personal-name list holds `key`.
    func isKnownNamePart(_ key: String) -> Bool {
        givenNames.contains(key) || familyNames.contains(key) || japaneseGivenNames.contains(key)
            || japaneseFamilyNames.contains(key)
    }

    func isGivenName(_ key: String) -> Bool { givenNames.contains(key) || japaneseGivenNames.contains(key) }
    func isFamilyName(_ key: String) -> Bool { familyNames.contains(key) || japaneseFamilyNames.contains(key) }
}
