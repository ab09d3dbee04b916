import Foundation
import Testing
import KijiCore
@testable import KijiCleaner

struct HTMLPageCase: Decodable {
    var id: Int
    var file: String
    var why: String
    var text: String
    var meta: ExpectedMeta
}

@Suite struct HTMLCleanerTests {
    let cleaner: Cleaner

    init() throws { cleaner = try Cleaner() }

    @Test func fixturePages() throws {
        let cases = try Fixtures.load("html_pages.json", as: HTMLPageCase.self)
        #expect(!cases.isEmpty)
        for testCase in cases {
            let html = try String(contentsOf: Fixtures.url("html/\(testCase.file)"), encoding: .utf8)
            var document = Document(id: testCase.file, source: .html(html))
            try cleaner.annotate(&document)
            #expect(document.text.string == testCase.text, "case \(testCase.id) \(testCase.file) (\(testCase.why)): text")
            let mismatches = testCase.meta.mismatches(document.meta)
            #expect(mismatches.isEmpty, "case \(testCase.id) \(testCase.file): \(mismatches.joined(separator: "; "))")
        }
    }

    @Test func markupThatIsNotAPageStillYieldsItsText() throws {
        var document = Document(id: "fragment", source: .html("<p>Only one paragraph &amp; no page around it, but it is the article.</p>"))
        try cleaner.annotate(&document)
        #expect(document.text.string == "Only one paragraph & no page around it, but it is the article.")
    }

    @Test func emptyMarkupGivesEmptyTextNotACrash() throws {
        var document = Document(id: "empty", source: .html("<html><body></body></html>"))
        try cleaner.annotate(&document)
        #expect(document.text.string.isEmpty)
    }
}
