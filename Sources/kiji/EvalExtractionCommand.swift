import ArgumentParser

struct EvalExtractionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Score the article-extraction benchmark (token F1 of body text)."
    )

    @Option(name: .long, help: "Folder of the peer suites.")
    var peers: String = defaultPeersPath

    func run() throws {
        throw ValidationError("eval extraction is not built yet")
    }
}
