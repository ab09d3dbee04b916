import Foundation
import KijiCore
import Testing
@testable import KijiEntities

/// One case of Fixtures/resolver_cases.json: documents in run order, each with the canonicals of
/// its PERSON entities, its quote speakers and its claims' [subject, source]; and what they
/// should be once the resolver has run over them in order.
struct ResolverCase: Decodable {
    struct Names: Decodable, Equatable {
        let people: [String]
        let speakers: [String?]
        let claims: [[String?]]
    }
    let n: Int
    let why: String
    let documents: [Names]
    let expected: [Names]
}

private func document(from names: ResolverCase.Names, index: Int) -> Document {
    var document = Document(id: "doc\(index)", source: .annotated, text: "")
    let span = Span(start: 0, end: 0, text: "")
    document.entities = names.people.map { Entity(span: span, type: .person, canonical: $0) }
    document.quotes = names.speakers.map { Quote(span: span, kind: .direct, speaker: $0) }
    document.claims = names.claims.map { Claim(span: span, subject: $0[0], attribute: "a", value: nil, source: $0[1]) }
    return document
}

private func names(of document: Document) -> ResolverCase.Names {
    ResolverCase.Names(people: document.entities.map(\.canonical), speakers: document.quotes.map(\.speaker),
                       claims: document.claims.map { [$0.subject, $0.source] })
}

@Test func resolverCases() throws {
    let url = try #require(Bundle.module.url(forResource: "resolver_cases", withExtension: "json", subdirectory: "Fixtures"))
    let cases = try JSONDecoder().decode([ResolverCase].self, from: Data(contentsOf: url))
    for testCase in cases {
        let resolver = CanonicalResolver()
        for (index, given) in testCase.documents.enumerated() {
            var resolved = document(from: given, index: index)
            try resolver.annotate(&resolved)
            #expect(names(of: resolved) == testCase.expected[index], "case \(testCase.n), document \(index) (\(testCase.why))")
        }
    }
}

@Test func resolverLeavesOtherTypesAlone() throws {
    let resolver = CanonicalResolver()
    let span = Span(start: 0, end: 0, text: "")
    var first = Document(id: "a", source: .annotated, text: "")
    first.entities = [Entity(span: span, type: .person, canonical: "Jordan Peterson")]
    try resolver.annotate(&first)
    var second = Document(id: "b", source: .annotated, text: "")
    second.entities = [Entity(span: span, type: .gpe, canonical: "Peterson")]
    try resolver.annotate(&second)
    #expect(second.entities[0].canonical == "Peterson")
}
