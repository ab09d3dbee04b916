import Foundation
import KijiCore
import Testing
@testable import KijiEntities

/// One hard case of Fixtures/entity_cases.json: a text and the entities expected in it, in order,
/// as [text, type, canonical].
struct EntityCase: Decodable {
    let n: Int
    let why: String
    let text: String
    let entities: [[String]]
}

/// Runs the recognizer on a hand-built document: the text, its ICU word tokens, and no sentences
/// (the recognizer then finds rough sentence starts itself).
func recognize(_ text: String, with recognizer: EntityRecognizer) throws -> [Entity] {
    var document = Document(id: "case", source: .annotated, text: text)
    document.tokens = try WordTokenizer.tokens(of: document.text)
    try recognizer.annotate(&document)
    return document.entities
}

@Test func entityCases() throws {
    let url = try #require(Bundle.module.url(forResource: "entity_cases", withExtension: "json", subdirectory: "Fixtures"))
    let cases = try JSONDecoder().decode([EntityCase].self, from: Data(contentsOf: url))
    let recognizer = try EntityRecognizer()
    for testCase in cases {
        let found = try recognize(testCase.text, with: recognizer).map { [$0.text, $0.type.rawValue, $0.canonical] }
        #expect(found == testCase.entities, "case \(testCase.n) (\(testCase.why))")
    }
}

@Test func spansPointIntoTheText() throws {
    let recognizer = try EntityRecognizer()
    let text = "Prime Minister Ishiba Shigeru’s talks with Katō in Tōkyō and the US’s envoy."
    let scalars = Array(text.unicodeScalars)
    for entity in try recognize(text, with: recognizer) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[entity.start..<entity.end])
        #expect(String(view) == entity.text)
    }
}
