import Foundation
import KijiCore

/// Everything the cleaner knows as data, loaded once from the module's resources when the
/// stage is built and validated there (a broken file throws). Immutable and shared by every call.
struct CleanerRules: Sendable {
    let lineRules: [LineRule]
    let captionCues: [Pattern]
    /// Lower-cased section headings that may open a body right after the title.
    let headingLines: Set<String>
    /// Lower-cased corporate suffixes without dots ("llc", "lp").
    let corporateSuffixes: Set<String>
    let dates: DateReader
    let bulletMarks: Set<Character>
    /// Patterns whose group 1 names the outlet (copyright lines, "Thank you for reading …").
    let outletPatterns: [Pattern]
    let html: HTMLRules

    static func load(from bundle: Bundle = .module) throws -> CleanerRules {
        let rules = try Lexicon.table("line_rules.tsv", in: bundle, columns: 4).map { row in
            guard let kind = LineRule.Kind(rawValue: row[1]) else {
                throw CleanerRulesError("line_rules.tsv, rule \(row[0]): unknown kind '\(row[1])'")
            }
            let cues = row[3] == "*" ? [] : row[3].split(separator: "|").map(String.init)
            guard row[3] == "*" || (!cues.isEmpty && cues.allSatisfy { $0 == $0.lowercased() }) else {
                throw CleanerRulesError("line_rules.tsv, rule \(row[0]): cues must be * or lower-case literals separated by |")
            }
            return LineRule(kind: kind, pattern: try Pattern(row[2], name: row[0]), cues: cues.map { Array($0.utf8) })
        }
        let bullets = try Lexicon.lines("bullet_marks.txt", in: bundle)
        guard bullets.allSatisfy({ $0.count == 1 }) else {
            throw CleanerRulesError("bullet_marks.txt: each entry must be one character")
        }
        return CleanerRules(
            lineRules: rules,
            captionCues: try Lexicon.lines("caption_cues.txt", in: bundle).map { try Pattern($0) },
            headingLines: Set(try Lexicon.lines("heading_lines.txt", in: bundle).map { $0.lowercased() }),
            corporateSuffixes: Set(try Lexicon.lines("corporate_suffixes.txt", in: bundle)
                .map { $0.lowercased().replacingOccurrences(of: ".", with: "") }),
            dates: try DateReader(bundle: bundle),
            bulletMarks: Set(bullets.map { $0.first! }),
            outletPatterns: try Lexicon.table("outlet_patterns.tsv", in: bundle, columns: 2).map { try Pattern($0[1], name: $0[0]) },
            html: try HTMLRules(bundle: bundle)
        )
    }

    func rules(_ kind: LineRule.Kind) -> [LineRule] { lineRules.filter { $0.kind == kind } }
}

/// One named pattern of `line_rules.tsv` and what a match means for the line.
struct LineRule: Sendable {
    enum Kind: String, Sendable {
        case drop, pitch, copyright, cut, caption, share
        case pitchWeak = "pitch-weak"
        case listLabel = "list-label"
    }
    let kind: Kind
    let pattern: Pattern
    /// Literals (UTF-8) one of which every match contains; empty when the rule must always be tried.
    let cues: [[UInt8]]
    var name: String { pattern.name }

    /// Whether the rule can match a line, judged from its lower-cased UTF-8.
    func mayMatch(lowercased line: [UInt8]) -> Bool {
        cues.isEmpty || cues.contains { Self.contains(line, $0) }
    }

    /// Plain byte search: far cheaper than Foundation's `String.contains` on every line.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        let last = haystack.count - needle.count
        var index = 0
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}

/// The tag and class lists of HTML extraction.
struct HTMLRules: Sendable {
    struct Cue: Sendable {
        let word: String
        let isPrefix: Bool
        func matches(_ candidate: Substring) -> Bool {
            isPrefix ? candidate.hasPrefix(word) : candidate == word
        }
    }
    let dropTags: Set<String>
    let blockTags: Set<String>
    let strongBoilerplateCues: [Cue]
    let weakBoilerplateCues: [Cue]
    let contentCues: [Cue]

    init(bundle: Bundle) throws {
        dropTags = try Lexicon.set("html_drop_tags.txt", in: bundle)
        blockTags = try Lexicon.set("html_block_tags.txt", in: bundle)
        var strong: [Cue] = [], weak: [Cue] = []
        for row in try Lexicon.table("html_boilerplate_cues.txt", in: bundle, columns: 2) {
            let cue = Self.cue(row[0])
            switch row[1] {
            case "strong": strong.append(cue)
            case "weak": weak.append(cue)
            default: throw CleanerRulesError("html_boilerplate_cues.txt, cue \(row[0]): strength must be strong or weak")
            }
        }
        strongBoilerplateCues = strong
        weakBoilerplateCues = weak
        contentCues = try Lexicon.lines("html_content_cues.txt", in: bundle).map(Self.cue)
    }

    private static func cue(_ entry: String) -> Cue {
        let lower = entry.lowercased()
        return lower.hasSuffix("*") ? Cue(word: String(lower.dropLast()), isPrefix: true) : Cue(word: lower, isPrefix: false)
    }
}
