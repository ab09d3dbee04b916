import KijiCore

/// Cleans an HTML page: metadata from its head and JSON-LD, the body found by text density
/// once site chrome is pruned, each paragraph, heading, list item and block quote its own
/// paragraph, then the same boilerplate line rules as scraped text.
struct HTMLCleaner {
    /// A paragraph mostly made of link text is navigation, not body.
    static let maxLinkDensity = 0.6
    /// ... unless it still has this much text of its own (a sentence with a pop-up of links inside).
    static let minUnlinkedTextOfLinkyParagraph = 100
    /// A body shorter than this (in characters) sends the page back to be pruned less.
    static let minBodyLength = 500

    let rules: CleanerRules
    let cleanup: InlineCleanup
    let limits: DocumentLimits

    func clean(_ html: String) throws -> CleanedArticle {
        guard let document = HTMLDocument(html, maxDepth: limits.maxHTMLDepth), let root = document.root() else {
            throw StageError("HTML could not be parsed")
        }
        let meta = HTMLMetadata(dates: rules.dates).read(root)
        var articles: [(article: CleanedArticle, length: Int)] = []
        for level in BoilerplatePruner.Level.allCases {
            guard let tree = level == .allCues ? root : document.root() else { break }
            let article = extract(tree, meta: meta, level: level)
            articles.append((article, ByteText.characterCount(article.text)))
            if articles.last!.length >= Self.minBodyLength { break }
        }
        // Pruning less only helps when the trusted pruning lost the body: otherwise it just
        // lets comments and widgets back in.
        let longest = articles.map(\.length).max() ?? 0
        return articles.first { $0.length >= min(Self.minBodyLength, longest / 2) }?.article ?? CleanedArticle(paragraphs: [], meta: meta)
    }

    private func extract(_ root: HTMLElement, meta: Meta, level: BoilerplatePruner.Level) -> CleanedArticle {
        var meta = meta
        BoilerplatePruner(rules: rules.html, level: level).prune(root)
        let body = HTMLBodyFinder(rules: rules.html).bodyElements(in: root)
        let titleKey = meta.title.map(Self.comparisonKey)
        let lines = ParagraphText.paragraphs(of: body, blockTags: rules.html.blockTags).flatMap { paragraph -> [ScrapedLine] in
            guard paragraph.linkDensity <= Self.maxLinkDensity
                    || paragraph.text.count - paragraph.linkCharacters >= Self.minUnlinkedTextOfLinkyParagraph else { return [] }
            let isHeading = paragraph.tag.count == 2 && paragraph.tag.hasPrefix("h")
            if isHeading, let titleKey, !titleKey.isEmpty, Self.comparisonKey(paragraph.text).hasPrefix(titleKey) { return [] }
            return LinePieces.pieces(of: cleanup.clean(paragraph.text), maxLength: limits.maxLineLength)
                .filter { !$0.isEmpty }.map { ScrapedLine(text: $0, isBullet: paragraph.tag == "li") }
        }
        let classifier = LineClassifier(rules: rules)
        let kept = BodyFilter(rules: rules, classifier: classifier).filter(lines, meta: &meta)
        return CleanedArticle(paragraphs: kept.map(\.text), meta: meta)
    }

    /// Letters and digits, lower-cased: how a heading is compared with the title.
    static func comparisonKey(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { TextFolding.isLetterOrDigit($0) }.map(Character.init))
    }
}
