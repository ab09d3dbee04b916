import Foundation
import Testing
import KijiTestSupport

@Test func badInputsInOneRunGiveOneLineEachAndTheRunFinishes() throws {
    let folder = try KijiProgram.temporaryFolder()
    try Data().write(to: folder.appendingPathComponent("1-empty.txt"))
    try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1]).write(to: folder.appendingPathComponent("2-binary.txt"))
    try Data(Array("Tokyo said \u{201C}no\u{201D} on Friday. ".utf8) + [0xC3, 0x28] + Array(" More text.".utf8))
        .write(to: folder.appendingPathComponent("3-invalid.txt"))
    try Data("<html><body><article><p>Broken <b>markup<p>The U.S. agreed on Friday.</article>".utf8)
        .write(to: folder.appendingPathComponent("4-broken.html"))
    try Data("{\"id\":\"ok\",\"text\":\"Fine.\"}\n{\"id\": broken\n".utf8).write(to: folder.appendingPathComponent("5-lines.jsonl"))

    let result = try KijiProgram.kiji(["process", folder.path, "--jobs", "2"])
    #expect(result.status == 0)
    let lines = result.lines
    #expect(lines.count == 6)
    let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    #expect(objects.map { $0["id"] as? String } == ["1-empty", "2-binary", "3-invalid", "4-broken", "ok", "5-lines:2"])
    #expect(objects[0]["error"] != nil)
    #expect(objects[1]["error"] != nil)
    #expect((objects[2]["text"] as? String)?.contains("\u{FFFD}") == true)
    #expect(objects[3]["error"] == nil)
    #expect(objects[4]["error"] == nil)
    #expect(objects[5]["error"] != nil)
    #expect(result.stderr.contains("6 documents, 3 errors"))
}

@Test func stdinJSONLStreamsThrough() throws {
    let result = try KijiProgram.kiji(["process", "-", "--stages", "sentences"], stdin: "{\"id\":\"a\",\"text\":\"One. Two.\"}\n{\"id\":\"b\",\"text\":\"Three.\"}\n")
    #expect(result.status == 0)
    #expect(result.lines.count == 2)
}

@Test func aStageWithoutWhatItReadsIsRefusedWithTheMissingLayer() throws {
    let result = try KijiProgram.kiji(["process", "corpus", "--stages", "quotes"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("reads"))
    #expect(result.stderr.contains("entities"))
}

@Test func scoringAMalformedFileFailsClearly() throws {
    let folder = try KijiProgram.temporaryFolder()
    let file = folder.appendingPathComponent("pred.jsonl")
    try Data("{\"id\":\"x\",\"sentences\":\"oops\"}\n".utf8).write(to: file)
    let result = try KijiProgram.kiji(["score", "--gold", "gold", file.path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("line 1"))
}
