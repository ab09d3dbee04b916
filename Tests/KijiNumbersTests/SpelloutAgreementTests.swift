import Foundation
import KijiCore
import Testing
@testable import KijiNumbers

/// The recognizer composes number words from its lexicon rather than with ICU's spell-out parser
/// (which takes about half a millisecond a parse plus milliseconds to open, per document, as it
/// cannot be shared across queues). ICU is the reference for what it can parse: on every
/// cardinal in words of the peer suites (Recognizers-Text's specs and the out-of-domain news
/// texts) that ICU parses whole, both must give the same value.
@Test func wordCardinalsAgreeWithICUSpellout() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let peers = root.deletingLastPathComponent().appendingPathComponent("shared/peers")
    guard let data = try? Data(contentsOf: peers.appendingPathComponent("numbers_en.json")) else { return }
    struct Case: Decodable { var input: String }
    var texts = try JSONDecoder().decode([Case].self, from: data).map(\.input)
    let truth = peers.appendingPathComponent("article_extraction/truth")
    for name in (try? FileManager.default.contentsOfDirectory(atPath: truth.path))?.sorted() ?? [] where name.hasSuffix(".txt") {
        texts.append(try String(contentsOf: truth.appendingPathComponent(name), encoding: .utf8))
    }
    let recognizer = try NumberRecognizer()
    let parser = try SpelloutParser()
    var compared = 0
    for text in texts {
        let document = Document(id: "peer", source: .annotated, text: text)
        for mention in recognizer.recognize(document).map(\.mention) where mention.kind == .cardinal {
            let words = mention.text.lowercased()
            guard words.unicodeScalars.allSatisfy({ ScalarClass.isLetter($0) || $0 == " " || $0 == "-" }),
                  let icu = parser.parse(words), let ours = mention.value else { continue }
            compared += 1
            #expect(abs(icu - ours) <= 1e-9 * max(1, abs(icu)), "\(mention.text.debugDescription): ICU \(icu), lexicon \(ours)")
        }
    }
    #expect(compared >= 100, "only \(compared) cardinals in words compared")
}
