import ArgumentParser

struct EvalNumbersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "numbers",
        abstract: "Score Recognizers-Text's English number, percent, ordinal and currency specs."
    )

    @Option(name: .long, help: "Folder of the peer suites.")
    var peers: String = defaultPeersPath

    func run() throws {
        throw ValidationError("eval numbers is not built yet")
    }
}
