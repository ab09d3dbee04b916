import KijiCore

/// Cleans text scraped from a news page: the head (title, dek, dates, captions, pitches)
/// becomes metadata, the body loses its boilerplate, inline artefacts and stray line breaks.
struct PlainTextCleaner {
    let rules: CleanerRules
    let cleanup: InlineCleanup
    let maxLineLength: Int

    func clean(_ raw: String) -> CleanedArticle {
        let classifier = LineClassifier(rules: rules)
        let reader = ArticleHead(rules: rules, classifier: classifier)
        let lines = reader.splittingDateStamps(
            ScrapedLine.lines(of: raw, cleanup: cleanup, classifier: classifier, bulletMarks: rules.bulletMarks,
                              maxLineLength: maxLineLength))
        let head = reader.read(lines)
        var meta = head.meta
        let body = BodyFilter(rules: rules, classifier: classifier).filter(Array(lines[head.bodyStart...]), meta: &meta)
        // Lines joined again (a stray break) are cut again: no paragraph is over the bound.
        let paragraphs = ParagraphJoiner.join(body).flatMap { LinePieces.pieces(of: $0.text, maxLength: maxLineLength) }
        return CleanedArticle(paragraphs: paragraphs, meta: meta)
    }
}

/// What a cleaner makes of one input: the body's paragraphs in order and the metadata found.
struct CleanedArticle {
    var paragraphs: [String]
    var meta: Meta

    /// Paragraphs separated by exactly one blank line, none empty.
    var text: String {
        paragraphs.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
