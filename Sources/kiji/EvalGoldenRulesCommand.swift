import ArgumentParser
import Foundation
import KijiPipeline
import KijiSentences

struct EvalGoldenRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "golden-rules",
        abstract: "Score the English Golden Rules of sentence splitting (pySBD)."
    )

    @Option(name: .long, help: "Folder of the peer suites.")
    var peers: String = defaultPeersPath

    func run() throws {
        let evaluation: GoldenRulesEvaluation
        do {
            evaluation = try GoldenRulesEvaluation(peers: URL(fileURLWithPath: peers))
        } catch let error as EvaluationError {
            throw ValidationError(error.description)
        }
        let failures = try evaluation.run(try SentenceSplitter())
        let total = evaluation.rules.count
        print("golden rules: \(total - failures.count)/\(total) pass")
        for failure in failures {
            print("\nrule \(failure.rule.id) (\(failure.rule.name)) fails")
            print("  input:    \(failure.rule.input)")
            print("  expected: \(quoted(failure.rule.expected))")
            print("  got:      \(quoted(failure.got))")
        }
    }

    private func quoted(_ sentences: [String]) -> String {
        sentences.map { "[\($0)]" }.joined(separator: " ")
    }
}
