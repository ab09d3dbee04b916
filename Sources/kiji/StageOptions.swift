import ArgumentParser
import Foundation
import KijiCore
import KijiPipeline

/// What `process` and its hidden `worker` share: which stages run, and how.
struct StageOptions: ParsableArguments {
    @Option(name: .long, help: "Comma-separated stages to run (\(StageCatalog.names.joined(separator: ",")); default all). Without clean, text is taken as given.")
    var stages: String?

    @Option(name: .long, help: "YYYY-MM-DD: resolves relative dates when a document states no publication date.")
    var referenceDate: String?

    @Flag(name: .long, help: "Inputs are annotated documents (exports, gold/*.json): keep their layers and run only --stages again.")
    var reannotate = false

    @Option(name: .long, help: "A file or JSONL line larger than this (bytes) is not read but gives an error line.")
    var maxDocumentBytes = DocumentLimits.standard.maxDocumentBytes

    @Option(name: .long, help: "HTML elements nested deeper are merged into their ancestor at this depth (text kept).")
    var maxHTMLDepth = DocumentLimits.standard.maxHTMLDepth

    @Option(name: .long, help: "A text line or HTML paragraph longer than this (characters) is cut into pieces of this length.")
    var maxLineLength = DocumentLimits.standard.maxLineLength

    func validate() throws {
        guard maxDocumentBytes >= 1, maxHTMLDepth >= 1, maxLineLength >= 1 else {
            throw ValidationError("--max-document-bytes, --max-html-depth and --max-line-length must be at least 1")
        }
        if let referenceDate, !isISODate(referenceDate) {
            throw ValidationError("--reference-date must be YYYY-MM-DD, got '\(referenceDate)'")
        }
        if reannotate, stages == nil {
            throw ValidationError("--reannotate needs --stages: the stages to run again")
        }
        if let stages, stageList(stages).isEmpty {
            throw ValidationError("--stages names no stage; stages are \(StageCatalog.names.joined(separator: ","))")
        }
    }

    var limits: DocumentLimits {
        DocumentLimits(maxDocumentBytes: maxDocumentBytes, maxHTMLDepth: maxHTMLDepth, maxLineLength: maxLineLength)
    }

    var runOptions: RunOptions {
        var options = RunOptions(referenceDate: referenceDate, reannotate: reannotate)
        options.limits = limits
        return options
    }

    /// The same options as command-line arguments, for a worker.
    var arguments: [String] {
        var arguments: [String] = []
        if let stages { arguments += ["--stages", stages] }
        if let referenceDate { arguments += ["--reference-date", referenceDate] }
        if reannotate { arguments.append("--reannotate") }
        arguments += ["--max-document-bytes", "\(maxDocumentBytes)", "--max-html-depth", "\(maxHTMLDepth)",
                      "--max-line-length", "\(maxLineLength)"]
        return arguments
    }
}

/// `kiji worker`: not for people. Runs the per-document stages on JSONL requests from standard
/// input (see `WorkerLoop`), for a `process` run that isolates its stages in child processes.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "worker", shouldDisplay: false)

    @OptionGroup var options: StageOptions

    func run() throws {
        let runner = try StageCatalog.runner(stages: options.stages.map(stageList), options: options.runOptions, jobs: 1)
        WorkerLoop.run(runner.pipeline)
    }

    /// How `process` starts one: this very executable, with the same stage options.
    static func command(_ options: StageOptions, timeout: Double) -> KijiCore.WorkerCommand {
        let executable = FileManager.default.fileExists(atPath: "/proc/self/exe")
            ? (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
            : CommandLine.arguments[0]
        return KijiCore.WorkerCommand(executable: executable, arguments: ["worker"] + options.arguments, timeout: timeout)
    }
}
