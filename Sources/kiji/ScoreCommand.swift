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
        throw ValidationError("score is not built yet")
    }
}
