import Foundation
import KijiSentences

/// pySBD's English Golden Rules of sentence splitting (`golden_rules_en.json` in the peer
/// suites): a rule passes when the splitter's sentence texts, trimmed, equal the expected list.
public struct GoldenRulesEvaluation: Sendable {
    public struct Rule: Decodable, Sendable {
        public let id: Int
        public let name: String
        public let input: String
        public let expected: [String]
    }

    public struct Failure: Sendable {
        public let rule: Rule
        public let got: [String]
    }

    public let rules: [Rule]

    /// The file of the suite inside the peer suites folder.
    public static let fileName = "golden_rules_en.json"

    /// Reads the rules from `peers/golden_rules_en.json`.
    public init(peers: URL) throws {
        let url = peers.appendingPathComponent(Self.fileName)
        guard let data = try? Data(contentsOf: url) else {
            throw EvaluationError("cannot read \(url.path): give the folder of the peer suites with --peers")
        }
        do {
            rules = try JSONDecoder().decode([Rule].self, from: data)
        } catch {
            throw EvaluationError("\(url.path) is not a list of {id, name, input, expected}: \(error)")
        }
    }

    /// Runs `splitter` over every rule; the failures, in rule order.
    public func run(_ splitter: SentenceSplitter) throws -> [Failure] {
        try rules.compactMap { rule in
            let got = try splitter.sentenceTexts(of: rule.input).map(Self.trimmed)
            return got == rule.expected.map(Self.trimmed) ? nil : Failure(rule: rule, got: got)
        }
    }

    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// An evaluation that cannot run (missing or malformed suite).
public struct EvaluationError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
