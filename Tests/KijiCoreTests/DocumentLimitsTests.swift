import Foundation
import Testing
@testable import KijiCore

/// A file or JSONL line over `maxDocumentBytes` gives an error item naming the limit, and the
/// lines after it are read as usual.
@Test func documentsOverTheSizeLimitBecomeErrorItemsNamingIt() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("kiji-limits-\(UUID())").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let long = String(repeating: "word ", count: 2_000)
    let lines = "{\"id\":\"small\",\"text\":\"Fine.\"}\n{\"id\":\"huge\",\"text\":\"\(long)\"}\n{\"id\":\"after\",\"text\":\"Also fine.\"}\n"
    try Data(lines.utf8).write(to: URL(fileURLWithPath: path + "/a.jsonl"))
    try Data(long.utf8).write(to: URL(fileURLWithPath: path + "/b.txt"))
    let limits = DocumentLimits(maxDocumentBytes: 1_000, maxHTMLDepth: 10, maxLineLength: 100)
    let items = Array(try InputReader(paths: [path], limits: limits))
    #expect(items.map(\.id) == ["small", "a:2", "after", "b"])
    func failure(_ item: InputItem) -> String? {
        if case .failure(let message) = item.content { return message }
        return nil
    }
    #expect(failure(items[0]) == nil)
    #expect(failure(items[1])?.contains("--max-document-bytes") == true)
    #expect(failure(items[1])?.contains("of \(lines.split(separator: "\n")[1].utf8.count) bytes") == true)
    #expect(failure(items[2]) == nil)
    #expect(failure(items[3]) == limits.oversizeMessage(bytes: long.utf8.count))
}

/// The line reader finds lines across its read chunks, and a line over its bound is skipped
/// whole, whatever chunk it ends in.
@Test func theLineReaderSkipsAnOverlongLineAcrossChunks() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("kiji-lines-\(UUID()).jsonl")
    let long = [UInt8](repeating: 65, count: 3 << 20)
    try Data(Array("first\n".utf8) + long + Array("\nlast".utf8)).write(to: file)
    var reader = LineReader(handle: try FileHandle(forReadingFrom: file), maxLength: 1 << 20)
    var seen: [String] = []
    while let line = reader.nextBoundedLine() {
        switch line {
        case .line(let bytes): seen.append(String(decoding: bytes, as: UTF8.self))
        case .tooLong(let count): seen.append("too long: \(count)")
        }
    }
    #expect(seen == ["first", "too long: \(3 << 20)", "last"])
}
