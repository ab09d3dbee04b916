import Foundation
import KijiNumbers
import KijiPipeline
import Testing

/// Recognizers-Text's English number, percent, ordinal and currency specs, read in place from
/// `../shared/peers` beside the package root; skipped when the folder is not there.
@Test func numbersPeerSuiteIsMostlyExactlyRight() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let peers = root.deletingLastPathComponent().appendingPathComponent("shared/peers").path
    guard FileManager.default.fileExists(atPath: (peers as NSString).appendingPathComponent("numbers_en.json")) else { return }
    let report = NumbersEvaluation.run(try NumbersEvaluation.loadCases(peers: peers), recognizer: try NumberRecognizer())
    let failed = report.failures.map { "#\($0.index) \($0.input.debugDescription)" }.joined(separator: "\n")
    #expect(report.percent >= 93, "only \(report.correct)/\(report.total) exactly right; failures:\n\(failed)")
}
