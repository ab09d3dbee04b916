import ArgumentParser

/// Evaluations against the peer suites in `../shared/peers` (read in place, never copied).
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate stages on the peer test suites (../shared/peers).",
        subcommands: [EvalGoldenRulesCommand.self, EvalExtractionCommand.self, EvalNumbersCommand.self, EvalNerCommand.self]
    )
}

/// The default location of the peer suites: `../shared/peers` beside the working directory.
let defaultPeersPath = "../shared/peers"
