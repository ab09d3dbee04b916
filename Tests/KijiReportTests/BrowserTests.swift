import Foundation
import KijiCore
import Testing
import KijiTestSupport

/// `kiji report` pages rendered by headless Chromium: what a reader's browser builds from them.
@Suite(.serialized, .enabled(if: Browser.works, "chromium cannot run here (scripts/install-system-deps.sh installs it)"))
struct BrowserTests {
    static let goldID = "000_1f48f1300b3b2919"

    func report(_ arguments: [String]) throws -> URL {
        let site = try KijiProgram.temporaryFolder().appendingPathComponent("site")
        let result = try KijiProgram.kiji(["report"] + arguments + ["--out", site.path])
        #expect(result.status == 0, "\(result.stderr)")
        return site
    }

    /// Three articles from three outlets: two give the auto tariff as 25%, one as 15% (a conflict).
    func conflictingArticles() throws -> URL {
        let sentence = "The auto tariff is 25 percent."
        let articles: [(String, String, String, Double)] = [("kyodo-1", "Kyodo", "2025-05-01", 25),
                                                            ("nhk-1", "NHK", "2025-05-01", 15),
                                                            ("ap-1", "AP", "2025-05-02", 25)]
        let lines = articles.map { id, outlet, published, percent in
            var document = Document(id: id, source: .annotated, meta: Meta(title: "Tariffs per \(outlet)", published: published, outlet: outlet),
                                    text: sentence.replacingOccurrences(of: "25", with: String(Int(percent))))
            let count = document.text.count
            document.claims = [Claim(span: document.text.span(0, count), subject: "Japan", attribute: "auto_tariff_rate",
                                     value: NumberValue(kind: .percent, value: percent, unit: "%"), source: nil, cluster: "auto-tariff")]
            return String(decoding: document.jsonLine(), as: UTF8.self)
        }
        let file = try KijiProgram.temporaryFolder().appendingPathComponent("conflict.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        return file
    }

    @Test func everyItemOfAGoldArticleIsMarkedWithItsType() throws {
        let goldFile = KijiProgram.packageRoot.appendingPathComponent("gold/\(Self.goldID).json")
        let gold = try AnnotatedDocument.parse(Data(contentsOf: goldFile))
        let site = try report([goldFile.path])
        let dom = try Browser.dumpDOM(site.appendingPathComponent("articles/1-\(Self.goldID).html"))
        let firstPieces = DOM.marks(dom).filter { $0["data-start"] != nil }
        var shown: [String: [String: String]] = [:]
        for mark in firstPieces {
            shown["\(mark["data-layer"]!) \(mark["data-start"]!) \(mark["data-end"]!) \(mark["data-label"]!)"] = mark
        }
        func expectShown(_ layer: String, _ start: Int, _ end: Int, _ label: String, tipHolds detail: String) {
            let mark = shown["\(layer) \(start) \(end) \(label)"]
            #expect(mark != nil, "\(layer) \(label) at \(start)-\(end) is not marked")
            #expect(mark?["data-tip"]?.contains(detail) ?? false, "\(layer) at \(start): tip \(mark?["data-tip"] ?? "") lacks \(detail)")
        }
        for entity in gold.entities { expectShown("entity", entity.start, entity.end, entity.type.rawValue, tipHolds: entity.canonical) }
        for number in gold.numbers {
            expectShown("number", number.start, number.end, number.kind.rawValue, tipHolds: "normalized \(number.normalized ?? "none")")
        }
        for quote in gold.quotes { expectShown("quote", quote.start, quote.end, quote.kind.rawValue, tipHolds: "speaker \(quote.speaker ?? "unknown")") }
        for claim in gold.claims { expectShown("claim", claim.start, claim.end, claim.attribute, tipHolds: "cluster \(claim.cluster)") }
        #expect(firstPieces.count == gold.entities.count + gold.numbers.count + gold.quotes.count + gold.claims.count)

        // The marks wrap the text without changing it: the article's paragraphs read as the gold text.
        let article = try #require(DOM.matches(of: #"<article class="text".*?</article>"#, in: dom).first)
        let paragraphs = DOM.matches(of: #"<p>(.*?)</p>"#, in: article, group: 1).map(DOM.text)
        #expect(paragraphs.joined(separator: "\n\n") == gold.text)
        // One toggle per layer, each labelled.
        for layer in ["entity", "number", "quote", "claim"] { #expect(dom.contains("id=\"show-\(layer)\"")) }
    }

    @Test func theClaimsPageShowsAConflictAndLinksBackToTheSentences() throws {
        let site = try report([try conflictingArticles().path])
        let dom = try Browser.dumpDOM(site.appendingPathComponent("claims.html"))
        let section = try #require(DOM.matches(of: #"<section class="cluster.*?</section>"#, in: dom).first)
        #expect(section.contains("data-agreement=\"conflict\""))
        let rows = DOM.matches(of: #"<tr[^>]*>(?:(?!</tr>).)*?<a href="[^"]*">"#, in: section)
        #expect(rows.count == 3)
        // The one article giving 15% and the two giving 25% all conflict; they are ordered by date, then outlet.
        #expect(rows.allSatisfy { $0.contains("class=\"conflict\"") })
        let links = DOM.matches(of: #"<a href="(articles/[^"]+)">"#, in: section, group: 1)
        #expect(links.count == 3)
        #expect(DOM.matches(of: #"<td class="date">([^<]*)</td><td>([^<]*)</td>"#, in: section, group: 2) == ["Kyodo", "NHK", "AP"])
        for link in links {
            let parts = link.split(separator: "#").map(String.init)
            let article = try String(contentsOf: site.appendingPathComponent(parts[0]), encoding: .utf8)
            #expect(article.contains("id=\"\(parts[1])\""), "\(link) has no target")
        }
    }

    @Test func theIndexScriptListsEveryArticle() throws {
        let site = try report([try conflictingArticles().path])
        let dom = try Browser.dumpDOM(site.appendingPathComponent("index.html"))
        #expect(dom.contains("<span id=\"page-status\" aria-live=\"polite\">Page 1 of 1</span>"))
        let body = try #require(DOM.matches(of: #"<tbody>.*?</tbody>"#, in: dom).first)
        #expect(DOM.matches(of: #"<tr>"#, in: body).count == 3)
    }

    @Test func everyPageKindRendersAsANonBlankImage() throws {
        let corpus = try CorpusRun.shared.get()
        let plain = try report([corpus.export.path])
        let compared = try report([corpus.export.path, "--gold", KijiProgram.packageRoot.appendingPathComponent("gold").path])
        let conflict = try report([try conflictingArticles().path])
        let pages = [("index", plain.appendingPathComponent("index.html")),
                     ("article", plain.appendingPathComponent("articles/1-\(Self.goldID).html")),
                     ("article beside gold", compared.appendingPathComponent("articles/1-\(Self.goldID).html")),
                     ("claims", conflict.appendingPathComponent("claims.html")),
                     ("claims of the corpus", plain.appendingPathComponent("claims.html"))]
        let folder = try KijiProgram.temporaryFolder()
        for (kind, page) in pages {
            for (width, height) in [(1280, 1000), (390, 844)] {
                let png = folder.appendingPathComponent("\(kind)-\(width).png")
                try Browser.screenshot(page, to: png, width: width, height: height)
                let image = try Screenshot.measure(png)
                #expect(image.width == width && image.height == height, "\(kind): \(image)")
                #expect(image.distinctRows > image.height / 10, "\(kind) at \(width) px looks blank: \(image)")
            }
        }
    }
}
