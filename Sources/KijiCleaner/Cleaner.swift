import KijiCore

/// Turns the raw input into the article's clean `text` and its `meta`.
/// Reads: source. Writes: meta, text.
public struct Cleaner: Stage {
    public init() throws {}
    public var name: String { "clean" }
    public var reads: Set<Layer> { [.source] }
    public var writes: Set<Layer> { [.meta, .text] }

    public func annotate(_ document: inout Document) throws {
        try TextAsGiven().annotate(&document)
    }
}
