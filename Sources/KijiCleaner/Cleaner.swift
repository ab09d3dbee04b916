import KijiCore

/// Turns the raw input into the article's clean body `text` and its `meta` (ANNOTATION.md,
/// "meta (cleaner)" and "text (cleaner)").
/// Reads: source (`.plainText` scraped from a page, or `.html`; `.annotated` is left as it is).
/// Writes: text (paragraphs separated by one blank line, no surrounding white space) and meta
/// (only the fields the input did not already carry are filled).
/// Assumes: plain text has one paragraph a line; its rules and word lists are the data files of
/// `Resources/`, loaded and validated when the stage is built.
public struct Cleaner: Stage {
    private let rules: CleanerRules
    private let cleanup: InlineCleanup
    private let limits: DocumentLimits

    public init(limits: DocumentLimits = .standard) throws {
        rules = try CleanerRules.load()
        cleanup = try InlineCleanup()
        self.limits = limits
    }

    public var name: String { "clean" }
    public var reads: Set<Layer> { [.source] }
    public var writes: Set<Layer> { [.meta, .text] }

    public func annotate(_ document: inout Document) throws {
        let article: CleanedArticle
        switch document.source {
        case .plainText(let raw):
            article = PlainTextCleaner(rules: rules, cleanup: cleanup, maxLineLength: limits.maxLineLength).clean(raw)
        case .html(let html):
            article = try HTMLCleaner(rules: rules, cleanup: cleanup, limits: limits).clean(html)
        case .annotated:
            return
        }
        document.text = DocumentText(article.text)
        document.meta = document.meta.fillingMissing(from: article.meta.bounded(to: limits.maxLineLength))
    }
}

extension Meta {
    /// This meta with a title or subtitle over the line limit cut to its first piece (an
    /// unclosed `<title>` can hold a whole page; fuzz/ found one).
    func bounded(to maxLength: Int) -> Meta {
        var bounded = self
        bounded.title = title.map { LinePieces.pieces(of: $0, maxLength: maxLength).first ?? $0 }
        bounded.subtitle = subtitle.map { LinePieces.pieces(of: $0, maxLength: maxLength).first ?? $0 }
        return bounded
    }

    /// This meta with its empty fields taken from `found`.
    func fillingMissing(from found: Meta) -> Meta {
        var merged = self
        if merged.title?.isEmpty ?? true { merged.title = found.title }
        if merged.subtitle?.isEmpty ?? true { merged.subtitle = found.subtitle }
        if merged.published?.isEmpty ?? true { merged.published = found.published }
        if merged.outlet?.isEmpty ?? true { merged.outlet = found.outlet }
        if merged.authors.isEmpty { merged.authors = found.authors }
        return merged
    }
}
