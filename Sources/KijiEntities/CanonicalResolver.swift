import KijiCore

/// Resolves personal names across the documents of a run: a document that names a person only by
/// family name ("Kato") gets the full name another document of the run gave ("Katsunobu Kato"),
/// when only one full name has that family name; a full name written in the other order in an
/// earlier document ("Akazawa Ryosei" / "Ryosei Akazawa") takes the earlier one's canonical.
/// Every occurrence of a replaced canonical is rewritten: entities, quote speakers, claim
/// subjects and sources.
///
/// Reads: entities. Writes: entities, quotes, claims.
/// Assumes: the runner calls it once per document, in input order, from one queue (its registry
/// is plain mutable state confined to that queue; it is not thread-safe on its own).
public final class CanonicalResolver: SequentialStage {
    /// Folded family name → full canonical names seen with it, in the order first seen.
    private var fullNamesByFamily: [String: [String]] = [:]
    /// Sorted folded tokens of a full name → the canonical first seen for them.
    private var fullNamesByTokens: [[String]: String] = [:]

    /// Chinese and Korean family names, written first ("Xi Jinping"): a full name starting with
    /// one is also known by its first token ("Xi" in a later article).
    private let familyFirst: Set<String>

    public init() {
        let names = (try? Lexicon.lines("east_asian_family_names.txt", in: .module)) ?? []
        familyFirst = Set(names.flatMap { NameTokens.tokens($0) })
    }

    public var name: String { "resolve" }
    public var reads: Set<Layer> { [.entities] }
    public var writes: Set<Layer> { [.entities, .quotes, .claims] }

    public func annotate(_ document: inout Document) throws {
        var renames: [String: String] = [:]
        var tokensOf: [String: [String]] = [:]
        func tokens(_ canonical: String) -> [String] {
            if let known = tokensOf[canonical] { return known }
            let tokens = NameTokens.tokens(canonical)
            tokensOf[canonical] = tokens
            return tokens
        }
        // Full names first: they join the registry, and take an earlier spelling of the same name.
        var fullNames: [String] = []
        for entity in document.entities where entity.type == .person {
            let tokens = tokens(entity.canonical)
            guard tokens.count >= 2, renames[entity.canonical] == nil, !fullNames.contains(entity.canonical) else { continue }
            if let known = fullNamesByTokens[tokens.sorted()], known != entity.canonical {
                renames[entity.canonical] = known
            } else {
                fullNames.append(entity.canonical)
            }
        }
        for full in fullNames { register(full, tokens: tokens(full)) }
        // Bare family names: the one full name the run knows for them.
        for entity in document.entities where entity.type == .person {
            let tokens = tokens(entity.canonical)
            guard tokens.count == 1, renames[entity.canonical] == nil,
                  let candidates = fullNamesByFamily[tokens[0]], candidates.count == 1 else { continue }
            renames[entity.canonical] = candidates[0]
        }
        guard !renames.isEmpty else { return }
        for index in document.entities.indices {
            if let renamed = renames[document.entities[index].canonical], document.entities[index].type == .person {
                document.entities[index].canonical = renamed
            }
        }
        for index in document.quotes.indices {
            if let speaker = document.quotes[index].speaker, let renamed = renames[speaker] {
                document.quotes[index].speaker = renamed
            }
        }
        for index in document.claims.indices {
            if let subject = document.claims[index].subject, let renamed = renames[subject] {
                document.claims[index].subject = renamed
            }
            if let source = document.claims[index].source, let renamed = renames[source] {
                document.claims[index].source = renamed
            }
        }
    }

    /// Records a full name under its family name: the last token (canonicals are given name first),
    /// and the first one too when it is a Chinese or Korean family name.
    private func register(_ canonical: String, tokens: [String]) {
        let key = tokens.sorted()
        guard fullNamesByTokens[key] == nil else { return }
        fullNamesByTokens[key] = canonical
        var families = [tokens[tokens.count - 1]]
        if familyFirst.contains(tokens[0]) { families.append(tokens[0]) }
        for family in families where !fullNamesByFamily[family, default: []].contains(canonical) {
            fullNamesByFamily[family, default: []].append(canonical)
        }
    }
}
