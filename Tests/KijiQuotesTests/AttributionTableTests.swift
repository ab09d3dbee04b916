import Foundation
import KijiCore
import Testing
@testable import KijiQuotes

/// One document of the attribution table: excerpts of real news articles of many kinds (see
/// `source`), with the entities an entity layer would give and the quotes a reader expects.
/// These are tests, not gold: they do not enter the scored dev set.
struct AttributionCase: Decodable {
    let id: Int
    /// The kind of news ("sports", "courts", …).
    let news: String
    let source: String
    let paragraphs: [[String]]
    let entities: [FixtureCase.FixtureEntity]
    let quotes: [Expected]

    struct Expected: Decodable, Equatable, CustomStringConvertible {
        let text: String
        let kind: String
        let speaker: String?
        let cue: String?

        var description: String {
            "[\(kind)] \"\(text)\" speaker=\(speaker ?? "nil") cue=\(cue ?? "nil")"
        }
    }

    func document() throws -> Document {
        try FixtureCase(id: id, why: news, paragraphs: paragraphs, entities: entities, quotes: []).document()
    }
}

/// The attribution table, quote by quote: each expected quote must come out with its span,
/// kind, speaker and cue, and nothing else may come out; a failure names the sieve that decided.
@Suite struct AttributionTableTests {
    @Test func everyQuoteOfTheTable() throws {
        guard let url = Bundle.module.url(forResource: "attribution", withExtension: "json", subdirectory: "Fixtures") else {
            throw FixtureError("fixture attribution.json is missing")
        }
        let cases = try JSONDecoder().decode([AttributionCase].self, from: Data(contentsOf: url))
        #expect(cases.reduce(0) { $0 + $1.quotes.count } >= 80)
        #expect(Set(cases.map(\.news)).count >= 8)
        let attributor = try QuoteAttributor()
        for table in cases {
            var document = try table.document()
            try attributor.annotate(&document)
            var found = document.quotes
            for expected in table.quotes {
                guard let index = found.firstIndex(where: { $0.text == expected.text }) else {
                    Issue.record("""
                        case \(table.id) (\(table.news)): quote not found \(expected)
                        found: \(found.map { "\"\($0.text)\" by \($0.rule ?? "-")" })
                        """)
                    continue
                }
                let quote = found.remove(at: index)
                let got = AttributionCase.Expected(text: quote.text, kind: quote.kind.rawValue, speaker: quote.speaker, cue: quote.cue)
                #expect(got == expected, "case \(table.id) (\(table.news)), sieve \(quote.rule ?? "-"): expected \(expected), found \(got)")
            }
            for extra in found {
                Issue.record("case \(table.id) (\(table.news)): unexpected quote \"\(extra.text)\" by sieve \(extra.rule ?? "-")")
            }
        }
    }
}
