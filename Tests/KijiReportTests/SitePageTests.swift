import Foundation
import KijiCore
import Testing
@testable import KijiReport

/// The pages' content built in memory: escaping, the gold comparison, cluster agreement.
@Suite struct SitePageTests {
    func document(_ id: String, text: String, outlet: String?, published: String?, claims: [(Int, Int, NumberValue?)] = [],
                  cluster: String = "auto-tariff") -> AnnotatedDocument {
        var document = AnnotatedDocument(id: id)
        document.text = text
        document.meta = Meta(title: "Title of \(id)", published: published, outlet: outlet)
        let scalars = Array(text.unicodeScalars)
        document.claims = claims.map { start, end, value in
            Claim(span: Span(start: start, end: end, text: String(String.UnicodeScalarView(scalars[start..<end]))),
                  subject: "Japan", attribute: "auto_tariff_rate", value: value, source: nil, cluster: cluster)
        }
        return document
    }

    @Test func everyTextOnAPageIsEscaped() throws {
        var hostile = document("x<y", text: "Tom & <b>Jerry</b> said \"hi\".", outlet: "<script>alert(1)</script>", published: nil)
        hostile.meta.title = "<img src=x onerror=alert(1)>"
        hostile.entities = [Entity(span: Span(start: 6, end: 18, text: "<b>Jerry</b>"), type: .person, canonical: "\"Jerry\" <J>")]
        let page = try Templates().render("article", ArticlePage.view(hostile, gold: nil, site: SiteInfo(version: "test")))
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<img src=x"))
        #expect(!page.contains("<b>Jerry"))
        #expect(page.contains("&lt;b&gt;Jerry&lt;/b&gt;"))
        #expect(page.contains("data-tip=\"PERSON · &quot;Jerry&quot; &lt;J&gt;\""))
        #expect(page.contains("Tom &amp; "))
    }

    @Test func goldComparisonMarksMissedAndSpurious() {
        let text = "Kato met Bessent in Washington."
        var predicted = document("a", text: text, outlet: nil, published: nil)
        predicted.entities = [Entity(span: Span(start: 0, end: 4, text: "Kato"), type: .person, canonical: "Katsunobu Kato"),
                              Entity(span: Span(start: 20, end: 30, text: "Washington"), type: .person, canonical: "Washington")]
        var gold = predicted
        gold.entities = [Entity(span: Span(start: 0, end: 4, text: "Kato"), type: .person, canonical: "Katsunobu Kato"),
                         Entity(span: Span(start: 9, end: 16, text: "Bessent"), type: .person, canonical: "Scott Bessent"),
                         Entity(span: Span(start: 20, end: 30, text: "Washington"), type: .gpe, canonical: "Washington, D.C.")]
        var predictedMarks = Mark.marks(of: predicted)
        var goldMarks = Mark.marks(of: gold, anchorPrefix: "gold-")
        let counts = GoldComparison.compare(predicted: &predictedMarks, gold: &goldMarks)
        #expect(counts[.entity]?.matched == 1)
        #expect(predictedMarks.map(\.status) == [nil, .spurious])
        #expect(goldMarks.map(\.status) == [nil, .missed, .missed])
    }

    @Test func differentValuesInOneClusterConflictAndSuccessiveOnesAreAnUpdate() {
        let text = "The tariff is 25 percent."
        let rate = { (percent: Double) in NumberValue(kind: .percent, value: percent, unit: "%") }
        var same = ClusterCollector(memberLimit: 10)
        same.add(document("a", text: text, outlet: "A", published: "2025-05-01", claims: [(0, 25, rate(25))]).claims,
                 article: 0, outlet: "A", published: "2025-05-01")
        same.add(document("b", text: text, outlet: "B", published: "2025-05-02", claims: [(0, 25, rate(25))]).claims,
                 article: 1, outlet: "B", published: "2025-05-02")
        #expect(same.crossArticle.first?.agreement == .agree)

        var overlapping = same
        overlapping.add(document("c", text: text, outlet: "C", published: "2025-05-01", claims: [(0, 25, rate(15))]).claims,
                        article: 2, outlet: "C", published: "2025-05-01")
        #expect(overlapping.crossArticle.first?.agreement == .conflict)
        #expect(overlapping.crossArticle.first?.conflictingGroups == [0, 1])

        var later = same
        later.add(document("d", text: text, outlet: "D", published: "2025-07-23", claims: [(0, 25, rate(15))]).claims,
                  article: 2, outlet: "D", published: "2025-07-23")
        #expect(later.crossArticle.first?.agreement == .update)
    }

    @Test func aClusterWithinOneArticleIsNotShownAcrossArticles() {
        var collector = ClusterCollector(memberLimit: 10)
        let one = document("a", text: "The tariff is 25 percent.", outlet: nil, published: nil,
                           claims: [(0, 10, nil), (11, 25, nil)])
        collector.add(one.claims, article: 0, outlet: nil, published: nil)
        #expect(collector.crossArticle.isEmpty)
    }
}
