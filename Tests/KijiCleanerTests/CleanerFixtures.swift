import Foundation
import KijiCore

/// Expected meta fields of a fixture case; a field left out is not checked.
struct ExpectedMeta: Decodable {
    var title: String??
    var subtitle: String??
    var published: String??
    var outlet: String??
    var authors: [String]?

    enum CodingKeys: String, CodingKey { case title, subtitle, published, outlet, authors }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func field(_ key: CodingKeys) throws -> String?? {
            c.contains(key) ? .some(try c.decodeNil(forKey: key) ? nil : try c.decode(String.self, forKey: key)) : .none
        }
        title = try field(.title)
        subtitle = try field(.subtitle)
        published = try field(.published)
        outlet = try field(.outlet)
        authors = try c.decodeIfPresent([String].self, forKey: .authors)
    }

    /// Descriptions of the fields of `meta` that differ from what is expected.
    func mismatches(_ meta: Meta) -> [String] {
        var found: [String] = []
        func check(_ name: String, _ expected: String??, _ actual: String?) {
            if case .some(let value) = expected, value != actual {
                found.append("\(name): expected \(value ?? "nil"), got \(actual ?? "nil")")
            }
        }
        check("title", title, meta.title)
        check("subtitle", subtitle, meta.subtitle)
        check("published", published, meta.published)
        check("outlet", outlet, meta.outlet)
        if let authors, authors != meta.authors { found.append("authors: expected \(authors), got \(meta.authors)") }
        return found
    }
}

struct FixtureFile<Case: Decodable>: Decodable {
    var cases: [Case]
}

enum Fixtures {
    static func url(_ path: String) throws -> URL {
        guard let base = Bundle.module.resourceURL else { throw FixtureError("no resource folder in the test bundle") }
        return base.appendingPathComponent("Fixtures").appendingPathComponent(path)
    }

    static func load<Case: Decodable>(_ name: String, as type: Case.Type) throws -> [Case] {
        try JSONDecoder().decode(FixtureFile<Case>.self, from: Data(contentsOf: url(name))).cases
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
