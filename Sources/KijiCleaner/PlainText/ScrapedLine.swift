/// One non-empty line of scraped text after inline cleanup: a paragraph candidate.
struct ScrapedLine: Equatable {
    var text: String
    /// Started with a bullet mark, now removed: a list item, its own paragraph.
    var isBullet: Bool

    /// The lines of `raw` (single newlines are paragraph breaks; blank lines carry nothing),
    /// cleaned inline, bullet marks removed, glued "Read More:" links cut off.
    static func lines(of raw: String, cleanup: InlineCleanup, classifier: LineClassifier,
                      bulletMarks: Set<Character>) -> [ScrapedLine] {
        raw.split(whereSeparator: \.isNewline).compactMap { rawLine in
            var text = classifier.cutGluedLinks(cleanup.clean(String(rawLine)))
            var isBullet = false
            if text.count > 2, let first = text.first, bulletMarks.contains(first),
               text.dropFirst().first == " " {
                text = String(text.dropFirst(2))
                isBullet = true
            }
            return text.isEmpty ? nil : ScrapedLine(text: text, isBullet: isBullet)
        }
    }
}
