import Foundation
import Testing
@testable import KijiCore

private func folder(_ files: [String: [UInt8]]) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("kiji-input-\(UUID())").path
    for (name, bytes) in files {
        let file = (path as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
    }
    return path
}

@Test func badInputsBecomeErrorItemsAndNothingIsLost() throws {
    let path = try folder([
        "a/empty.txt": [],
        "b/binary.txt": [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2],
        "c/invalid.txt": Array("Bad ".utf8) + [0xFF, 0xFE] + Array(" bytes.".utf8),
        "d/page.html": Array("<p>Broken <b>markup".utf8),
        "e/lines.jsonl": Array("{\"id\":\"one\",\"text\":\"Hi.\"}\n{broken\n\n{\"id\":\"two\",\"html\":\"<p>x</p>\",\"meta\":{\"published\":\"2025-05-02\"}}".utf8),
        "f/ignored.pdf": [1, 2, 3],
    ])
    let items = Array(try InputReader(paths: [path]))
    #expect(items.map(\.id) == ["empty", "binary", "invalid", "page", "one", "lines:2", "two"])
    func failure(_ item: InputItem) -> String? {
        if case .failure(let message) = item.content { return message }
        return nil
    }
    func document(_ item: InputItem) -> Document? {
        if case .document(let document) = item.content { return document }
        return nil
    }
    #expect(failure(items[0]) == "empty file")
    #expect(failure(items[1])?.hasPrefix("binary file") == true)
    #expect(document(items[2])?.source == .plainText("Bad \u{FFFD}\u{FFFD} bytes."))
    #expect(document(items[3])?.source == .html("<p>Broken <b>markup"))
    #expect(failure(items[5])?.hasPrefix("malformed JSONL line") == true)
    #expect(document(items[6])?.meta.published == "2025-05-02")
}

@Test func aMissingPathIsRefusedBeforeTheRun() {
    #expect(throws: StageError.self) { try InputReader(paths: ["/nonexistent/kiji"]) }
}
