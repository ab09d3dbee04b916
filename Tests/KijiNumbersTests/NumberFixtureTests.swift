import Foundation
import KijiCore
import Testing
@testable import KijiNumbers

/// One fixture file of hard cases: each input is a document (with an optional publication
/// date and no entities); the recognizer must report exactly the expected numbers, in order.
struct NumberFixture: Decodable {
    struct Case: Decodable {
        var id: Int
        var input: String
        var published: String?
        var expected: [Expected]
        var why: String
    }

    struct Expected: Decodable {
        var text: String
        var kind: String
        var value: Double?
        var unit: String?
        var normalized: String?
    }

    var cases: [Case]

    static func load(_ name: String) throws -> NumberFixture {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode(NumberFixture.self, from: Data(contentsOf: url))
    }
}

/// Runs every case of a fixture file and records, for each failing case, its id, why it matters,
/// and the difference.
func checkFixture(_ name: String) throws {
    let recognizer = try NumberRecognizer()
    for item in try NumberFixture.load(name).cases {
        var document = Document(id: "\(name)-\(item.id)", source: .annotated, meta: Meta(published: item.published), text: item.input)
        try recognizer.annotate(&document)
        let got = document.numbers.map(describe)
        let want = item.expected.map(describe)
        #expect(got == want, "\(name) case \(item.id) (\(item.why)): input \(item.input.debugDescription)")
    }
}

private func describe(_ mention: NumberMention) -> String {
    describe(mention.text, mention.kind.rawValue, mention.value, mention.unit, mention.normalized)
}

private func describe(_ expected: NumberFixture.Expected) -> String {
    describe(expected.text, expected.kind, expected.value, expected.unit, expected.normalized)
}

private func describe(_ text: String, _ kind: String, _ value: Double?, _ unit: String?, _ normalized: String?) -> String {
    // Values to four significant digits: one-third is 0.3333 in both.
    let shown = value.map { String(format: "%.4g", $0) } ?? "null"
    return "\(text) \(kind) \(shown) \(unit ?? "-") \(normalized ?? "-")"
}

@Test func moneyAndPercent() throws { try checkFixture("money_percent") }
@Test func datesAndTimes() throws { try checkFixture("dates_times") }
@Test func wordsAndFractions() throws { try checkFixture("words_fractions") }
@Test func durationsAndQuantities() throws { try checkFixture("durations_quantities") }
@Test func notNumbers() throws { try checkFixture("not_numbers") }
@Test func outOfDomain() throws { try checkFixture("out_of_domain") }
@Test func newsOfEveryKind() throws { try checkFixture("news_kinds") }

/// Without a publication date, `referenceDate` resolves relative dates.
@Test func referenceDateStandsInForPublication() throws {
    let recognizer = try NumberRecognizer(referenceDate: "2025-05-02")
    var document = Document(id: "reference", source: .annotated, text: "Talks were held last week.")
    try recognizer.annotate(&document)
    #expect(document.numbers.map(\.normalized) == ["2025-W17"])
}

@Test func malformedReferenceDateIsRefused() {
    #expect(throws: (any Error).self) { try NumberRecognizer(referenceDate: "May 2") }
}
