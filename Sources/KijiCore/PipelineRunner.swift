import Dispatch
import Foundation

/// The result of one input document: its annotation or its error line.
public struct OutputRecord: Sendable {
    public var id: String
    /// Changing it drops the line encoded from it.
    public var document: Document? { didSet { encoded = nil } }
    public var error: String?
    public var byteCount: Int
    /// The export line, when encoded ahead (in parallel, after the sequential stages).
    private var encoded: [UInt8]?

    public init(id: String, document: Document?, error: String?, byteCount: Int) {
        self.id = id
        self.document = document
        self.error = error
        self.byteCount = byteCount
    }

    public var jsonLine: [UInt8] {
        if let encoded { return encoded }
        if let document { return document.jsonLine() }
        return Document.errorLine(id: id, error: error ?? "unknown error")
    }

    /// Encodes the export line now, so that writing it later only copies bytes.
    mutating func encode() { encoded = jsonLine }
}

/// Streams documents through the stages. Each stage has its own Dispatch queues, one per job
/// lane, so document n+1 can be in one stage while document n is in the next; at most
/// `maxInFlight` documents are in the pipeline at once, so memory stays flat for any input.
/// Records come out in input order (sequence numbers), after the sequential stages; a stage's
/// failure becomes that document's error record, and the run goes on.
public final class PipelineRunner: @unchecked Sendable {
    public let pipeline: Pipeline
    public let sequential: [any SequentialStage]
    public let jobs: Int
    public let maxInFlight: Int
    /// When set, the per-document stages run in worker processes started with this command
    /// (one per job lane, long-lived), so a stage that crashes costs only its own document;
    /// the sequential stages stay here. When nil, they run on this process's queues.
    public var isolation: WorkerCommand?

    public init(pipeline: Pipeline, sequential: [any SequentialStage] = [], jobs: Int = 1, maxInFlight: Int? = nil) throws {
        _ = try Pipeline.check(sequential.map { ($0.name, $0.reads, $0.writes) }, given: pipeline.writes)
        self.pipeline = pipeline
        self.sequential = sequential
        self.jobs = max(1, jobs)
        self.maxInFlight = maxInFlight ?? max(4, 4 * max(1, jobs))
    }

    /// Runs every input through the pipeline; `emit` gets each record in input order, on one
    /// queue at a time. Returns when the last record has been emitted.
    public func run(_ inputs: some Sequence<InputItem>, emit: @escaping (OutputRecord) -> Void) {
        // Stage queues share the global pool, whose threads match the cores: without a target
        // each serial queue may get a thread of its own, and they fight over the cores.
        let workers = DispatchQueue.global(qos: .userInitiated)
        let sinkQueue = DispatchQueue(label: "kiji.sink", target: workers)
        let slots = DispatchSemaphore(value: maxInFlight)
        let group = DispatchGroup()
        // The sink runs only what needs input order (the sequential stages); each record's JSON is
        // encoded back on the pool, and the writer restores the order once more to emit it.
        let writerQueue = DispatchQueue(label: "kiji.writer", target: workers)
        let writer = OrderedWriter(emit: emit)
        let sink = OrderedSink(sequential: sequential) { record, number in
            workers.async {
                var encoded = record
                encoded.encode()
                writerQueue.async { [encoded] in
                    writer.receive(encoded, number: number) { slots.signal(); group.leave() }
                }
            }
        }
        let annotate: (Document, Int, Int, @escaping @Sendable (OutputRecord) -> Void) -> Void
        var lanes: [WorkerLane] = []
        if let isolation {
            signal(SIGPIPE, SIG_IGN)
            lanes = (0..<jobs).map { WorkerLane(command: isolation, label: "kiji.worker\($0)", target: workers) }
            let idle = IdleLanes(lanes)
            annotate = { document, byteCount, _, finish in
                let lane = idle.take()
                lane.queue.async {
                    finish(lane.annotate(document, byteCount: byteCount))
                    idle.put(lane)
                }
            }
        } else {
            let stageQueues = pipeline.stages.indices.map { index in
                (0..<jobs).map { DispatchQueue(label: "kiji.stage\(index).lane\($0)", target: workers) }
            }
            annotate = { document, byteCount, number, finish in
                self.advance(document, byteCount: byteCount, stage: 0, lane: number % self.jobs,
                             queues: stageQueues, finish: finish)
            }
        }

        var sequence = 0
        for item in inputs {
            slots.wait()
            let number = sequence
            sequence += 1
            group.enter()
            let finish: @Sendable (OutputRecord) -> Void = { record in
                sinkQueue.async { sink.receive(record, number: number) }
            }
            switch item.content {
            case .failure(let message):
                finish(OutputRecord(id: item.id, document: nil, error: message, byteCount: item.byteCount))
            case .document(let document):
                annotate(document, item.byteCount, number, finish)
            }
        }
        group.wait()
        lanes.forEach { $0.stop() }
    }

    private func advance(_ document: Document, byteCount: Int, stage index: Int, lane: Int,
                         queues: [[DispatchQueue]], finish: @escaping @Sendable (OutputRecord) -> Void) {
        guard index < pipeline.stages.count else {
            finish(OutputRecord(id: document.id, document: document, error: nil, byteCount: byteCount))
            return
        }
        queues[index][lane].async {
            var document = document
            let stage = self.pipeline.stages[index]
            do {
                try stage.annotate(&document)
            } catch {
                finish(OutputRecord(id: document.id, document: nil, error: "\(stage.name): \(error)", byteCount: byteCount))
                return
            }
            self.advance(document, byteCount: byteCount, stage: index + 1, lane: lane, queues: queues, finish: finish)
        }
    }
}

/// Restores input order and runs the sequential stages; used only on the runner's sink queue.
/// `finished` gets each record with its number, in input order.
private final class OrderedSink: @unchecked Sendable {
    let sequential: [any SequentialStage]
    let finished: (OutputRecord, Int) -> Void
    var waiting: [Int: OutputRecord] = [:]
    var next = 0

    init(sequential: [any SequentialStage], finished: @escaping (OutputRecord, Int) -> Void) {
        self.sequential = sequential
        self.finished = finished
    }

    func receive(_ record: OutputRecord, number: Int) {
        waiting[number] = record
        while let ready = waiting.removeValue(forKey: next) {
            finished(finish(ready), next)
            next += 1
        }
    }

    private func finish(_ record: OutputRecord) -> OutputRecord {
        guard var document = record.document else { return record }
        for stage in sequential {
            do {
                try stage.annotate(&document)
            } catch {
                return OutputRecord(id: record.id, document: nil, error: "\(stage.name): \(error)", byteCount: record.byteCount)
            }
        }
        return OutputRecord(id: record.id, document: document, error: nil, byteCount: record.byteCount)
    }
}

/// Emits encoded records in input order; used only on the runner's writer queue. `done` is
/// called once per record, after it is emitted.
private final class OrderedWriter: @unchecked Sendable {
    let emit: (OutputRecord) -> Void
    var waiting: [Int: OutputRecord] = [:]
    var next = 0

    init(emit: @escaping (OutputRecord) -> Void) { self.emit = emit }

    func receive(_ record: OutputRecord, number: Int, done: () -> Void) {
        waiting[number] = record
        while let ready = waiting.removeValue(forKey: next) {
            emit(ready)
            done()
            next += 1
        }
    }
}

/// The worker lanes free to take a document; `take` waits for one.
private final class IdleLanes: @unchecked Sendable {
    private var lanes: [WorkerLane]
    private let lock = NSLock()
    private let available: DispatchSemaphore

    init(_ lanes: [WorkerLane]) {
        self.lanes = lanes
        available = DispatchSemaphore(value: lanes.count)
    }

    func take() -> WorkerLane {
        available.wait()
        return lock.withLock { lanes.removeLast() }
    }

    func put(_ lane: WorkerLane) {
        lock.withLock { lanes.append(lane) }
        available.signal()
    }
}
