import Foundation
import Testing
@testable import KijiPipeline

/// The article-extraction peer suite (`../shared/peers/article_extraction`, read in place):
/// the HTML cleaner must keep its token F1 at or above the floor. Skipped where the suite is absent.
@Suite struct ExtractionEvaluationTests {
    static let microF1Floor = 0.95

    static var suiteDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("shared/peers/article_extraction")
    }

    @Test func peerSuiteTokenF1() throws {
        let directory = Self.suiteDirectory
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("index.tsv").path) else { return }
        let report = try ExtractionEvaluation.run(directory: directory.path)
        #expect(report.pages.count > 0)
        #expect(report.pages.allSatisfy { $0.error == nil }, "pages failed: \(report.pages.filter { $0.error != nil }.map(\.id))")
        #expect(report.microF1 >= Self.microF1Floor, "micro token F1 \(report.microF1)")
    }

    @Test func tokenCountsAreMultisets() {
        let counts = ExtractionEvaluation.tokenCounts(predicted: "the cat saw the Dog’s dog", truth: "The dog's cat, the end")
        // predicted: the cat saw the dog s dog; truth: the dog s cat the end
        #expect(counts.predicted == 7)
        #expect(counts.truth == 6)
        #expect(counts.matched == 5)
    }
}
