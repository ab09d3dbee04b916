import KijiCore

/// Splits `text` into sentences and word tokens.
/// Reads: text. Writes: sentences, tokens.
public struct SentenceSplitter: Stage {
    public init() throws {}
    public var name: String { "sentences" }
    public var reads: Set<Layer> { [.text] }
    public var writes: Set<Layer> { [.sentences, .tokens] }

    public func annotate(_ document: inout Document) throws {}
}
