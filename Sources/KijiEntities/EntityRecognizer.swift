import KijiCore

/// Finds named entities with canonical names.
/// Reads: text, sentences, tokens. Writes: entities.
public struct EntityRecognizer: Stage {
    public init() throws {}
    public var name: String { "entities" }
    public var reads: Set<Layer> { [.text, .sentences, .tokens] }
    public var writes: Set<Layer> { [.entities] }

    public func annotate(_ document: inout Document) throws {}
}
