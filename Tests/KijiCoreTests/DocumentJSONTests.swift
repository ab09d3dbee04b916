import Foundation
import Testing
@testable import KijiCore

@Test func exportUsesScalarOffsetsAndTheSpecFieldOrder() throws {
    var document = Document(id: "d1", source: .annotated, meta: Meta(title: "T", published: "2025-05-02"), text: "Katō said “no” 😀.\nLine")
    document.entities = [Entity(span: document.text.span(0, 4), type: .person, canonical: "Katsunobu Kato")]
    document.numbers = [NumberMention(span: document.text.span(0, 1), value: NumberValue(kind: .cardinal, value: 1.27e12, unit: nil))]
    document.quotes = [Quote(span: document.text.span(11, 13), kind: .partial, speaker: "Katsunobu Kato",
                             speakerMention: document.text.span(0, 4), cue: "say")]
    let line = String(decoding: document.jsonLine(), as: UTF8.self)
    let keys = ["\"id\"", "\"meta\"", "\"text\"", "\"sentences\"", "\"entities\"", "\"numbers\"", "\"quotes\"", "\"claims\""]
    let positions = keys.map { line.range(of: $0)!.lowerBound }
    #expect(positions == positions.sorted())
    #expect(line.contains(#""value":1270000000000,"#))
    #expect(line.contains(#"\n"#))
    let parsed = try AnnotatedDocument.parse(Data(line.utf8))
    let scalars = Array(parsed.text.unicodeScalars)
    for span in parsed.entities.map(\.span) + parsed.quotes.map(\.span) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        #expect(String(view) == span.text)
    }
    #expect(parsed.quotes.first?.speakerMention?.text == "Katō")
    #expect(parsed.meta.published == "2025-05-02")
}

@Test func documentTextMapsUTF16AndScalarOffsets() {
    let text = DocumentText("a😀b")
    #expect(text.count == 3)
    #expect(text.utf16.count == 4)
    #expect(text.scalarOffset(utf16: 3) == 2)
    #expect(text.utf16Offset(scalar: 2) == 3)
    #expect(text.trimmedSpan(0, 3)?.text == "a😀b")
}

@Test func foldingFollowsTheScoringSpec() {
    #expect(TextFolding.normalize("  “Katō’s”\n\tcard ") == "\"Katō's\" card")
    #expect(TextFolding.fold("Katō") == "kato")
    #expect(TextFolding.tokens("USD 1.27tn, Ryōsei's") == ["usd", "1", "27tn", "ryosei", "s"])
}
