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
    /// Promos and labels left just before the end of an article are short.
    static let maxTrailingLabelWords = 12

    let rules: CleanerRules
    let classifier: LineClassifier

    func filter(_ lines: [ScrapedLine], meta: inout Meta) -> [ScrapedLine] {
        let allVerdicts = lines.map { classifier.classify($0.text) }
        let end = articleEnd(lines, allVerdicts, meta: &meta)
        let lines = Array(lines[..<end])
        let verdicts = Array(allVerdicts[..<end])
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

    /// Where the article ends: at the first line of the body's second half that opens what
    /// follows an article (a `tail` label such as "Comments", a copyright line, a list label in
    /// the last third), less the short lines without final punctuation just before it (promos
    /// and labels of the page: "Try Our AI Features"). The copyright line still names the outlet.
    private func articleEnd(_ lines: [ScrapedLine], _ verdicts: [LineClassifier.Verdict], meta: inout Meta) -> Int {
        guard let start = verdicts.indices.first(where: { index in
            guard index >= lines.count / 2, case .boilerplate(let kind, _) = verdicts[index] else { return false }
            return kind == .tail || kind == .copyright || (kind == .listLabel && index >= lines.count * 2 / 3)
        }) else { return lines.count }
        if meta.outlet == nil, let copyright = verdicts[start...].firstIndex(where: { verdict in
            if case .boilerplate(.copyright, _) = verdict { return true }
            return false
        }) {
            meta.outlet = classifier.outlet(in: lines[copyright].text)
        }
        var end = start
        while end > 0, !lines[end - 1].isBullet, !TextShape.endsSentence(lines[end - 1].text),
              ByteText.wordCount(lines[end - 1].text) <= Self.maxTrailingLabelWords {
            end -= 1
        }
        return end
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
