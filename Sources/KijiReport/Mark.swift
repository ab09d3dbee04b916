import KijiCore

/// One annotation as the page shows it: its layer, where it stands in the text, the short label
/// printed beside it (so that colour is never the only cue) and the details shown on hover or focus.
struct Mark: Sendable {
    /// The layers a page can show, outermost first: a claim holds quotes, a quote holds names and numbers.
    enum Layer: String, Sendable, CaseIterable {
        case claim, quote, entity, number

        var title: String {
            switch self {
            case .claim: return "Claims"
            case .quote: return "Quotes"
            case .entity: return "Entities"
            case .number: return "Numbers"
            }
        }
    }

    /// Set on a page that compares with gold: a prediction gold lacks, or a gold item not predicted.
    enum Status: String, Sendable {
        case spurious, missed
    }

    var layer: Layer
    var start: Int
    var end: Int
    var text: String
    /// The type, kind or attribute: "PERSON", "PERCENT", "partial", "auto_tariff_rate".
    var label: String
    var details: String
    /// What must agree, beside layer and text, for a gold comparison: the label, except for claims,
    /// whose attribute names are free-form: there the value.
    var comparedLabel: String
    /// The element id, unique in its column of the page ("claim-3").
    var anchor: String
    var status: Status?

    /// Every mark of a document, in the order of `Layer.allCases`, each layer in document order.
    /// `anchorPrefix` keeps the ids of a gold column apart from the predicted one.
    static func marks(of document: AnnotatedDocument, anchorPrefix: String = "") -> [Mark] {
        var marks: [Mark] = []
        for (index, claim) in document.claims.enumerated() {
            var details = ["attribute \(claim.attribute)", "value \(claim.value.map(ValueText.of) ?? "none (position)")",
                           "cluster \(claim.cluster)"]
            if let subject = claim.subject { details.insert("subject \(subject)", at: 0) }
            if let source = claim.source { details.append("source \(source)") }
            marks.append(Mark(layer: .claim, start: claim.start, end: claim.end, text: claim.text, label: claim.attribute,
                              details: details.joined(separator: " · "), comparedLabel: claim.value.map(ValueText.of) ?? "position",
                              anchor: "\(anchorPrefix)claim-\(index)"))
        }
        for (index, quote) in document.quotes.enumerated() {
            let details = ["\(quote.kind.rawValue) quote", "speaker \(quote.speaker ?? "unknown")", "cue \(quote.cue ?? "none")"]
            marks.append(Mark(layer: .quote, start: quote.start, end: quote.end, text: quote.text, label: quote.kind.rawValue,
                              details: details.joined(separator: " · "), comparedLabel: quote.kind.rawValue, anchor: "\(anchorPrefix)quote-\(index)"))
        }
        for (index, entity) in document.entities.enumerated() {
            marks.append(Mark(layer: .entity, start: entity.start, end: entity.end, text: entity.text,
                              label: entity.type.rawValue, details: "\(entity.type.rawValue) · \(entity.canonical)",
                              comparedLabel: entity.type.rawValue,
                              anchor: "\(anchorPrefix)entity-\(index)"))
        }
        for (index, number) in document.numbers.enumerated() {
            var details = [number.kind.rawValue]
            if let value = number.value { details.append("value \(ValueText.number(value))") }
            if let unit = number.unit { details.append("unit \(unit)") }
            details.append("normalized \(number.normalized ?? "none")")
            marks.append(Mark(layer: .number, start: number.start, end: number.end, text: number.text,
                              label: number.kind.rawValue, details: details.joined(separator: " · "), comparedLabel: number.kind.rawValue,
                              anchor: "\(anchorPrefix)number-\(index)"))
        }
        return marks
    }
}
