import Foundation
import KijiCore

/// Finds every quote and who said it (ANNOTATION.md, "quotes").
///
/// Reads: text, sentences, entities. Writes: quotes (each with its `rule`, the sieve that decided).
///
/// Quotations are found by pairing quotation marks within paragraphs (`QuotationScanner`); a
/// paragraph that follows one ending "X told the press:" and opens without a mark is a block quote.
/// A quotation starting a sentence with a capital is direct, any other partial. Attribution runs
/// ordered, named sieves, CoreNLP style: first the quote's own sentence (`OwnSentenceSieves`), then
/// the paragraphs around it (`CarryOverSieves`). A partial quotation that no cue attributes, or that
/// reads as a term ("reciprocal" tariffs, the so-called "nuclear option"), is not a quote.
///
/// Assumes paragraphs are separated by line breaks and that `sentences` and `entities` are in
/// document order; works (less well) with missing sentences or entities: capitalized words near a
/// cue stand in for a missing person entity.
public struct QuoteAttributor: Stage {
    let lexicon: QuoteLexicon

    public init() throws {
        lexicon = try QuoteLexicon(bundle: .module)
    }

    public var name: String { "quotes" }
    public var reads: Set<Layer> { [.text, .sentences, .entities] }
    public var writes: Set<Layer> { [.quotes] }

    public func annotate(_ document: inout Document) throws {
        document.quotes = quotes(in: document)
    }

    func quotes(in document: Document) -> [Quote] {
        let context = QuoteContext(document: document, scanner: QuotationScanner(marks: lexicon.marks))
        let cues = CueFinder(context: context, lexicon: lexicon)
        let coreference = Coreference(context: context, lexicon: lexicon, cues: cues)
        let mentions = MentionReader(context: context, lexicon: lexicon, coreference: coreference)
        let own = OwnSentenceSieves(context: context, lexicon: lexicon, cues: cues, mentions: mentions, coreference: coreference)
        let carryOver = CarryOverSieves(context: context, cues: cues, own: own)
        let terms = TermFilter(context: context, lexicon: lexicon)

        let candidates = self.candidates(in: context, carryOver: carryOver).filter { !terms.isTerm($0) }
        var attributions = candidates.map { own.attribution(of: $0) }
        let ownSentence = attributions.map { $0 != nil }
        carryOver.complete(candidates, &attributions)

        var quotes: [Quote] = []
        for (index, candidate) in candidates.enumerated() {
            let attribution = attributions[index]
            switch candidate.kind {
            case .partial:
                // A partial quotation counts when a cue of its sentence or an echo attributes it.
                guard ownSentence[index] || attribution?.rule == "echo" else { continue }
            case .direct, .block:
                guard attribution != nil || terms.looksSpoken(candidate) else { continue }
            }
            quotes.append(Quote(span: context.text.span(candidate.start, candidate.end), kind: candidate.kind,
                                speaker: attribution?.speaker, speakerMention: attribution?.mention,
                                cue: attribution?.cue, rule: attribution?.rule ?? "unattributed"))
        }
        return quotes
    }

    /// Quoted stretches, plus block quotes: paragraphs without marks after a colon introduction.
    private func candidates(in context: QuoteContext, carryOver: CarryOverSieves) -> [QuoteCandidate] {
        var candidates = context.stretches.indices.compactMap { QuoteCandidate(stretch: $0, in: context) }
        var lastBlock: Int?
        for paragraph in context.paragraphs.indices.dropFirst() {
            let range = context.paragraphs[paragraph]
            let introduced = context.marks[context.text.scalars[range.lowerBound]] == nil
                && context.wordIndices(in: range).count >= 3
                && carryOver.colonIntroduction(toParagraph: paragraph) != nil
            // A statement reproduced over several paragraphs goes on while it speaks in the first person.
            guard introduced || (lastBlock == paragraph - 1 && carryOver.continuesBlock(paragraph)) else { continue }
            candidates.removeAll { $0.paragraph == paragraph }
            candidates.append(QuoteCandidate(block: paragraph, in: context))
            lastBlock = paragraph
        }
        return candidates.sorted { $0.start < $1.start }
    }
}
