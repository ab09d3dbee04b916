import KijiCore

/// Finds numeric expressions and resolves their values.
/// Reads: text, meta, sentences, tokens, entities. Writes: numbers.
public struct NumberRecognizer: Stage {
    /// Resolves relative dates when the document gives no publication date (`YYYY-MM-DD`).
    public let referenceDate: String?

    public init(referenceDate: String? = nil) throws { self.referenceDate = referenceDate }
    public var name: String { "numbers" }
    public var reads: Set<Layer> { [.text, .meta, .sentences, .tokens, .entities] }
    public var writes: Set<Layer> { [.numbers] }

    public func annotate(_ document: inout Document) throws {}
}
