import Testing
import KijiCore
@testable import KijiClaims

@Suite struct ClaimLinkerTests {
    /// A one-sentence document with its numbers (given by text), through the extractor.
    func extracted(_ id: String, _ text: String, number: String, _ value: NumberValue,
                   also others: [(String, NumberValue)] = []) throws -> Document {
        var document = Document(id: id, source: .annotated, text: text)
        document.sentences = [document.text.span(0, document.text.count)]
        let scalars = Array(text.unicodeScalars)
        document.numbers = ([(number, value)] + others).map { phrase, value in
            let start = scalars.indices.first { scalars[$0...].starts(with: phrase.unicodeScalars) }!
            return NumberMention(span: document.text.span(start, start + phrase.unicodeScalars.count), value: value)
        }.sorted { $0.start < $1.start }
        try ClaimExtractor().annotate(&document)
        return document
    }

    func link(_ documents: [Document], linker: ClaimLinker? = nil) throws -> [Document] {
        let linker = try linker ?? ClaimLinker()
        return try documents.map { document in
            var document = document
            try linker.annotate(&document)
            return document
        }
    }

    let rate25 = NumberValue(kind: .percent, value: 25, unit: "%")

    @Test func sameFactInDifferentWordingsLinks() throws {
        let documents = try link([
            extracted("a", "Japan faces a 25% levy on autos.", number: "25%", rate25),
            extracted("b", "Automakers pay the 25% tariff on car exports.", number: "25%", rate25),
            extracted("c", "The 25% tariffs on automobiles stay.", number: "25%", rate25),
        ])
        let clusters = documents.flatMap(\.claims).map(\.cluster)
        #expect(clusters.count == 3)
        #expect(Set(clusters).count == 1, "clusters: \(clusters)")
    }

    @Test func differentFactsStayApart() throws {
        let documents = try link([
            extracted("a", "A 25% tariff on automobiles applies.", number: "25%", rate25),
            extracted("b", "A 25% tariff on steel applies.", number: "25%", rate25),
            extracted("c", "The second round of talks was held on 1 May.", number: "1 May", NumberValue(kind: .date, normalized: "2025-05-01"),
                      also: [("second", NumberValue(kind: .ordinal, value: 2))]),
            extracted("d", "The third round of talks is set for 1 May.", number: "1 May", NumberValue(kind: .date, normalized: "2025-05-01"),
                      also: [("third", NumberValue(kind: .ordinal, value: 3))]),
        ])
        let clusters = documents.flatMap(\.claims).map(\.cluster)
        #expect(clusters.count == 4)
        #expect(Set(clusters).count == 4, "clusters: \(clusters)")
    }

    @Test func differingValuesOfOneFactAreAConflict() throws {
        let documents = try link([
            extracted("a", "The 90-day suspension of reciprocal tariffs ends on 8 July.", number: "8 July", NumberValue(kind: .date, normalized: "2025-07-08")),
            extracted("b", "Talks go on, with the suspension set to end on July 9.", number: "July 9", NumberValue(kind: .date, normalized: "2025-07-09")),
        ])
        let claims = documents.flatMap(\.claims).filter { $0.value?.kind == .date }
        #expect(claims.count == 2)
        #expect(claims[0].cluster == claims[1].cluster)
        #expect(ValueAgreement.of(claims[0].value, claims[1].value) == .conflict)
        #expect(ValueAgreement.of(NumberValue(kind: .date, normalized: "2025-SU"), NumberValue(kind: .date, normalized: "XXXX-07-20")) == .compatible)
    }

    @Test func blockingKeepsCandidateCountsSmall() throws {
        let linker = try ClaimLinker()
        // Many stored clusters about other things: none shares a block with the new claim.
        for index in 0..<500 {
            let claim = Claim(span: Span(start: 0, end: 1, text: "x"), subject: nil, attribute: "topic\(index)_holdings_amount",
                              value: NumberValue(kind: .money, value: Double(index), unit: "USD"), source: nil, cluster: "c\(index)")
            linker.restore(claim)
        }
        _ = try link([extracted("new", "The 25% tariff on automobiles applies.", number: "25%", rate25)], linker: linker)
        #expect(linker.lastCandidateCount == 0)
        _ = try link([extracted("new2", "A 25% tariff on cars applies.", number: "25%", rate25)], linker: linker)
        #expect(linker.lastCandidateCount == 1)
    }
}
