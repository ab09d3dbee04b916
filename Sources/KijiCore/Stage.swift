/// The layers of a `Document` that stages read and write.
public enum Layer: String, Sendable, Hashable, CaseIterable, Comparable {
    case source, meta, text, sentences, tokens, entities, numbers, quotes, claims

    public static func < (lhs: Layer, rhs: Layer) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One step of the pipeline. A stage computes from the layers it `reads`, writes only the
/// layers it `writes`, never runs another stage, and holds no mutable state: the runner calls
/// it from several queues at once.
public protocol Stage: Sendable {
    /// The name used by `--stages` and in error lines.
    var name: String { get }
    var reads: Set<Layer> { get }
    var writes: Set<Layer> { get }
    func annotate(_ document: inout Document) throws
}

/// A step that needs the documents of a run in input order, one at a time, with state carried
/// from one to the next (names resolved across articles, claims linked to earlier ones). The
/// runner calls it from one queue only, after every `Stage`.
public protocol SequentialStage: AnyObject {
    var name: String { get }
    var reads: Set<Layer> { get }
    var writes: Set<Layer> { get }
    func annotate(_ document: inout Document) throws
}

/// A stage's failure on one document: becomes that document's `{"id", "error"}` line.
public struct StageError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Fills `text` with the input as given, for runs without the cleaner (`--stages sentences`);
/// `meta` is what the input carried (a JSONL line's `meta`), nothing more.
public struct TextAsGiven: Stage {
    public init() {}
    public var name: String { "text" }
    public var reads: Set<Layer> { [.source] }
    public var writes: Set<Layer> { [.text, .meta] }

    public func annotate(_ document: inout Document) throws {
        switch document.source {
        case .plainText(let text): document.text = DocumentText(text)
        case .html: throw StageError("HTML input needs the clean stage (add clean to --stages)")
        case .annotated: break
        }
    }
}

/// An ordered list of stages whose reads are all written by earlier stages, checked when built.
public struct Pipeline: Sendable {
    public let stages: [any Stage]

    /// The layers the input itself carries (`source`; every layer for re-annotated exports).
    public let given: Set<Layer>

    public init(_ stages: [any Stage], given: Set<Layer> = [.source]) throws {
        _ = try Self.check(stages.map { ($0.name, $0.reads, $0.writes) }, given: given)
        self.stages = stages
        self.given = given
    }

    /// Checks that each step reads only layers written before it; returns the layers written at the end.
    static func check(_ steps: [(name: String, reads: Set<Layer>, writes: Set<Layer>)], given: Set<Layer>) throws -> Set<Layer> {
        var available = given
        for step in steps {
            let missing = step.reads.subtracting(available)
            if !missing.isEmpty {
                let names = missing.sorted().map(\.rawValue).joined(separator: ", ")
                throw StageError("stage '\(step.name)' reads \(names), which no earlier stage writes")
            }
            available.formUnion(step.writes)
        }
        return available
    }

    /// The layers written once every stage has run.
    public var writes: Set<Layer> {
        stages.reduce(into: given) { $0.formUnion($1.writes) }
    }
}
