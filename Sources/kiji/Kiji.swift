import ArgumentParser

@main
struct Kiji: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiji",
        abstract: "Reads news articles and extracts clean text, sentences, entities, numbers, quotes and claims.",
        version: KijiVersion.string,
        subcommands: [ProcessCommand.self, ScoreCommand.self, EvalCommand.self, ExportCommand.self, ClaimsCommand.self,
                      ReportCommand.self, WorkerCommand.self]
    )
}
