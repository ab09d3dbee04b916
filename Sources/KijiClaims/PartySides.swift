import KijiCore

/// The country a party speaks for: a country itself, a capital for its country ("Tokyo" →
/// Japan, lexicon `party_sides.tsv` made from WordNet), and a person by the country the article
/// names in their description: "Japanese Prime Minister Shigeru Ishiba", "Japan's top trade
/// negotiator Ryosei Akazawa", "Ryosei Akazawa, Japan's economic revitalization minister". Two
/// positions of one side are the positions of one party ("Japan seeks a review of the tariffs",
/// said by its prime minister or by its negotiator).
struct PartySides {
    /// Countries, capitals and country adjectives, by name: the country they stand for.
    let countries: [String: String]

    /// The sides of the document's persons, by canonical name, from their descriptions.
    func personSides(in document: Document) -> [String: String] {
        let entities = document.entities
        var sides: [String: String] = [:]
        let text = document.text
        for (index, entity) in entities.enumerated() where entity.type == .person && sides[entity.canonical] == nil {
            if index > 0, let side = country(of: entities[index - 1]), entities[index - 1].end <= entity.start,
               Self.isDescription(text.substring(entities[index - 1].end, entity.start)) {
                sides[entity.canonical] = side
            } else if index + 1 < entities.count, let side = country(of: entities[index + 1]),
                      entity.end <= entities[index + 1].start,
                      Self.isApposition(text.substring(entity.end, entities[index + 1].start),
                                        then: text.substring(entities[index + 1].end, min(entities[index + 1].end + 2, text.count))) {
                sides[entity.canonical] = side
            }
        }
        return sides
    }

    /// The side of a party named `party` (a canonical name), given the document's person sides.
    func side(of party: String, persons: [String: String]) -> String? {
        persons[party] ?? countries[party]
    }

    /// The country an entity stands for: a country or a capital by its name, a country adjective.
    private func country(of entity: Entity) -> String? {
        guard entity.type == .gpe || entity.type == .norp else { return nil }
        return countries[entity.canonical] ?? countries[entity.text]
    }

    /// Words between a country and a person that describe the person's office: at most five,
    /// no punctuation but a possessive ("Japan's top trade negotiator", "US Treasury Secretary").
    static func isDescription(_ between: String) -> Bool {
        var words = between.split(separator: " ")
        if let first = words.first, first == "'s" || first == "’s" { words.removeFirst() }
        else if !between.hasPrefix(" ") { return false }
        return words.count <= 5 && words.allSatisfy { word in
            word.allSatisfy { $0.isLetter || $0 == "-" } && !descriptionBreaks.contains(word.lowercased())
        }
    }

    /// "Name, Japan's …": a comma, then the country in the possessive.
    static func isApposition(_ between: String, then after: String) -> Bool {
        (between == ", " || between == ", the ") && (after == "'s" || after == "’s")
    }

    /// Words that end a description: a clause or a list goes on ("Japan and the US",
    /// "Japan said Ishiba …").
    static let descriptionBreaks: Set<String> = ["and", "or", "with", "but", "while", "said", "says", "told", "to", "that", "of", "between", "by", "for", "as", "in", "on", "at"]
}
