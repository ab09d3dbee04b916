import KijiCore

/// Finds numeric expressions and resolves their values (ANNOTATION.md "numbers").
///
/// Reads: text, meta (`published`, the reference for relative dates), entities (numbers inside
/// a named entity's span belong to the name). Writes: numbers.
///
/// Finding and resolving are separate, as in Recognizers-Text: `ScanContext.findExpressions`
/// walks the text's scalars once and reports spans with what they say ("USD" + 1.27e12, "the
/// Thursday before or after"); `ExpressionResolver` turns that into value, unit and normalized
/// form against `meta.published`, or `referenceDate` when the document states none. Spans
/// leave approximators out ("about", "a little over"). Word lists live in Resources.
/// Number words are composed from the lexicon rather than with ICU's spell-out parser: the
/// scanner needs the same word classes to find the spans; fractions, "point" decimals and
/// "half a dozen" are outside what spell-out rules parse; and ICU's lenient parse costs about
/// 0.4 ms a number plus milliseconds to open a parser (per call, as it cannot be shared across
/// queues) against about 0.1 ms for this whole stage on a document. Where ICU does parse, the
/// values agree (SpelloutAgreementTests).
public struct NumberRecognizer: Stage {
    /// Resolves relative dates when the document gives no publication date (`YYYY-MM-DD`).
    public let referenceDate: String?
    let lexicon: NumberLexicon

    public init(referenceDate: String? = nil) throws {
        if let referenceDate, CivilDate(iso: referenceDate) == nil {
            throw StageError("reference date must be YYYY-MM-DD, got '\(referenceDate)'")
        }
        self.referenceDate = referenceDate
        self.lexicon = try NumberLexicon()
    }

    public var name: String { "numbers" }
    public var reads: Set<Layer> { [.text, .meta, .entities] }
    public var writes: Set<Layer> { [.numbers] }

    public func annotate(_ document: inout Document) throws {
        document.numbers = recognize(document).map(\.mention)
    }

    /// A number with the bare number inside it (for evaluations that compare plain numbers).
    public struct Recognized: Sendable {
        public var mention: NumberMention
        /// "1.27tn" inside "USD 1.27tn": the span and value of the number itself.
        public var core: NumberMention?
    }

    /// The numbers of `document`, in order, with their cores.
    public func recognize(_ document: Document) -> [Recognized] {
        let text = document.text
        let context = ScanContext(scalars: text.scalars, lexicon: lexicon)
        let reference = (document.meta.published ?? referenceDate).flatMap(CivilDate.init(iso:))
        let resolver = ExpressionResolver(reference: reference)
        let entities = document.entities.sorted { $0.start < $1.start }
        var entityIndex = 0
        var results: [Recognized] = []
        for found in context.findExpressions() {
            while entityIndex < entities.count, entities[entityIndex].end <= found.start { entityIndex += 1 }
            if entityIndex < entities.count, entities[entityIndex].start < found.end { continue }
            let value = resolver.resolve(found.meaning, tense: found.tense)
            let mention = NumberMention(span: text.span(found.start, found.end), value: value)
            let core = found.core.map { core in
                NumberMention(span: text.span(core.start, core.end), value: NumberValue(kind: .cardinal, value: core.value))
            }
            results.append(Recognized(mention: mention, core: core))
        }
        return results
    }
}
