import Foundation
import Testing
import KijiTestSupport

/// A stage that traps costs only the document it trapped on: the test-only stage of
/// `KIJI_TEST_TRAP` traps on documents holding the marker, in worker processes.
@Test func aTrapInAStageCostsOnlyItsOwnDocument() throws {
    let documents = (0..<9).map { index in
        let text = index % 4 == 1 ? "The ministry said TRAPHERE on Friday." : "Document \(index): Japan and the European Union agreed on Friday."
        return "{\"id\":\"d\(index)\",\"text\":\"\(text)\"}"
    }
    let result = try KijiProgram.kiji(["process", "-", "--jobs", "2"], stdin: documents.joined(separator: "\n") + "\n",
                                environment: ["KIJI_TEST_TRAP": "TRAPHERE"])
    #expect(result.status == 0)
    let objects = try result.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    #expect(objects.map { $0["id"] as? String } == (0..<9).map { "d\($0)" })
    for (index, object) in objects.enumerated() {
        if index % 4 == 1 {
            let error = object["error"] as? String ?? ""
            #expect(error.contains("crashed in stage test-trap"), "\(error)")
            #expect(error.contains("signal"))
        } else {
            #expect(object["error"] == nil)
            #expect((object["text"] as? String)?.hasPrefix("Document \(index)") == true)
            #expect((object["entities"] as? [Any])?.isEmpty == false)
        }
    }
    #expect(result.stderr.contains("9 documents, 2 errors"))
}

/// Worker processes give the very lines the stages give in this process.
@Test func workersAndInProcessRunsGiveTheSameLines() throws {
    let workers = try KijiProgram.kiji(["process", "corpus", "--jobs", "2", "--quiet"])
    let inProcess = try KijiProgram.kiji(["process", "corpus", "--jobs", "2", "--quiet", "--in-process"])
    #expect(workers.status == 0)
    #expect(!workers.lines.isEmpty)
    #expect(workers.stdout == inProcess.stdout)
}

/// A stage that never finishes costs only its own document too: its worker is killed after
/// --document-timeout.
@Test func aHangingStageIsKilledAfterTheDocumentTimeout() throws {
    let input = "{\"id\":\"a\",\"text\":\"Japan agreed.\"}\n{\"id\":\"b\",\"text\":\"HANGHERE now.\"}\n{\"id\":\"c\",\"text\":\"Japan agreed again.\"}\n"
    let result = try KijiProgram.kiji(["process", "-", "--jobs", "1", "--document-timeout", "5"], stdin: input,
                                environment: ["KIJI_TEST_HANG": "HANGHERE"])
    let objects = try result.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    #expect(objects.map { $0["id"] as? String } == ["a", "b", "c"])
    #expect((objects[1]["error"] as? String)?.contains("--document-timeout") == true)
    #expect(objects[0]["error"] == nil && objects[2]["error"] == nil)
}
