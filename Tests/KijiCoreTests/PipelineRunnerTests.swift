import Foundation
import Testing
@testable import KijiCore

/// A stage that fails on documents whose text contains "FAIL" and sleeps a pseudo-random time,
/// so that documents finish out of order.
private struct Uneven: Stage {
    var name: String { "uneven" }
    var reads: Set<Layer> { [.text] }
    var writes: Set<Layer> { [.sentences] }

    func annotate(_ document: inout Document) throws {
        if document.text.string.contains("FAIL") { throw StageError("asked to fail") }
        usleep(UInt32((document.id.hashValue & 0x7) * 300))
        document.sentences = [document.text.span(0, document.text.count)]
    }
}

private func inputs(_ count: Int) -> [InputItem] {
    (0..<count).map { index in
        if index % 7 == 3 { return InputItem(id: "bad\(index)", content: .failure("unreadable"), byteCount: 0) }
        let text = index % 5 == 1 ? "FAIL \(index)" : "Document \(index)."
        return InputItem(id: "doc\(index)", content: .document(Document(id: "doc\(index)", source: .plainText(text))), byteCount: text.utf8.count)
    }
}

@Test(arguments: [1, 2, 4])
func everyInputYieldsOneRecordInInputOrder(jobs: Int) throws {
    let runner = try PipelineRunner(pipeline: try Pipeline([TextAsGiven(), Uneven()]), jobs: jobs, maxInFlight: 3)
    let items = inputs(60)
    let collected = Collected()
    runner.run(items) { collected.append($0) }
    let records = collected.records
    #expect(records.map(\.id) == items.map(\.id))
    for (index, record) in records.enumerated() {
        if index % 7 == 3 {
            #expect(record.error == "unreadable")
        } else if index % 5 == 1 {
            #expect(record.error == "uneven: asked to fail")
        } else {
            #expect(record.document?.sentences.first?.text == "Document \(index).")
        }
    }
}

@Test func errorRecordsBecomeErrorLines() throws {
    let record = OutputRecord(id: "x\"y", document: nil, error: "binary file", byteCount: 3)
    #expect(String(decoding: record.jsonLine, as: UTF8.self) == #"{"id":"x\"y","error":"binary file"}"#)
}

@Test func aPipelineNamesTheLayerNoEarlierStageWrites() {
    #expect(throws: StageError.self) { try Pipeline([Uneven()]) }
    do {
        _ = try Pipeline([Uneven()])
    } catch {
        #expect("\(error)".contains("stage 'uneven' reads text"))
    }
}

/// Records collected from the runner's emit callback (called on one queue at a time).
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [OutputRecord] = []
    func append(_ record: OutputRecord) { lock.withLock { items.append(record) } }
    var records: [OutputRecord] { lock.withLock { items } }
}
