import KijiCore

/// Splits `text` into sentences.
/// Reads: text, tokens. Writes: sentences.
public struct SentenceSplitter: Stage {
    public init() throws {}
    public var name: String { "sentences" }
    public var reads: Set<Layer> { [.text, .tokens] }
    public var writes: Set<Layer> { [.sentences] }

    public func annotate(_ document: inout Document) throws {}
}
