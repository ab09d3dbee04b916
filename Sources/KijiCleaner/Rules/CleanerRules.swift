import Foundation
import KijiCore

/// Everything the cleaner knows as data, loaded once from the module's resources when the
/// stage is built and validated there (a broken file throws). Immutable and shared by every call.
struct CleanerRules: Sendable {
    /// The rules that classify a line (every kind but `split`), in file order.
    let lineRules: LineRuleSet
    /// The rules that split a glued tail off a line.
    let splitRules: LineRuleSet
    /// The caption cues of `caption_cues.tsv`: a line matching one is a caption.
    let captionCues: LineRuleSet
    /// Lower-cased section headings that may open a body right after the title.
    let headingLines: Set<String>
    /// Lower-cased corporate suffixes without dots ("llc", "lp").
    let corporateSuffixes: Set<String>
    let dates: DateReader
    let bulletMarks: Set<Character>
    /// Patterns whose group 1 names the outlet (copyright lines, "Thank you for reading …").
    let outletPatterns: [Pattern]
    /// Patterns of a dateline that opens the lead ("WASHINGTON — …", "TOKYO (Reuters) – …").
    let datelinePatterns: [Pattern]
    let html: HTMLRules

    static func load(from bundle: Bundle = .module) throws -> CleanerRules {
        let rows = try Lexicon.table("line_rules.tsv", in: bundle, columns: 4).map { row -> (kind: LineRule.Kind, pattern: Pattern, cues: [CueIndex.Cue]) in
            guard let kind = LineRule.Kind(rawValue: row[1]) else {
                throw CleanerRulesError("line_rules.tsv, rule \(row[0]): unknown kind '\(row[1])'")
            }
            let cues = try LineRule.cues(row[3], file: "line_rules.tsv", rule: row[0])
            return (kind: kind, pattern: try Pattern(row[2], name: row[0]), cues: cues)
        }
        let lineRules = try LineRuleSet(rows.filter { $0.kind != .split })
        let splitRules = try LineRuleSet(rows.filter { $0.kind == .split })
        let bullets = try Lexicon.lines("bullet_marks.txt", in: bundle)
        guard bullets.allSatisfy({ $0.count == 1 }) else {
            throw CleanerRulesError("bullet_marks.txt: each entry must be one character")
        }
        return CleanerRules(
            lineRules: lineRules,
            splitRules: splitRules,
            captionCues: try LineRuleSet(Lexicon.table("caption_cues.tsv", in: bundle, columns: 3).map { row in
                (kind: .caption, pattern: try Pattern(row[1], name: row[0]),
                 cues: try LineRule.cues(row[2], file: "caption_cues.tsv", rule: row[0]))
            }),
            headingLines: Set(try Lexicon.lines("heading_lines.txt", in: bundle).map { $0.lowercased() }),
            corporateSuffixes: Set(try Lexicon.lines("corporate_suffixes.txt", in: bundle)
                .map { $0.lowercased().replacingOccurrences(of: ".", with: "") }),
            dates: try DateReader(bundle: bundle),
            bulletMarks: Set(bullets.map { $0.first! }),
            outletPatterns: try Lexicon.table("outlet_patterns.tsv", in: bundle, columns: 2).map { try Pattern($0[1], name: $0[0]) },
            datelinePatterns: try Lexicon.table("dateline_patterns.tsv", in: bundle, columns: 3).map { row in
                let pattern = try Pattern(row[1], name: row[0], caseSensitive: true)
                guard pattern.matches(row[2]) else {
                    throw CleanerRulesError("dateline_patterns.tsv, rule \(row[0]): its example does not match")
                }
                return pattern
            },
            html: try HTMLRules(bundle: bundle)
        )
    }
}

/// Rules of `line_rules.tsv` in file order, with the index of their cues.
struct LineRuleSet: Sendable {
    let rules: [LineRule]
    let cues: CueIndex

    init(_ rows: [(kind: LineRule.Kind, pattern: Pattern, cues: [CueIndex.Cue])]) throws {
        var ids: [CueIndex.Cue: Int] = [:]
        var cues: [CueIndex.Cue] = []
        rules = rows.map { row in
            LineRule(kind: row.kind, pattern: row.pattern, cueIDs: row.cues.map { cue in
                if let id = ids[cue] { return id }
                ids[cue] = cues.count
                cues.append(cue)
                return cues.count - 1
            })
        }
        self.cues = try CueIndex(cues)
    }

    /// The rules that may match `line`, judged from its cues, in file order.
    func candidates(for line: String) -> [LineRule] {
        let hits = cues.hits(in: ByteText.loweredForCues(line))
        return rules.filter { $0.mayMatch(hits) }
    }
}

/// One named pattern of `line_rules.tsv` and what a match means for the line.
struct LineRule: Sendable {
    enum Kind: String, Sendable {
        case drop, pitch, copyright, split, caption, credit, tail, share
        case pitchWeak = "pitch-weak"
        case listLabel = "list-label"
    }
    let kind: Kind
    let pattern: Pattern
    /// Ids in `CueIndex` of the cues one of which every match holds; empty when the rule must
    /// always be tried.
    let cueIDs: [Int]
    var name: String { pattern.name }

    /// Whether the rule can match a line holding `hits`.
    func mayMatch(_ hits: CueHits) -> Bool {
        cueIDs.isEmpty || cueIDs.contains { hits.contains($0) }
    }

    /// The cues of a rules file's cue column: "*" (none: always try the rule) or entries
    /// separated by "|".
    static func cues(_ column: String, file: String, rule: String) throws -> [CueIndex.Cue] {
        guard column != "*" else { return [] }
        let cues = try column.split(separator: "|").map { entry in
            guard let cue = cue(String(entry)) else {
                throw CleanerRulesError("\(file), rule \(rule): cue '\(entry)' must be * or a lower-case literal, ^literal or <no-letter-or-digit>")
            }
            return cue
        }
        guard !cues.isEmpty else { throw CleanerRulesError("\(file), rule \(rule): no cues") }
        return cues
    }

    /// A cue of the rules file: "^literal", "<no-letter-or-digit>" or a literal; nil when it is
    /// not lower case (or holds a scalar with case outside ASCII, which lower-casing could change).
    static func cue(_ entry: String) -> CueIndex.Cue? {
        if entry == "<no-letter-or-digit>" { return .noLetterOrDigit }
        let atStart = entry.hasPrefix("^")
        let literal = atStart ? String(entry.dropFirst()) : entry
        guard !literal.isEmpty, literal.unicodeScalars.allSatisfy({ scalar in
            scalar.isASCII ? !(65...90).contains(scalar.value)
                : String(scalar).lowercased() == String(scalar) && String(scalar).uppercased() == String(scalar)
        }) else { return nil }
        return atStart ? .atStart(Array(literal.utf8)) : .anywhere(Array(literal.utf8))
    }
}

/// The tag and class lists of HTML extraction.
struct HTMLRules: Sendable {
    let dropTags: Set<String>
    let blockTags: Set<String>
    let strongBoilerplateCues: WordCues
    let weakBoilerplateCues: WordCues
    let contentCues: WordCues

    init(bundle: Bundle) throws {
        dropTags = try Lexicon.set("html_drop_tags.txt", in: bundle)
        blockTags = try Lexicon.set("html_block_tags.txt", in: bundle)
        var strong: [String] = [], weak: [String] = []
        for row in try Lexicon.table("html_boilerplate_cues.txt", in: bundle, columns: 2) {
            switch row[1] {
            case "strong": strong.append(row[0])
            case "weak": weak.append(row[0])
            default: throw CleanerRulesError("html_boilerplate_cues.txt, cue \(row[0]): strength must be strong or weak")
            }
        }
        strongBoilerplateCues = WordCues(strong)
        weakBoilerplateCues = WordCues(weak)
        contentCues = WordCues(try Lexicon.lines("html_content_cues.txt", in: bundle))
    }

    /// Which cue lists the class, id and role words of `element` hit; computed once per element.
    func marks(of element: HTMLElement) -> AttributeCueMarks {
        if let known = element.cueMarks { return known }
        let words = element.attributeWords
        let marks = AttributeCueMarks(
            hasWords: !words.isEmpty,
            strong: words.contains(where: strongBoilerplateCues.matches),
            weak: words.contains(where: weakBoilerplateCues.matches),
            content: words.contains(where: contentCues.matches))
        element.cueMarks = marks
        return marks
    }
}

/// Lower-case class and id words, whole ("nav") or as prefixes ("sidebar*" for "sidebar-left").
struct WordCues: Sendable {
    private let words: Set<String>
    private let prefixes: [String]

    init(_ entries: [String]) {
        var words: Set<String> = [], prefixes: [String] = []
        for entry in entries.map({ $0.lowercased() }) {
            if entry.hasSuffix("*") { prefixes.append(String(entry.dropLast())) } else { words.insert(entry) }
        }
        self.words = words
        self.prefixes = prefixes
    }

    func matches(_ word: String) -> Bool {
        if words.contains(word) { return true }
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return prefixes.contains { word.hasPrefix($0) } }
        return prefixes.contains { prefix in prefix.utf8.count <= word.utf8.count && word.utf8.starts(with: prefix.utf8) }
    }
}

/// What the class, id and role words of an element say, per cue list.
struct AttributeCueMarks {
    var hasWords: Bool
    var strong: Bool
    var weak: Bool
    var content: Bool
}
