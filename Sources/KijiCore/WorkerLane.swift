import Foundation

/// One lane of an isolated run: a long-lived worker process that annotates one document at a
/// time, restarted when it dies. The document it died on is retried alone in a fresh worker;
/// if that one dies too, the document becomes an error line naming the stage and the signal.
final class WorkerLane: @unchecked Sendable {
    let command: WorkerCommand
    let queue: DispatchQueue
    private var worker: WorkerProcess?

    init(command: WorkerCommand, label: String, target: DispatchQueue) {
        self.command = command
        queue = DispatchQueue(label: label, target: target)
    }

    /// The annotated document (its per-document stages run), or its error record.
    func annotate(_ document: Document, byteCount: Int) -> OutputRecord {
        let request = document.requestLine()
        var failure = ""
        for _ in 0..<2 {
            let worker: WorkerProcess
            do {
                worker = try self.worker ?? WorkerProcess(command)
            } catch {
                return OutputRecord(id: document.id, document: nil, error: "cannot start a worker: \(error)", byteCount: byteCount)
            }
            self.worker = worker
            switch worker.exchange(request) {
            case .line(let line):
                return Self.record(line, original: document, byteCount: byteCount)
            case .died(let stage, let ending):
                self.worker = nil
                failure = "worker crashed in stage \(stage ?? "(before any stage)") (\(ending))"
            case .timedOut(let stage):
                // Not retried: a second try would only take as long again.
                self.worker = nil
                let seconds = command.timeout.map { "\(Int($0)) s" } ?? "its time"
                return OutputRecord(id: document.id, document: nil,
                                    error: "worker killed after \(seconds) in stage \(stage ?? "(before any stage)") (--document-timeout)",
                                    byteCount: byteCount)
            }
        }
        return OutputRecord(id: document.id, document: nil, error: failure, byteCount: byteCount)
    }

    /// A reply read back: the export line as a document (with the original source, which the
    /// store hashes), or the error it carries.
    static func record(_ line: [UInt8], original: Document, byteCount: Int) -> OutputRecord {
        let annotated: AnnotatedDocument
        do {
            annotated = try AnnotatedDocument.parse(Data(line))
        } catch {
            return OutputRecord(id: original.id, document: nil, error: "unreadable worker reply: \(error)", byteCount: byteCount)
        }
        if let error = annotated.error {
            return OutputRecord(id: original.id, document: nil, error: error, byteCount: byteCount)
        }
        var document = annotated.document
        document.id = original.id
        document.source = original.source
        return OutputRecord(id: original.id, document: document, error: nil, byteCount: byteCount)
    }

    func stop() {
        worker?.stop()
        worker = nil
    }
}
