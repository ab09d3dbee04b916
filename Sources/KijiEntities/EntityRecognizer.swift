import KijiCore

/// Finds named entities (ANNOTATION.md "entities") and gives each its canonical name.
///
/// Reads: text, sentences, tokens (ICU word tokens). Writes: entities.
/// Works from evidence, never from a list of the corpus' names: gazetteers of countries (ICU's
/// region names plus aliases), places, demonyms and well-known organizations; capitalized words
/// away from a sentence's start; titles and roles before a name ("Finance Minister", "chief
/// negotiator"); organization words ("Ministry of", "University", "LLC"); speech verbs ("Kato
/// said"); lexicons of common given and family names (general, US Census and Japanese ones),
/// which also tell a family-name-first order; the shape of unknown names: after "the", made of
/// common English words, ending in a plural noun or written with an inner capital ("the Big Ten",
/// "Digital Foundry", "WeWork") they are organizations, not people; place and facility heads
/// ("Orange County", "Bridgestone Arena"); ", <state>" after a town. Spans leave out titles, a
/// leading "the" and a possessive "'s".
/// Words are matched against the lexicons by integer ids (`WordVocabulary`), not by hashing
/// strings per question.
/// Canonical names link short mentions to the full names of the same document; across documents
/// `CanonicalResolver` does the same.
/// Assumes: `tokens` come from `WordTokenizer` over the same text; sentences cover the text.
public struct EntityRecognizer: Stage {
    let lexicons: EntityLexicons

    /// Loads the lexicons; throws when a resource file is missing or malformed.
    public init() throws {
        lexicons = try EntityLexicons()
    }

    public var name: String { "entities" }
    public var reads: Set<Layer> { [.text, .sentences, .tokens] }
    public var writes: Set<Layer> { [.entities] }

    public func annotate(_ document: inout Document) throws {
        var ids = DocumentWordIDs(vocabulary: lexicons.vocabulary, expectedWords: document.tokens.count / 2)
        let words = TextWords.words(text: document.text, tokens: document.tokens, sentences: document.sentences, ids: &ids)
        let mentions = MentionFinder(lexicons: lexicons, text: document.text, words: words).mentions()
        document.entities = DocumentNames(lexicons: lexicons, text: document.text, words: words)
            .entities(from: mentions)
    }
}
