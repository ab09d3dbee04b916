import Foundation
import Testing
@testable import KijiCleaner

struct RuleExample: Decodable {
    var id: Int
    var rule: String
    var line: String
    var why: String
}

/// A rule's regular expression runs only on lines holding one of its cues, so a cue that a
/// match can lack makes the rule miss lines silently. These tests check that every rule matches
/// its examples with its cues holding, and that on real text no rule matches a line that its
/// cues would have kept it from.
@Suite struct RuleCueTests {
    let rules: CleanerRules
    let cleanup: InlineCleanup

    init() throws {
        rules = try CleanerRules.load()
        cleanup = try InlineCleanup()
    }

    var ruleSets: [LineRuleSet] { [rules.lineRules, rules.splitRules, rules.captionCues] }

    @Test func everyRuleMatchesItsExamplesWithItsCuesHolding() throws {
        let examples = try Fixtures.load("rule_examples.json", as: RuleExample.self)
        for example in examples {
            let found = ruleSets.lazy.compactMap { set in set.rules.first { $0.name == example.rule }.map { (set, $0) } }.first
            guard let (set, rule) = found else {
                Issue.record("case \(example.id): no rule named \(example.rule)")
                continue
            }
            #expect(rule.pattern.matches(example.line), "case \(example.id) (\(example.why)): \(rule.name) does not match")
            #expect(set.candidates(for: example.line).contains { $0.name == rule.name },
                    "case \(example.id) (\(example.why)): the cues of \(rule.name) do not hold")
        }
    }

    @Test func noRuleMatchesALineItsCuesRuleOut() throws {
        let lines = try Self.sampleLines()
        #expect(!lines.isEmpty)
        for raw in lines {
            for line in Set([raw, cleanup.clean(raw)]) {
                for set in ruleSets {
                    let candidates = Set(set.candidates(for: line).map(\.name))
                    for rule in set.rules where !candidates.contains(rule.name) {
                        #expect(!rule.pattern.matches(line), "\(rule.name) matches a line its cues rule out: \(line)")
                    }
                }
            }
        }
    }

    /// Lines of the sample corpus, of the plain-text fixtures and, when present, of the peer
    /// suite's article texts.
    static func sampleLines() throws -> [String] {
        var texts = try Fixtures.load("plain_text_cases.json", as: PlainTextCase.self).map(\.input)
        let root = CorpusGoldTests.packageRoot
        for folder in [root.appendingPathComponent("corpus"),
                       root.deletingLastPathComponent().appendingPathComponent("shared/peers/article_extraction/truth")] {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".txt") {
                texts.append(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
            }
        }
        return texts.flatMap { $0.split(whereSeparator: \.isNewline).map(String.init) }
    }
}
