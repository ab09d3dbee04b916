import ArgumentParser
import Foundation
import KijiCore
import KijiNumbers
import KijiPipeline

struct EvalNumbersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "numbers",
        abstract: "Score Recognizers-Text's English number, percent, ordinal and currency specs.",
        discussion: "A case is exactly right when every expected number is found with its span, value and ISO unit, and no other number of the kinds its model covers is reported."
    )

    @Option(name: .long, help: "Folder of the peer suites.")
    var peers: String = defaultPeersPath

    @Flag(name: .long, help: "Do not list the failed cases.")
    var quiet = false

    func run() throws {
        let report: NumbersEvaluation.Report
        do {
            let cases = try NumbersEvaluation.loadCases(peers: peers)
            report = NumbersEvaluation.run(cases, recognizer: try NumberRecognizer())
        } catch let error as StageError {
            throw ValidationError(error.message)
        }
        if !quiet {
            for failure in report.failures {
                print("FAIL #\(failure.index) [\(failure.source)] \(failure.input.debugDescription)")
                if !failure.missing.isEmpty { print("    missing: \(failure.missing.joined(separator: "; "))") }
                if !failure.extra.isEmpty { print("    extra:   \(failure.extra.joined(separator: "; "))") }
            }
        }
        for source in report.bySource.keys.sorted() {
            let tally = report.bySource[source]!
            print(line(source, correct: tally.correct, total: tally.total))
        }
        print(line("overall", correct: report.correct, total: report.total) + " exactly right")
    }

    private func line(_ name: String, correct: Int, total: Int) -> String {
        let percent = total == 0 ? 0 : 100 * Double(correct) / Double(total)
        let padded = name.padding(toLength: 14, withPad: " ", startingAt: 0)
        return padded + String(format: "%5.1f%%  (%d/%d)", percent, correct, total)
    }
}
