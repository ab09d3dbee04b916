import Foundation
import Testing
import KijiCore
@testable import KijiCleaner

/// Hostile shapes of input come out as text, within Kiji's limits (README "Limits").
@Suite struct LimitTests {
    static let paragraphs = "<p>The minister said on Friday that Tokyo would raise tariffs by 25% after the talks.</p>"
        + "<p>A second paragraph tells what the officials agreed to do next week.</p>"

    /// 100,000 nested `<div>`s (libxml2 alone stops at 256 and drops the rest of the page).
    @Test func aPageNested100000DeepGivesItsText() throws {
        let depth = 100_000
        let html = "<html><head><title>Deep</title></head><body>" + String(repeating: "<div>", count: depth)
            + Self.paragraphs + String(repeating: "</div>", count: depth) + "</body></html>"
        var document = Document(id: "deep", source: .html(html))
        try Cleaner().annotate(&document)
        #expect(document.text.string == "The minister said on Friday that Tokyo would raise tariffs by 25% after the talks.\n\n"
            + "A second paragraph tells what the officials agreed to do next week.")
    }

    /// Elements deeper than the bound are merged into their ancestor: their text stays, in order.
    @Test func elementsPastTheDepthBoundKeepTheirText() throws {
        let html = "<body><div><div><div><div>" + Self.paragraphs + "</div></div></div><p>Then the last paragraph of the article follows.</p></div></body>"
        guard let parsed = HTMLDocument(html, maxDepth: 3) else { Issue.record("no tree"); return }
        #expect(parsed.flattenedElements > 0)
        var document = Document(id: "bounded", source: .html(html))
        try Cleaner(limits: DocumentLimits(maxDocumentBytes: 1 << 20, maxHTMLDepth: 3, maxLineLength: 10_000)).annotate(&document)
        #expect(document.text.string.hasPrefix("The minister said on Friday"))
        #expect(document.text.string.contains("agreed to do next week.\n\n"))
        #expect(document.text.string.hasSuffix("Then the last paragraph of the article follows."))
    }

    /// A line without a break is cut into pieces of at most the line length, and is no title.
    @Test func anEndlessLineIsCutIntoPiecesAndIsNoTitle() throws {
        let line = String(repeating: "x", count: 250_000)
        var document = Document(id: "line", source: .plainText(line + "\n"))
        try Cleaner(limits: DocumentLimits(maxDocumentBytes: 1 << 30, maxHTMLDepth: 100, maxLineLength: 100_000)).annotate(&document)
        #expect(document.meta.title == nil)
        let pieces = document.text.string.components(separatedBy: "\n\n")
        #expect(pieces.count == 3)
        #expect(pieces.allSatisfy { $0.unicodeScalars.count <= 100_000 })
        #expect(pieces.joined().filter { $0 == "x" }.count == 250_000)
    }

    @Test func longLinesAreCutAtASpace() {
        let words = Array(repeating: "abcdefghi", count: 30).joined(separator: " ")  // 299 scalars
        let pieces = LinePieces.pieces(of: words, maxLength: 100)
        #expect(pieces.joined() == words)
        #expect(pieces.allSatisfy { $0.unicodeScalars.count <= 100 })
        #expect(pieces.dropLast().allSatisfy { $0.hasSuffix(" ") })
    }
}

/// Found by fuzz/ (html target): an unclosed `<title>` swallowed the page and made a title
/// longer than the line limit.
@Test func anUnclosedTitleIsBoundedByTheLineLength() throws {
    let page = "<html><head><title>Ministers agree on tariffs " + String(repeating: "and more words ", count: 400)
        + "<body><p>The minister said on Friday that Tokyo would raise tariffs by 25% after the talks.</p></body></html>"
    var document = Document(id: "title", source: .html(page))
    try Cleaner(limits: DocumentLimits(maxDocumentBytes: 1 << 20, maxHTMLDepth: 256, maxLineLength: 1_000)).annotate(&document)
    let title = try #require(document.meta.title)
    #expect(title.hasPrefix("Ministers agree on tariffs"))
    #expect(title.unicodeScalars.count <= 1_000)
}
