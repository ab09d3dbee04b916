import KijiCore

/// Finds quotes and their speakers.
/// Reads: text, sentences, entities. Writes: quotes.
public struct QuoteAttributor: Stage {
    public init() throws {}
    public var name: String { "quotes" }
    public var reads: Set<Layer> { [.text, .sentences, .entities] }
    public var writes: Set<Layer> { [.quotes] }

    public func annotate(_ document: inout Document) throws {}
}
