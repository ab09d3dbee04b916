/// Drops site chrome from a parsed page before its body is looked for: elements by tag
/// (`html_drop_tags.txt`), hidden elements, and elements whose class, id or role carry a
/// boilerplate cue (`html_boilerplate_cues.txt`). An element that holds most of the page's
/// visible text is never dropped whole, whatever its tag or classes say.
struct BoilerplatePruner {
    /// Elements holding more than this share of the page's visible text are kept.
    static let protectedShare = 0.5
    /// Tags whose content is never visible text.
    static let invisibleTags: Set<String> = ["script", "style", "noscript", "template", "head", "svg", "title", "meta", "link"]

    /// Containers whose classes are not read as cues: publishing systems tag them with the
    /// post's author, categories and tags ("author-jane-doe", "tag-politics").
    static let semanticContainers: Set<String> = ["html", "body", "main", "article"]

    /// Rows of a data table are not read as cues either: their classes name the data they hold
    /// ("player-2020-580", "ad-row" of a results table), not page chrome.
    static let tableRows: Set<String> = ["tr", "thead", "tbody", "tfoot"]

    /// How much the pruner trusts class and id cues. A page whose body comes out nearly empty is
    /// pruned again at a lower level (layout classes such as "has-right-rail" sit on article
    /// containers too), as Readability retries without its unlikely-candidate stripping.
    enum Level: CaseIterable {
        case allCues, strongCues, tagsOnly
    }

    let rules: HTMLRules
    let level: Level

    func prune(_ root: HTMLElement) {
        let total = Self.visibleLength(root)
        let protectedLength = Int(Double(total) * Self.protectedShare)
        func keeps(_ node: HTMLNode) -> Bool {
            guard case .element(let child) = node else { return true }
            if Self.invisibleTags.contains(child.name) { return false }
            let isProtected = (child.visibleLength ?? 0) > protectedLength
            if !isProtected, drops(child) { return false }
            visit(child)
            return true
        }
        func visit(_ element: HTMLElement) {
            // The list of children is copied only once a child goes.
            var kept: [HTMLNode]?
            for (index, node) in element.children.enumerated() {
                if keeps(node) {
                    kept?.append(node)
                } else if kept == nil {
                    kept = Array(element.children[..<index])
                }
            }
            if let kept { element.children = kept }
        }
        visit(root)
    }

    private func drops(_ element: HTMLElement) -> Bool {
        if rules.dropTags.contains(element.name) || Self.isHidden(element) { return true }
        if Self.semanticContainers.contains(element.name) || Self.tableRows.contains(element.name)
            || element["itemprop"]?.lowercased() == "articlebody" { return false }
        guard level != .tagsOnly else { return false }
        let marks = rules.marks(of: element)
        guard marks.hasWords else { return false }
        if marks.strong { return true }
        guard level == .allCues, marks.weak else { return false }
        return !marks.content
    }

    static func isHidden(_ element: HTMLElement) -> Bool {
        if element["hidden"] != nil || element["aria-hidden"] == "true" { return true }
        guard let style = element["style"]?.lowercased().replacingOccurrences(of: " ", with: "") else { return false }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// UTF-8 bytes of `text` that are not spaces, tabs or line feeds.
    static func nonBlankBytes(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte != 32 && byte != 10 && byte != 9 { count += 1 }
        return count
    }

    /// Characters of visible text below `element` (white space runs count once), kept on each
    /// element below as `visibleLength`.
    @discardableResult
    static func visibleLength(_ element: HTMLElement) -> Int {
        var length = 0
        for child in element.children {
            switch child {
            case .text(let text): length += Self.nonBlankBytes(text)
            case .element(let inner) where !invisibleTags.contains(inner.name): length += visibleLength(inner)
            case .element: break
            }
        }
        element.visibleLength = length
        return length
    }
}
