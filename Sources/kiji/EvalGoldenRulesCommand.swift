import ArgumentParser

struct EvalGoldenRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "golden-rules",
        abstract: "Score the English Golden Rules of sentence splitting (pySBD)."
    )

    @Option(name: .long, help: "Folder of the peer suites.")
    var peers: String = defaultPeersPath

    func run() throws {
        throw ValidationError("eval golden-rules is not built yet")
    }
}
