import KijiCore

/// Finds the checkable claims of each sentence (ANNOTATION.md "claims"): facts that rest on a
/// number governed by a head noun of the lexicon (`FactFinder`), and positions a named party
/// states on a topic (`PositionFinder`), unless the article describes that party as a commentator
/// (`CommentatorFinder`: what an analyst says is analysis). Each claim spans its sentence; a
/// sentence with several facts gives several claims over the same span. `cluster` is left empty
/// for `ClaimLinker`.
///
/// Reads: text, sentences, entities, numbers, quotes. Writes: claims.
/// Assumes entities carry canonical names and quotes their speakers; works with whatever the
/// upstream layers hold (a missing entity only loses a subject or a source).
public struct ClaimExtractor: Stage {
    let lexicon: ClaimLexicon

    public init() throws {
        lexicon = try ClaimLexicon()
    }

    public var name: String { "claims" }
    public var reads: Set<Layer> { [.text, .sentences, .entities, .numbers, .quotes] }
    public var writes: Set<Layer> { [.claims] }

    public func annotate(_ document: inout Document) throws {
        let attributor = SourceAttributor(lexicon: lexicon)
        let facts = FactFinder(lexicon: lexicon)
        let positions = PositionFinder(lexicon: lexicon, attributor: attributor)
        var memory = PositionFinder.QuotationMemory()
        var commentators: Set<String>?
        let layout = DocumentLayout(document)
        var claims: [Claim] = []
        for sentence in document.sentences {
            let context = SentenceContext(span: sentence, document: document, layout: layout, lexicon: lexicon)
            var foundCues: [SourceAttributor.Attribution]?
            func cues() -> [SourceAttributor.Attribution] {
                if let foundCues { return foundCues }
                let cues = attributor.cueAttributions(in: context)
                foundCues = cues
                return cues
            }
            let found = facts.facts(in: context)
            if !found.isEmpty {
                let source = attributor.attribution(in: context, cues: cues())?.source
                let spans = factSpans(found, in: context, text: document.text)
                for (fact, span) in zip(found, spans) {
                    claims.append(Claim(span: span, subject: subject(of: fact, in: context),
                                        attribute: fact.terms.joined(separator: "_"), value: fact.value,
                                        source: source, rule: fact.rule))
                }
            }
            if let position = positions.position(in: context, cues: cues, memory: &memory),
               !isCommentator(position.party, known: &commentators, in: document) {
                claims.append(Claim(span: sentence, subject: position.party,
                                    attribute: (position.topics + ["position"]).joined(separator: "_"),
                                    value: nil, source: position.party, rule: position.rule))
            }
        }
        document.claims = claims.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
    }

    /// Whether the party of a position is a commentator of the document (found on first need).
    private func isCommentator(_ party: String, known: inout Set<String>?, in document: Document) -> Bool {
        if known == nil { known = CommentatorFinder(titles: lexicon.commentatorTitles).commentators(in: document) }
        return known!.contains(party)
    }

    /// Each fact spans its sentence, or its clause when the sentence's facts lie in several clauses.
    private func factSpans(_ facts: [FactFinder.Fact], in sentence: SentenceContext, text: DocumentText) -> [Span] {
        guard facts.count > 1 else { return facts.map { _ in sentence.span } }
        let clauses = ClauseSplitter.clauses(of: sentence.words)
        let clauseOf = facts.map { fact in
            clauses.firstIndex { $0.contains(fact.anchorIndex) } ?? 0
        }
        guard clauseOf.contains(where: { $0 != clauseOf[0] }) else { return facts.map { _ in sentence.span } }
        return clauseOf.map { ClauseSplitter.span(of: clauses[$0], words: sentence.words, text: text) ?? sentence.span }
    }

    /// The entity a fact is about: a possessor or adjective just before the head ("Japan's
    /// holdings", "US tariffs"), else the first country of the sentence, else its first name.
    private func subject(of fact: FactFinder.Fact, in sentence: SentenceContext) -> String? {
        var index = fact.headIndex - 1
        while index >= 0, index >= fact.headIndex - 5 {
            if let entity = sentence.entity(at: index), [.gpe, .person, .org].contains(entity.type) { return entity.canonical }
            if ClaimWords.clauseBreaks.contains(sentence.words[index].text) { break }
            index -= 1
        }
        return sentence.entities.first { $0.type == .gpe }?.canonical
            ?? sentence.entities.first { [.person, .org].contains($0.type) }?.canonical
    }
}
