import KijiCore

/// Removes the boilerplate lines of an article body (`line_rules.tsv`): pitches, copyright and
/// disclaimer blocks, link lines, lists of popular or related headlines with their label, embed
/// failures, stray URLs, captions, share buttons and date lines. Fills `meta.outlet` and
/// `meta.published` from the lines it removes when they are still empty.
struct BodyFilter {
    /// Headlines in a list of popular articles are short and do not end like a sentence.
    static let maxListHeadlineWords = 30
    /// Pitches stand at the ends of a body: weak cues count only in its first and last lines.
    static let edgeLines = 2

    let rules: CleanerRules
    let classifier: LineClassifier

    func filter(_ lines: [ScrapedLine], meta: inout Meta) -> [ScrapedLine] {
        let verdicts = lines.map { classifier.classify($0.text) }
        func isPitch(_ index: Int) -> Bool {
            guard verdicts.indices.contains(index) else { return false }
            if case .boilerplate(.pitch, _) = verdicts[index] { return true }
            return false
        }
        var kept: [ScrapedLine] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            defer { index += 1 }
            if let date = rules.dates.dateOfDateLine(line.text) {
                if meta.published == nil { meta.published = date }
                continue
            }
            if rules.dates.isTimeLine(line.text) { continue }
            switch verdicts[index] {
            case .boilerplate(let kind, _):
                if kind == .copyright || kind == .pitch, meta.outlet == nil {
                    meta.outlet = classifier.outlet(in: line.text)
                }
                if kind == .listLabel {
                    while index + 1 < lines.count, isListHeadline(lines[index + 1]) { index += 1 }
                }
            case .weakPitch(let cues):
                let atEdge = index < Self.edgeLines || index >= lines.count - Self.edgeLines
                if (cues >= 2 && atEdge) || isPitch(index - 1) || isPitch(index + 1) { continue }
                kept.append(line)
            case .content:
                kept.append(line)
            }
        }
        return kept
    }

    /// A headline of a list: short, not ending like a sentence (a lone bullet is dropped anyway).
    private func isListHeadline(_ line: ScrapedLine) -> Bool {
        let text = line.text
        if text.count == 1, let first = text.first, rules.bulletMarks.contains(first) { return true }
        return ByteText.wordCount(text) <= Self.maxListHeadlineWords && !TextShape.endsWithFinalPunctuation(text)
    }
}

/// Joins paragraphs that a stray line break cut inside a sentence: a line that ends without
/// final punctuation, followed by one that starts in lower case (or with a quotation mark on a
/// lower-case word). List items are never joined.
enum ParagraphJoiner {
    static func join(_ lines: [ScrapedLine]) -> [ScrapedLine] {
        var joined: [ScrapedLine] = []
        for line in lines {
            if let last = joined.last, !last.isBullet, !line.isBullet,
               !TextShape.endsWithFinalPunctuation(last.text), TextShape.continuesSentence(line.text) {
                joined[joined.count - 1].text += " " + line.text
            } else {
                joined.append(line)
            }
        }
        return joined
    }
}
