import Foundation
import KijiCore
import Testing
@testable import KijiPipeline

/// The CoNLL-2003 half of the peer suites (`../shared/peers/ner_conll`, read in place) and the
/// scoring that `kiji eval ner` shares with the suite's score.py.
@Suite struct NerEvaluationTests {
    static var peers: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/peers").path
    }

    @Test func typesMapOntoCoNLLAndSpansMustBeExact() {
        let text = "Leeds beat Dutch side Ajax in Amsterdam."
        let gold = [NerEvaluation.Item(start: 0, end: 5, type: "ORG"), NerEvaluation.Item(start: 11, end: 16, type: "MISC"),
                    NerEvaluation.Item(start: 22, end: 26, type: "ORG"), NerEvaluation.Item(start: 30, end: 39, type: "LOC")]
        let document = NerEvaluation.Document(id: "d", text: text, gold: gold)
        let found = [
            Entity(span: Span(start: 0, end: 5, text: "Leeds"), type: .gpe, canonical: "Leeds"),        // wrong type
            Entity(span: Span(start: 11, end: 16, text: "Dutch"), type: .norp, canonical: "Dutch"),     // NORP → MISC
            Entity(span: Span(start: 22, end: 25, text: "Aja"), type: .org, canonical: "Aja"),          // wrong span
            Entity(span: Span(start: 30, end: 39, text: "Amsterdam"), type: .gpe, canonical: "Amsterdam"), // GPE → LOC
        ]
        let report = NerEvaluation.score([document], predicted: ["d": found])
        #expect(report.untyped.matched == 3 && report.untyped.gold == 4 && report.untyped.predicted == 4)
        #expect(report.typed.matched == 2)
        #expect(report.byType["MISC"]?.f1 == 1)
        #expect(report.byType["ORG"]?.matched == 0)
        // One mistyped span (Leeds), one missed and one spurious (Ajax / Aja).
        #expect(report.differences.count == 3)
    }

    @Test func halvesSplitTheFileByPosition() throws {
        guard FileManager.default.fileExists(atPath: Self.peers + "/ner_conll/input.jsonl") else { return }
        let all = try NerEvaluation.loadDocuments(peers: Self.peers)
        let even = try NerEvaluation.loadDocuments(peers: Self.peers, half: .even)
        let odd = try NerEvaluation.loadDocuments(peers: Self.peers, half: .odd)
        #expect(even.count + odd.count == all.count)
        #expect(Set(even.map(\.id)).isDisjoint(with: odd.map(\.id)))
    }

    /// Floors below the measured figures (typed 0.81, untyped 0.89 on the whole half).
    @Test func peerSuiteStaysAboveItsFloors() throws {
        guard FileManager.default.fileExists(atPath: Self.peers + "/ner_conll/input.jsonl") else { return }
        let (report, errors) = try NerEvaluation.run(try NerEvaluation.loadDocuments(peers: Self.peers))
        #expect(errors.isEmpty, "\(errors)")
        #expect(report.untyped.f1 >= 0.87, "untyped F1 \(report.untyped.f1)")
        #expect(report.typed.f1 >= 0.79, "typed F1 \(report.typed.f1)")
    }
}
