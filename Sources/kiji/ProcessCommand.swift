import ArgumentParser
import Foundation
import KijiCore
import KijiPipeline
import KijiStore

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

    @Option(name: .long, help: ArgumentHelp("Store to keep documents, annotations and claim clusters in across runs: a SQLite path (created when missing; kiji.sqlite is where export and claims look by default) or postgres://user[:password]@host[:port]/database.", discussion: "A document already stored (same content) keeps its stored annotation and clusters and is not added again (a new id for it is kept as a copy); new claims link to stored clusters, also those other workers on the same store commit."))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("i/n: process only the documents whose id hashes to share i of n (0 ≤ i < n), for n workers on one store.", valueName: "i/n"))
    var shard: String?

    @Option(name: .long, help: "Documents written to the store per transaction.")
    var storeBatch: Int = 64

    @Flag(name: .long, help: "No progress bar and no summary on standard error.")
    var quiet = false

    @Option(name: .long, help: "Seconds a worker may spend on one document before it is killed and the document becomes an error line.")
    var documentTimeout: Double = 600

    @Flag(name: .long, help: "Run the stages in this process, not in worker processes: a little faster to start, but a crash in a stage ends the run.")
    var inProcess = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard documentTimeout > 0 else { throw ValidationError("--document-timeout must be more than 0 seconds") }
        if let shard, DocumentShard(shard) == nil {
            throw ValidationError("--shard must be i/n with 0 <= i < n, got '\(shard)'")
        }
        if shard != nil, store != nil, inputs.contains("-") {
            throw ValidationError("--shard with --store reads the inputs twice: give files, not - (standard input)")
        }
        guard storeBatch >= 1 else { throw ValidationError("--store-batch must be at least 1") }
    }

    func run() throws {
        let runner: PipelineRunner
        let reader: InputReader
        var options = stageOptions.runOptions
        if store != nil { options.crossDocumentStages = false }
        do {
            runner = try StageCatalog.runner(stages: stageOptions.stages.map(stageList), options: options, jobs: jobs)
            if !inProcess { runner.isolation = WorkerCommand.command(stageOptions, timeout: documentTimeout) }
            reader = try InputReader(paths: inputs, limits: stageOptions.limits)
        } catch let error as StageError {
            throw ValidationError(error.message)
        }
        let share = shard.flatMap(DocumentShard.init)
        // Sharded workers on one store link in the order of the whole input: a first pass reads the ids.
        let plan = share.flatMap { $0.count > 1 && store != nil ? ShardPlan(ids: reader.lazy.map(\.id), shard: $0) : nil }
        let selected = stageOptions.stages.map(stageList) ?? StageCatalog.names
        let storeRun = try store.map {
            try StoreRun.open(location: $0, resolves: selected.contains("entities"), links: selected.contains("claims"),
                              batchSize: storeBatch, plan: plan)
        }
        let output = try OutputFile(path: out)
        let totalBytes = reader.files.contains("-") ? nil : reader.totalBytes / (share?.count ?? 1)
        let progress = Progress(totalBytes: totalBytes, enabled: !quiet)
        let write = { (record: OutputRecord) in
            output.write(record.jsonLine)
            progress.record(bytes: record.byteCount, failed: record.document == nil)
        }
        runner.run(reader.lazy.filter { share?.contains($0.id) ?? true }) { record in
            if let storeRun { storeRun.receive(record, write: write) } else { write(record) }
        }
        storeRun?.finish(write: write)
        output.close()
        progress.finish()
        if let storeRun, !quiet { storeRun.report() }
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
