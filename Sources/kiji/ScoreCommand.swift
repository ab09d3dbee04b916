import ArgumentParser
import Foundation
import KijiCore
import KijiScoring

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score a JSONL export against gold files (SCORING.md)."
    )

    @Option(name: .long, help: "Folder of gold files, <id>.json.")
    var gold: String

    @Argument(help: "The predictions: a JSONL export of kiji process.")
    var predictions: String

    @Flag(name: .long, help: "Print the figures as JSON.")
    var json = false

    func run() throws {
        let report: ScoreReport
        do {
            report = Scorer.score(gold: try ScoreFiles.gold(folder: gold), predicted: try ScoreFiles.predictions(path: predictions))
        } catch let error as ScoreFiles.Malformed {
            throw ValidationError(error.description)
        }
        if json {
            let data = try JSONSerialization.data(withJSONObject: report.json, options: [.sortedKeys, .prettyPrinted])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(report.table)
        }
    }
}
