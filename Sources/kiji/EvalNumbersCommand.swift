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
            print(String(format: "%-14@ %5.1f%%  (%d/%d)", source, 100 * Double(tally.correct) / Double(tally.total), tally.correct, tally.total))
        }
        print(String(format: "%-14@ %5.1f%%  (%d/%d) exactly right", "overall", report.percent, report.correct, report.total))
    }
}
