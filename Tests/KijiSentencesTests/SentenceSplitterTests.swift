import Foundation
import KijiCore
import Testing
@testable import KijiSentences

@Suite struct SentenceSplitterTests {
    let splitter: SentenceSplitter

    init() throws {
        splitter = try SentenceSplitter()
    }

    @Test func abbreviationsAndInitials() throws {
        try check("abbreviations.json")
    }

    @Test func punctuationQuotesAndEllipses() throws {
        try check("punctuation.json")
    }

    @Test func paragraphsHeadingsAndLists() throws {
        try check("structure.json")
    }

    /// Every named rule of the judge has an example that it decides, with the sentences expected.
    @Test func everyRuleHasAnExample() throws {
        struct RuleCase: Decodable { let id: Int; let rule: String; let input: String; let expected: [String]; let why: String }
        let url = try #require(Bundle.module.url(forResource: "rules.json", withExtension: nil, subdirectory: "Fixtures"))
        let cases = try JSONDecoder().decode([RuleCase].self, from: Data(contentsOf: url))
        #expect(Set(cases.map(\.rule)) == Set(BoundaryRule.allCases.map(\.rawValue)), "rules without an example")
        for testCase in cases {
            let rules = try splitter.decisions(of: DocumentText(testCase.input)).map(\.rule.rawValue)
            #expect(rules.contains(testCase.rule), "rules.json case \(testCase.id): \(testCase.rule) not applied, got \(rules)")
            #expect(try splitter.sentenceTexts(of: testCase.input) == testCase.expected, "rules.json case \(testCase.id) (\(testCase.why))")
        }
    }

    /// Spans are in order, do not overlap, carry the text at their offsets, are trimmed and
    /// never hold a line break.
    @Test func spansCoverTheTextInOrder() throws {
        let text = DocumentText("Héllo wörld 🇯🇵. U.S. tariffs rose 25%.\n\nHeading\n“Done.” Next one… ok")
        let sentences = try splitter.sentences(of: text)
        #expect(sentences.map(\.text) == ["Héllo wörld 🇯🇵.", "U.S. tariffs rose 25%.", "Heading", "“Done.”", "Next one… ok"])
        var previousEnd = 0
        for sentence in sentences {
            #expect(sentence.start >= previousEnd)
            #expect(sentence.text == text.substring(sentence.start, sentence.end))
            #expect(sentence.text == text.trimmedSpan(sentence.start, sentence.end)?.text)
            #expect(!sentence.text.contains("\n"))
            previousEnd = sentence.end
        }
    }

    @Test func annotateWritesTheSentenceLayer() throws {
        var document = Document(id: "d", source: .plainText(""), text: "One. Two.")
        try splitter.annotate(&document)
        #expect(document.sentences == [Span(start: 0, end: 4, text: "One."), Span(start: 5, end: 9, text: "Two.")])
    }

    private func check(_ fixture: String) throws {
        for testCase in try SentenceFixture.load(fixture) {
            let got = try splitter.sentenceTexts(of: testCase.input)
            #expect(got == testCase.expected, "\(fixture) case \(testCase.id) (\(testCase.why))")
        }
    }
}
