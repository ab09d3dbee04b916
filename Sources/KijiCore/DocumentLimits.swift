/// Bounds on one input document (README "Limits"), so a hostile or broken input costs bounded
/// time and memory and never vanishes silently. Set with `kiji process --max-…`.
public struct DocumentLimits: Sendable, Equatable {
    /// A file or JSONL line larger than this is not read: it becomes an error line naming the
    /// limit (what is read whole must fit in memory a few times over).
    public var maxDocumentBytes: Int
    /// HTML elements nested deeper are merged into their ancestor at this depth: their text is
    /// kept, their structure is not (real pages nest a few hundred deep at most).
    public var maxHTMLDepth: Int
    /// A line of plain text (or an HTML paragraph) longer than this, in Unicode scalars, is cut
    /// into pieces of at most this length, at a space when there is one; each is a paragraph.
    public var maxLineLength: Int

    public static let standard = DocumentLimits(maxDocumentBytes: 16 << 20, maxHTMLDepth: 2048, maxLineLength: 50_000)

    public init(maxDocumentBytes: Int, maxHTMLDepth: Int, maxLineLength: Int) {
        self.maxDocumentBytes = maxDocumentBytes
        self.maxHTMLDepth = maxHTMLDepth
        self.maxLineLength = maxLineLength
    }

    /// The error of a document over `maxDocumentBytes`.
    public func oversizeMessage(bytes: Int) -> String {
        "document of \(bytes) bytes is over the limit of \(maxDocumentBytes) bytes (--max-document-bytes)"
    }
}
