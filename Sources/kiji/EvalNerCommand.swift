import ArgumentParser
import Foundation
import KijiCore
import KijiPipeline

struct EvalNerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Score the entity stage on the CoNLL-2003 half (exact spans, untyped and typed).",
        discussion: "Runs sentences and entities over ner_conll/input.jsonl and scores like its score.py: Kiji's types map onto CoNLL's (PERSON→PER; ORG→ORG; GPE, LOC, FAC→LOC; NORP, EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE→MISC)."
    )

    @Option(name: .long, help: "Folder of the peer suites.")
    var peers: String = defaultPeersPath

    @Option(name: .long, help: "Documents to score: all, or every other one by position in the file: even (1st, 3rd, …) or odd.")
    var half: NerEvaluation.Half = .all

    @Option(name: .long, help: "How many differences (missed, spurious, mistyped spans) to list.")
    var differences = 0

    func run() throws {
        let report: NerEvaluation.Report
        let failures: [String]
        do {
            (report, failures) = try NerEvaluation.run(try NerEvaluation.loadDocuments(peers: peers, half: half))
        } catch let error as StageError {
            throw ValidationError(error.message)
        }
        for difference in report.differences.prefix(differences) {
            let gold = difference.gold.map { "\($0.type) '\($0.text ?? "")'" } ?? "-"
            let found = difference.predicted.map { "\($0.type) '\($0.text ?? "")'" } ?? "-"
            print("\(difference.id)  gold \(gold)  kiji \(found)")
        }
        for failure in failures { print("error: \(failure)") }
        print("CoNLL-2003 (\(half.rawValue)): \(report.documents) documents, \(report.untyped.gold) entities")
        print(line("untyped", report.untyped))
        print(line("typed", report.typed))
        for type in NerEvaluation.types { print(line(type, report.byType[type] ?? .init())) }
    }

    private func line(_ name: String, _ tally: NerEvaluation.Tally) -> String {
        name.padding(toLength: 8, withPad: " ", startingAt: 0)
            + String(format: "P %.3f  R %.3f  F1 %.3f", tally.precision, tally.recall, tally.f1)
    }
}

extension NerEvaluation.Half: ExpressibleByArgument {}
