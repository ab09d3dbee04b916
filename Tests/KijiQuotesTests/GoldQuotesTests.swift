import Foundation
import KijiCore
import Testing
@testable import KijiQuotes

/// The attributor over the hand-labeled gold documents, with gold upstream layers: a floor on
/// how many gold quotes come out with the same words and the same speaker, and the count of
/// quotes each sieve decided (printed, to see which rules carry the score).
@Suite struct GoldQuotesTests {
    /// Share of gold quotes found with equal normalized text; share of those with an equal speaker.
    static let textFloor = 0.90
    static let speakerFloor = 0.90

    @Test func goldQuotesAndSpeakers() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("gold")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".json") }),
              !names.isEmpty else { return }
        let attributor = try QuoteAttributor()
        var goldCount = 0, textMatches = 0, speakerMatches = 0
        var rules: [String: Int] = [:]
        for name in names.sorted() {
            let gold = try AnnotatedDocument.parse(Data(contentsOf: folder.appendingPathComponent(name)))
            var document = gold.document
            document.quotes = []
            try attributor.annotate(&document)
            for quote in document.quotes { rules[quote.rule ?? "-", default: 0] += 1 }
            var unused = document.quotes
            for expected in gold.quotes {
                goldCount += 1
                let text = TextFolding.normalize(expected.text)
                guard let index = unused.firstIndex(where: { TextFolding.normalize($0.text) == text }) else { continue }
                textMatches += 1
                if TextFolding.fold(unused[index].speaker ?? "") == TextFolding.fold(expected.speaker ?? "") { speakerMatches += 1 }
                unused.remove(at: index)
            }
        }
        print("quote sieves on gold:", rules.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
        #expect(Double(textMatches) >= Self.textFloor * Double(goldCount), "\(textMatches)/\(goldCount) gold quotes found")
        #expect(Double(speakerMatches) >= Self.speakerFloor * Double(textMatches), "\(speakerMatches)/\(textMatches) speakers equal")
    }
}
