import Testing
import KijiCore
@testable import KijiCleaner

struct PlainTextCase: Decodable {
    var id: Int
    var why: String
    var input: String
    var text: String
    var meta: ExpectedMeta?
}

@Suite struct PlainTextCleanerTests {
    let cleaner: Cleaner

    init() throws { cleaner = try Cleaner() }

    @Test func fixtureCases() throws {
        let cases = try Fixtures.load("plain_text_cases.json", as: PlainTextCase.self)
        #expect(!cases.isEmpty)
        for testCase in cases {
            var document = Document(id: "case\(testCase.id)", source: .plainText(testCase.input))
            try cleaner.annotate(&document)
            #expect(document.text.string == testCase.text, "case \(testCase.id) (\(testCase.why)): text")
            let mismatches = testCase.meta?.mismatches(document.meta) ?? []
            #expect(mismatches.isEmpty, "case \(testCase.id) (\(testCase.why)): \(mismatches.joined(separator: "; "))")
        }
    }

    @Test func metaTheInputCarriesIsKept() throws {
        let given = Meta(title: "Given title", outlet: "Given Outlet")
        var document = Document(id: "given", source: .plainText("A Headline Found in the Text\n2 May 2025\nThe body goes here."), meta: given)
        try cleaner.annotate(&document)
        #expect(document.meta.title == "Given title")
        #expect(document.meta.outlet == "Given Outlet")
        #expect(document.meta.published == "2025-05-02")
        #expect(document.text.string == "The body goes here.")
    }

    @Test func annotatedDocumentsAreLeftAlone() throws {
        var document = Document(id: "done", source: .annotated, meta: Meta(title: "T"), text: "Kept  as\n\n\nit is. ")
        try cleaner.annotate(&document)
        #expect(document.text.string == "Kept  as\n\n\nit is. ")
        #expect(document.meta.title == "T")
    }

    @Test func textHasOneBlankLineBetweenParagraphsAndNoOuterWhiteSpace() throws {
        var document = Document(id: "ws", source: .plainText("\n\n  First  paragraph\twith   spaces.  \n\n\n\nSecond\u{00A0}one.\n\n"))
        try cleaner.annotate(&document)
        #expect(document.text.string == "First paragraph with spaces.\n\nSecond one.")
    }
}
