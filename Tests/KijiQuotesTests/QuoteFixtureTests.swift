import KijiCore
import Testing
@testable import KijiQuotes

/// Each fixture file holds numbered hand-built documents with the quotes a reader expects in
/// them; a case fails with its number, its reason and the difference.
@Suite struct QuoteFixtureTests {
    let attributor: QuoteAttributor

    init() throws {
        attributor = try QuoteAttributor()
    }

    @Test func quotationMarks() throws { try run("marks") }
    @Test func quoteKinds() throws { try run("kinds") }
    @Test func speakers() throws { try run("speakers") }
    @Test func termsAreNotQuotes() throws { try run("terms") }

    private func run(_ fixture: String) throws {
        let cases = try fixtureCases(fixture)
        #expect(!cases.isEmpty)
        for fixtureCase in cases {
            var document = try fixtureCase.document()
            try attributor.annotate(&document)
            let found = document.quotes.map {
                FixtureCase.ExpectedQuote(text: $0.text, kind: $0.kind.rawValue, speaker: $0.speaker,
                                          mention: $0.speakerMention?.text, cue: $0.cue)
            }
            #expect(found == fixtureCase.quotes, """
                \(fixture) case \(fixtureCase.id) (\(fixtureCase.why))
                expected: \(fixtureCase.quotes.map(\.description).joined(separator: "\n          "))
                found:    \(found.map(\.description).joined(separator: "\n          "))
                rules:    \(document.quotes.map { $0.rule ?? "-" })
                """)
        }
    }
}
