import Foundation
import Testing
import KijiCore

/// A hand-built one-sentence document from a fixture case: entities, numbers and quotes are
/// given by their text (first occurrence) and labels, offsets are computed here.
struct FixtureCase: Decodable {
    var id: Int
    var why: String
    var text: String
    /// The article's publication date (default 2025-05-02).
    var published: String?
    var entities: [[FixtureValue]]?
    var numbers: [[FixtureValue]]?
    var quotes: [[FixtureValue]]?
    var expected: [ExpectedClaim]

    struct ExpectedClaim: Decodable, CustomStringConvertible {
        var attribute: String
        var value: Double?
        var normalized: String?
        var source: String?
        var subject: String?
        /// Expected claims of a story with one label must share a cluster; with different labels, not.
        var cluster: String?
        var description: String { "\(attribute) \(value.map { "\($0)" } ?? normalized ?? "-") source=\(source ?? "-")" }
    }

    func document() -> Document {
        var document = Document(id: "case-\(id)", source: .annotated, meta: Meta(published: published ?? "2025-05-02"), text: text)
        document.sentences = [document.text.span(0, document.text.count)]
        func span(_ phrase: String) -> Span {
            let scalars = Array(text.unicodeScalars), target = Array(phrase.unicodeScalars)
            let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
            return document.text.span(start, start + target.count)
        }
        document.entities = (entities ?? []).map { row in
            Entity(span: span(row[0].string!), type: EntityType(rawValue: row[1].string!)!, canonical: row[2].string!)
        }
        document.numbers = (numbers ?? []).map { row in
            NumberMention(span: span(row[0].string!), value: NumberValue(kind: NumberKind(rawValue: row[1].string!)!,
                                                                       value: row[2].number, unit: row[3].string, normalized: row[4].string))
        }
        document.quotes = (quotes ?? []).map { row in
            Quote(span: span(row[0].string!), kind: .direct, speaker: row[1].string)
        }
        return document
    }
}

/// A string, a number or null in a fixture row.
enum FixtureValue: Decodable {
    case string(String), number(Double), null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let number = try? container.decode(Double.self) { self = .number(number) }
        else { self = .string(try container.decode(String.self)) }
    }

    var string: String? { if case .string(let value) = self { return value } else { return nil } }
    var number: Double? { if case .number(let value) = self { return value } else { return nil } }
}

func loadFixture(_ name: String) throws -> [FixtureCase] {
    struct File: Decodable { var cases: [FixtureCase] }
    let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "json"))
    return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).cases
}

extension FixtureCase.ExpectedClaim {
    func matches(_ claim: Claim) -> Bool {
        claim.attribute == attribute
            && (value == nil || claim.value?.value == value)
            && (normalized == nil || claim.value?.normalized == normalized)
            && (source == nil || claim.source == source)
            && (subject == nil || claim.subject == subject)
    }
}

/// The found claim each expected claim matches, each found claim used once.
func assignment(of expected: [FixtureCase.ExpectedClaim], in found: [Claim]) -> [Claim?] {
    var used: Set<Int> = []
    return expected.map { wanted in
        guard let index = found.indices.first(where: { !used.contains($0) && wanted.matches(found[$0]) }) else { return nil }
        used.insert(index)
        return found[index]
    }
}

/// A story told by several articles (a data table of `Fixtures/news_kinds.json`).
struct NewsStory: Decodable {
    var kind: String
    var source: String
    var documents: [FixtureCase]
    /// The verdict expected of a cluster label ("update", "conflict").
    var verdicts: [String: String]?
}

func loadStories(_ name: String) throws -> [NewsStory] {
    struct File: Decodable { var stories: [NewsStory] }
    let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "json"))
    return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).stories
}
