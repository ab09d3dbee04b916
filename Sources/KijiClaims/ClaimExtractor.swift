import KijiCore

/// Finds the checkable claims of each sentence.
/// Reads: text, sentences, entities, numbers, quotes. Writes: claims.
public struct ClaimExtractor: Stage {
    public init() throws {}
    public var name: String { "claims" }
    public var reads: Set<Layer> { [.text, .sentences, .entities, .numbers, .quotes] }
    public var writes: Set<Layer> { [.claims] }

    public func annotate(_ document: inout Document) throws {}
}
