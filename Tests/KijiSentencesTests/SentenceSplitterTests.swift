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
