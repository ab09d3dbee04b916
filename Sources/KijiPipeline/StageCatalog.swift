import KijiCleaner
import KijiClaims
import KijiCore
import KijiEntities
import KijiNumbers
import KijiQuotes
import KijiSentences
import Foundation

/// What a run is configured with, beyond the stages it runs.
public struct RunOptions {
    /// `YYYY-MM-DD`: resolves relative dates in documents that state no publication date.
    public var referenceDate: String?
    /// Inputs are annotated documents (exports, gold files): their layers are kept and only the
    /// selected stages run again over them.
    public var reannotate: Bool
    /// Bounds on each document (README "Limits"): the cleaner's HTML depth and line length.
    public var limits: DocumentLimits = .standard

    /// The claim linker, when it must start from stored clusters; a fresh one when nil.
    public var linker: ClaimLinker?
    /// Sequential stages that run before the linker (reading stored documents back) and after it
    /// (writing documents to a store).
    public var beforeLinking: [any SequentialStage] = []
    public var afterLinking: [any SequentialStage] = []
    /// False when a store runs the cross-document stages (name resolution, claim linking)
    /// itself, in store order under its writer lock.
    public var crossDocumentStages = true

    public init(referenceDate: String? = nil, reannotate: Bool = false) {
        self.referenceDate = referenceDate
        self.reannotate = reannotate
    }
}

/// Builds pipelines from stage names, in the one order stages can run in.
public enum StageCatalog {
    /// Every stage, in pipeline order.
    public static let names = ["clean", "sentences", "entities", "numbers", "quotes", "claims"]

    /// The stages named (all when nil), in pipeline order, checked for what each reads. Without
    /// `clean`, the text is taken as given.
    public static func runner(stages requested: [String]?, options: RunOptions, jobs: Int) throws -> PipelineRunner {
        let selected = requested ?? names
        if let unknown = selected.first(where: { !names.contains($0) }) {
            throw StageError("unknown stage '\(unknown)'; stages are \(names.joined(separator: ", "))")
        }
        var stages: [any Stage] = []
        if !selected.contains("clean") && !options.reannotate { stages.append(TextAsGiven()) }
        for name in names where selected.contains(name) {
            stages.append(try stage(named: name, options: options))
            if name == "clean" { stages.append(WordTokenizer()) }
        }
        if TestTrap.trapMarker != nil || TestTrap.hangMarker != nil { stages.insert(TestTrap(), at: 1) }
        if !selected.contains("clean") { stages.insert(WordTokenizer(), at: options.reannotate ? 0 : 1) }
        let given: Set<Layer> = options.reannotate ? Set(Layer.allCases) : [.source]
        let pipeline = try Pipeline(stages, given: given)
        var sequential: [any SequentialStage] = []
        if selected.contains("entities") && options.crossDocumentStages { sequential.append(CanonicalResolver()) }
        if selected.contains("claims") && options.crossDocumentStages { sequential.append(try options.linker ?? ClaimLinker()) }
        return try PipelineRunner(pipeline: pipeline, sequential: options.beforeLinking + sequential + options.afterLinking, jobs: jobs)
    }

    static func stage(named name: String, options: RunOptions) throws -> any Stage {
        switch name {
        case "clean": return try Cleaner(limits: options.limits)
        case "sentences": return try SentenceSplitter()
        case "entities": return try EntityRecognizer()
        case "numbers": return try NumberRecognizer(referenceDate: options.referenceDate)
        case "quotes": return try QuoteAttributor()
        case "claims": return try ClaimExtractor()
        default: throw StageError("unknown stage '\(name)'")
        }
    }
}

/// A stage for tests of crash isolation only: when the environment sets `KIJI_TEST_TRAP`, a
/// document whose text contains that marker traps here, as a stage with a bug would; with
/// `KIJI_TEST_HANG`, one containing that marker never finishes.
struct TestTrap: Stage {
    static let trapMarker = marker("KIJI_TEST_TRAP")
    static let hangMarker = marker("KIJI_TEST_HANG")

    static func marker(_ variable: String) -> String? {
        ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    }

    var name: String { "test-trap" }
    var reads: Set<Layer> { [.text] }
    var writes: Set<Layer> { [] }

    func annotate(_ document: inout Document) throws {
        let text = document.text.string
        if let marker = Self.trapMarker, text.contains(marker) { fatalError("test trap on a document with \(marker)") }
        if let marker = Self.hangMarker, text.contains(marker) { while true { sleep(60) } }
    }
}
