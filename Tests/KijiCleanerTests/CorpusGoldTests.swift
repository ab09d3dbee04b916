import Foundation
import Testing
import KijiCore
@testable import KijiCleaner

/// The sample corpus against its gold files (the package's `corpus/` and `gold/`): the floor
/// of the cleaner's token F1 (SCORING.md), and the publication dates gold states.
@Suite struct CorpusGoldTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let tokenF1Floor = 0.99

    @Test func tokenF1OnTheSampleCorpus() throws {
        let corpus = Self.packageRoot.appendingPathComponent("corpus")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
        try #require(!files.isEmpty, "corpus/ holds the sample articles")
        let cleaner = try Cleaner()
        var matched = 0, predicted = 0, gold = 0
        for file in files {
            let id = String(file.dropLast(4))
            let goldURL = Self.packageRoot.appendingPathComponent("gold/\(id).json")
            guard let goldData = try? Data(contentsOf: goldURL) else { continue }
            let expected = try AnnotatedDocument.parse(goldData)
            var document = Document(id: id, source: .plainText(try String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8)))
            try cleaner.annotate(&document)
            var remaining: [String: Int] = [:]
            let goldTokens = TextFolding.tokens(expected.document.text.string)
            for token in goldTokens { remaining[token, default: 0] += 1 }
            let predictedTokens = TextFolding.tokens(document.text.string)
            for token in predictedTokens where (remaining[token] ?? 0) > 0 {
                remaining[token]! -= 1
                matched += 1
            }
            predicted += predictedTokens.count
            gold += goldTokens.count
            #expect(document.meta.published == expected.document.meta.published, "\(id): published")
            #expect(document.meta.title == expected.document.meta.title, "\(id): title")
        }
        let precision = Double(matched) / Double(max(predicted, 1))
        let recall = Double(matched) / Double(max(gold, 1))
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        #expect(f1 >= Self.tokenF1Floor, "token F1 \(f1)")
    }
}
