import Foundation

/// One numbered hard case of a fixture file: a text and the sentences expected from it.
struct SentenceFixture: Decodable {
    let id: Int
    let input: String
    let expected: [String]
    let why: String

    /// The cases of `Fixtures/<name>`.
    static func load(_ name: String) throws -> [SentenceFixture] {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw FixtureError(description: "fixture \(name) is missing")
        }
        return try JSONDecoder().decode([SentenceFixture].self, from: Data(contentsOf: url))
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
}
