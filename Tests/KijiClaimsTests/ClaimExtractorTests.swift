import Testing
import KijiCore
@testable import KijiClaims

@Suite struct ClaimExtractorTests {
    @Test func factsAndPositionsOfTheFixtureSentences() throws {
        try checkFixture("facts")
    }

    /// General errors seen on articles of other outlets and topics (business, tech, sports, US politics).
    @Test func sentencesOfOtherOutletsAndTopics() throws {
        try checkFixture("other_outlets")
    }

    func checkFixture(_ name: String) throws {
        let extractor = try ClaimExtractor()
        for fixture in try loadFixture(name) {
            var document = fixture.document()
            try extractor.annotate(&document)
            let found = document.claims
            let described = found.map { "\($0.attribute) \($0.value?.value.map { "\($0)" } ?? $0.value?.normalized ?? "-") source=\($0.source ?? "-")" }
            #expect(found.count == fixture.expected.count, "\(name) case \(fixture.id) (\(fixture.why)): expected \(fixture.expected), got \(described)")
            for (expected, match) in zip(fixture.expected, assignment(of: fixture.expected, in: found)) {
                #expect(match != nil, "\(name) case \(fixture.id) (\(fixture.why)): missing \(expected); got \(described)")
            }
        }
    }
}
