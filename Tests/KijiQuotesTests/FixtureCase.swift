import Foundation
import KijiCore

/// One hand-built document and the quotes expected in it, as a fixture file holds it.
/// Paragraphs are lists of sentences (joined with a space; paragraphs with a blank line), so the
/// sentence layer is exact; each entity is given by its text and marks every whole-word
/// occurrence of it outside words that merely contain it.
struct FixtureCase: Decodable {
    let id: Int
    let why: String
    let paragraphs: [[String]]
    let entities: [FixtureEntity]
    let quotes: [ExpectedQuote]

    struct FixtureEntity: Decodable {
        let text: String
        let type: String
        let canonical: String
    }

    struct ExpectedQuote: Decodable, Equatable, CustomStringConvertible {
        let text: String
        let kind: String
        let speaker: String?
        let mention: String?
        let cue: String?

        var description: String {
            "[\(kind)] \"\(text)\" speaker=\(speaker ?? "nil") mention=\(mention ?? "nil") cue=\(cue ?? "nil")"
        }
    }

    /// The document: text, sentences and entities as the fixture gives them.
    func document() throws -> Document {
        var text = ""
        var sentences: [Span] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { text += "\n\n" }
            for (number, sentence) in paragraph.enumerated() {
                if number > 0 { text += " " }
                let start = text.unicodeScalars.count
                text += sentence
                sentences.append(Span(start: start, end: text.unicodeScalars.count, text: sentence))
            }
        }
        var document = Document(id: "case-\(id)", source: .annotated, text: text)
        document.sentences = sentences
        let scalars = Array(text.unicodeScalars)
        var entities: [Entity] = []
        for entity in self.entities {
            guard let type = EntityType(rawValue: entity.type) else {
                throw FixtureError("case \(id): unknown entity type \(entity.type)")
            }
            let needle = Array(entity.text.unicodeScalars)
            var found = false
            var start = 0
            while start + needle.count <= scalars.count {
                let end = start + needle.count
                if Array(scalars[start..<end]) == needle, !isLetter(scalars, start - 1), !isLetter(scalars, end) {
                    entities.append(Entity(span: Span(start: start, end: end, text: entity.text), type: type,
                                           canonical: entity.canonical))
                    found = true
                    start = end
                } else {
                    start += 1
                }
            }
            guard found else { throw FixtureError("case \(id): entity '\(entity.text)' is not in the text") }
        }
        // Longer entities win over those they contain ("Scott Bessent" over "Bessent").
        entities.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
        var kept: [Entity] = []
        for entity in entities where kept.last.map({ entity.start >= $0.end }) ?? true { kept.append(entity) }
        document.entities = kept
        return document
    }

    private func isLetter(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        index >= 0 && index < scalars.count && scalars[index].properties.isAlphabetic
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The cases of a fixture file in the test bundle.
func fixtureCases(_ name: String) throws -> [FixtureCase] {
    guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
        throw FixtureError("fixture \(name).json is missing")
    }
    return try JSONDecoder().decode([FixtureCase].self, from: Data(contentsOf: url))
}
