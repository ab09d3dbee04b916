import ArgumentParser
import Foundation
import KijiCore
import KijiPipeline

struct ProcessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process",
        abstract: "Annotate articles: one JSON line per input document, in input order.",
        discussion: """
        INPUT is a file (.txt, .html/.htm, .json annotated document, .jsonl of {"id", "text"|"html", "meta"?} or annotated documents), a folder \
        (read recursively) or - for JSONL on standard input. A document that cannot be read or \
        processed yields {"id": ..., "error": ...}; the run goes on.
        """
    )

    @Argument(help: "Files, folders, or - for JSONL on standard input.")
    var inputs: [String]

    @Option(name: .long, help: "Write the JSONL here instead of standard output.")
    var out: String?

    @OptionGroup var stageOptions: StageOptions

    @Option(name: .long, help: "Documents processed in parallel.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: ArgumentHelp("SQLite store to keep documents, annotations and claim clusters in across runs (created when missing; kiji.sqlite is where export and claims look by default).", discussion: "A document already stored (same content) keeps its stored annotation and clusters and is not added again; new claims link to stored clusters."))
    var store: String?

    @Flag(name: .long, help: "No progress bar and no summary on standard error.")
    var quiet = false

    @Option(name: .long, help: "Seconds a worker may spend on one document before it is killed and the document becomes an error line.")
    var documentTimeout: Double = 600

    @Flag(name: .long, help: "Run the stages in this process, not in worker processes: a little faster to start, but a crash in a stage ends the run.")
    var inProcess = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard documentTimeout > 0 else { throw ValidationError("--document-timeout must be more than 0 seconds") }
    }

    func run() throws {
        let runner: PipelineRunner
        let reader: InputReader
        var options = stageOptions.runOptions
        let session = try store.map(StoreRun.open)
        if let session {
            options.linker = session.linker
            options.beforeLinking = [session.session.stages.before]
            options.afterLinking = [session.session.stages.after]
        }
        do {
            runner = try StageCatalog.runner(stages: stageOptions.stages.map(stageList), options: options, jobs: jobs)
            if !inProcess { runner.isolation = WorkerCommand.command(stageOptions, timeout: documentTimeout) }
            reader = try InputReader(paths: inputs, limits: stageOptions.limits)
        } catch let error as StageError {
            throw ValidationError(error.message)
        }
        let output = try OutputFile(path: out)
        let progress = Progress(totalBytes: reader.files.contains("-") ? nil : reader.totalBytes, enabled: !quiet)
        runner.run(reader) { record in
            output.write(record.jsonLine)
            progress.record(bytes: record.byteCount, failed: record.document == nil)
        }
        output.close()
        progress.finish()
        if let session, !quiet { session.report() }
    }
}

func stageList(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}

func isISODate(_ text: String) -> Bool {
    let parts = text.split(separator: "-")
    return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
        && parts.allSatisfy { $0.allSatisfy(\.isASCII) && Int($0) != nil }
        && (1...12).contains(Int(parts[1])!) && (1...31).contains(Int(parts[2])!)
}
