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
        let candidates = NumberCandidates(lexicon: lexicon)
        let statements = StatementFinder(lexicon: lexicon)
        let namer = AttributeNamer(lexicon: lexicon)
        let positions = PositionFinder(lexicon: lexicon, attributor: attributor)
        let commentators = CommentatorFinder(titles: lexicon.commentatorTitles).commentators(in: document)
        let layout = DocumentLayout(document)
        let sides = PartySides(countries: lexicon.partySides)
        let personSides = sides.personSides(in: document)
        var claims: [Claim] = []
        let storyTerms = storyTerms(of: document)
        // Counts the document already claimed: the same count again is a restatement.
        var claimedCounts: NumberCandidates.Recent = []
        var previousHadQuote = false
        for sentence in document.sentences where !Self.isCaption(sentence.text) {
            let context = SentenceContext(span: sentence, document: document, layout: layout, lexicon: lexicon)
            let numbers = candidates.claims(in: context, recent: claimedCounts)
            claimedCounts.formUnion(numbers.filter { $0.kind == .cardinal }.map(NumberCandidates.key))
            var found: [FactFinder.Fact] = []
            if !numbers.isEmpty {
                let lexiconFacts = Dictionary(grouping: facts.facts(in: context)) { $0.number.start }
                for number in numbers {
                    let range = context.wordRange(number.start, number.end)
                    if let known = lexiconFacts[number.start], let range, known.allSatisfy({ isGoodsHead($0, in: context) }),
                       let levy = namer.levyTerms(for: number, at: range, in: context) {
                        // A rate whose lexicon head only names the goods ("Imports of 25 percent on … auto imports").
                        found.append(FactFinder.Fact(terms: levy, value: number.numberValue, number: number, headIndex: range.lowerBound,
                                                     anchorIndex: range.lowerBound, rule: "fact.rate-on-goods"))
                    } else if let known = lexiconFacts[number.start] {
                        // Lexicon concepts in their dictionary form, as the language-built attributes are ("seats" → seat).
                        found += known.map { fact in
                            var fact = fact
                            fact.terms = fact.terms.map { lexicon.forms?.lemma($0) ?? $0 }
                            return fact
                        }
                    } else if let range {
                        found.append(FactFinder.Fact(terms: namer.terms(for: number, at: range, in: context), value: number.numberValue,
                                                     number: number, headIndex: range.lowerBound, anchorIndex: range.lowerBound,
                                                     rule: "fact.\(number.kind.rawValue.lowercased())"))
                    }
                }
            }
            let cues = attributor.cueAttributions(in: context)
            let attribution = attributor.attribution(in: context, cues: cues)
            if !found.isEmpty {
                let spans = factSpans(found, in: context, text: document.text)
                for (fact, span) in zip(found, spans) {
                    claims.append(Claim(span: span, subject: subject(of: fact, in: context),
                                        attribute: fact.terms.joined(separator: "_"), value: fact.value,
                                        source: attribution?.source, rule: fact.rule))
                }
            }
            // Inside a quotation begun earlier: a quote reaches back before the sentence, or covers
            // its first word without an opening mark, or the sentence opens one right after a quote.
            let opensWithMark = context.words.first.map { $0.text == "\"" || $0.text == "'" } == true
            let opensQuoted = context.quotes.contains { $0.start < sentence.start }
                || (!opensWithMark && !context.words.isEmpty && context.isQuoted(0))
                || (previousHadQuote && opensWithMark)
            previousHadQuote = !context.quotes.isEmpty
            if let statement = statements.statement(in: context, continuesQuotation: opensQuoted, hasFacts: !found.isEmpty, commentators: commentators) {
                let party = attribution?.source ?? statement.party
                guard !commentators.contains(party) else { continue }
                var topics = positions.topics(in: context, excluding: attribution?.words)
                // A statement on no topic of the lexicon must touch the story's own terms.
                if topics.isEmpty,
                   !context.words.indices.contains(where: { context.entity(at: $0) == nil && storyTerms.contains(lexicon.forms?.lemma(context.words[$0].text) ?? context.words[$0].text) }) { continue }
                if topics.isEmpty { topics = namer.terms(for: statement, in: context) }
                // A position is about the side its party speaks for (Japan, for its prime minister).
                claims.append(Claim(span: sentence, subject: sides.side(of: party, persons: personSides) ?? party,
                                    attribute: (topics + ["position"]).joined(separator: "_"),
                                    value: nil, source: party, rule: statement.rule))
            }
        }
        document.claims = claims.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
    }

    /// The story's key terms: the lemmas of the content words of its title and first sentence.
    private func storyTerms(of document: Document) -> Set<String> {
        var text = document.meta.title ?? ""
        if let lead = document.sentences.first { text += " " + document.text.substring(lead.start, lead.end) }
        let words = text.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init)
        return Set(words.filter { $0.count > 3 && !AttributeNamer.functionWords.contains($0) && lexicon.statementClasses($0).isEmpty }
            .map { lexicon.forms?.lemma($0) ?? $0 })
    }

    /// Whether a fact's lexicon head only names goods (a head of priority 0: "imports", "exports").
    private func isGoodsHead(_ fact: FactFinder.Fact, in sentence: SentenceContext) -> Bool {
        lexicon.heads[sentence.words[fact.headIndex].text]?.priority == 0
    }

    /// A photo caption left in the text: it carries a photo credit ("(Eugene Hoshiko/AP)",
    /// "(Photo by …)", "(FILES)").
    static func isCaption(_ text: String) -> Bool {
        if text.contains("(FILES)") || text.contains("(Photo") { return true }
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return false }
        return text[open...].contains("/")
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
