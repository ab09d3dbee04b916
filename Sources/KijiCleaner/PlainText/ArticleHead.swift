import KijiCore

/// Reads the head of a scraped article — the lines before its body — into metadata: title and
/// dek, date lines, bylines, photo captions and pitches. The body starts at the first line that
/// is none of these (a sentence, an in-body heading, a dateline such as "WASHINGTON — …").
struct ArticleHead {
    /// Titles and deks are short and do not end like a sentence.
    static let maxTitleWords = 35
    /// ... and short in bytes too: a line of one endless "word" is no title (600 bytes hold a
    /// 35-word English title or a 200-character Japanese one).
    static let maxTitleBytes = 600
    /// A dek that ends like a sentence is still a dek when more head lines (a date line, a
    /// byline, a caption) follow it and it is no longer than this.
    static let maxSentenceDekWords = 40
    static let minDekWords = 4
    static let maxCaptionWords = 60
    static let maxBylineWords = 14
    static let maxSectionLabelWords = 2
    /// A dateline lead is looked for among this many first lines; every line above it is head.
    static let maxHeadLines = 8

    let rules: CleanerRules
    let classifier: LineClassifier

    struct Result {
        var meta = Meta()
        /// Index of the first body line.
        var bodyStart = 0
    }

    func read(_ lines: [ScrapedLine]) -> Result {
        var result = Result()
        var titleIndex: Int?
        var previousWasPitch = false
        let lead = datelineLead(in: lines)
        var index = 0
        while index < lines.count, consume(lines, at: index, into: &result, titleIndex: &titleIndex,
                                           previousWasPitch: &previousWasPitch) || index < (lead ?? 0) {
            index += 1
        }
        result.bodyStart = index
        if result.meta.outlet == nil, index < lines.count { result.meta.outlet = classifier.outlet(in: lines[index].text) }
        return result
    }

    /// The lines with each date stamp glued before the text of a head line split off as a line
    /// of its own ("date 2025-05-23 Japan’s top…" → "date 2025-05-23", "Japan’s top…").
    func splittingDateStamps(_ lines: [ScrapedLine]) -> [ScrapedLine] {
        lines.enumerated().flatMap { index, line -> [ScrapedLine] in
            guard index < Self.maxHeadLines, !line.isBullet, rules.dates.dateOfDateLine(line.text) == nil,
                  let stamp = rules.dates.leadingDateStamp(line.text) else { return [line] }
            let date = String(line.text.dropLast(stamp.rest.count)).trimmingCharacters(in: .whitespaces)
            return [ScrapedLine(text: date, isBullet: false), ScrapedLine(text: stamp.rest, isBullet: false)]
        }
    }

    /// The index of the line that opens the lead with a dateline ("WASHINGTON — …"), when one
    /// does among the first lines and every line above it is short enough for a head line.
    private func datelineLead(in lines: [ScrapedLine]) -> Int? {
        for (index, line) in lines.prefix(Self.maxHeadLines).enumerated() {
            if rules.datelinePatterns.contains(where: { $0.matches(line.text) }) { return index }
            if ByteText.wordCount(line.text) > Self.maxCaptionWords { return nil }
        }
        return nil
    }

    /// Reads line `index` into `result` when it belongs to the head; false at the first body line.
    private func consume(_ lines: [ScrapedLine], at index: Int, into result: inout Result, titleIndex: inout Int?,
                         previousWasPitch: inout Bool) -> Bool {
        let line = lines[index]
        let text = line.text
        if line.isBullet { return false }
        if let date = rules.dates.dateOfDateLine(text) {
            if result.meta.published == nil { result.meta.published = date }
            previousWasPitch = false
            return true
        }
        if let stamped = rules.dates.nameAndDate(text) {
            if result.meta.published == nil { result.meta.published = stamped.iso }
            if result.meta.outlet == nil { result.meta.outlet = stamped.name }
            previousWasPitch = false
            return true
        }
        // The title again (pages that print it twice).
        if titleIndex != nil, text == result.meta.title { return true }
        switch classifier.classify(text) {
        case .boilerplate(let kind, _):
            if result.meta.outlet == nil { result.meta.outlet = classifier.outlet(in: text) }
            previousWasPitch = kind == .pitch
            return true
        case .weakPitch(let cues) where cues >= 2 || previousWasPitch:
            return true
        default:
            previousWasPitch = false
        }
        if let authors = byline(text) {
            result.meta.authors += authors
            return true
        }
        if isHeading(text) { return false }
        let next = index + 1 < lines.count ? lines[index + 1].text : nil
        let continued = next.map(TextShape.continuesSentence) ?? false
        if result.meta.title == nil, isTitleLike(text), !continued {
            // A one- or two-word section label ("Politics", "WORLD") above the headline.
            if ByteText.wordCount(text) <= Self.maxSectionLabelWords, let next, isTitleLike(next),
               ByteText.wordCount(next) > Self.maxSectionLabelWords, !isHeading(next) {
                return true
            }
            let parts = splitTitle(text)
            result.meta.title = parts.title
            result.meta.subtitle = parts.dek
            titleIndex = index
            return true
        }
        if titleIndex == index - 1, result.meta.subtitle == nil,
           isDek(text, next: index + 1 < lines.count ? lines[index + 1].text : nil) || recursLater(text, in: lines, after: index) {
            result.meta.subtitle = text
            return true
        }
        return isCaption(text)
    }

    func isHeading(_ text: String) -> Bool {
        var key = text.lowercased()
        if key.hasSuffix(":") { key.removeLast() }
        return rules.headingLines.contains(key)
    }

    func isTitleLike(_ text: String) -> Bool {
        let words = ByteText.wordCount(text)
        guard text.utf8.count <= Self.maxTitleBytes, words > 0, words <= Self.maxTitleWords else { return false }
        guard let last = TextShape.withoutClosingMarks(text).last else { return false }
        if last == "." || last == ":" || last == ";" || last == "," || last == "…" { return false }
        if (last == "?" || last == "!"), let final = text.last, TextShape.closingMarks.contains(final) { return false }
        return true
    }

    /// "Title;Dek" (a semicolon joining the headline and its dek) or "Title" alone.
    func splitTitle(_ text: String) -> (title: String, dek: String?) {
        guard let semicolon = text.firstIndex(of: ";") else { return (text, nil) }
        let title = text[..<semicolon].trimmingCharacters(in: .whitespaces)
        let dek = text[text.index(after: semicolon)...].trimmingCharacters(in: .whitespaces)
        guard ByteText.wordCount(title) >= 3, ByteText.wordCount(dek) >= 3 else { return (text, nil) }
        return (title, dek)
    }

    private func isDek(_ text: String, next: String?) -> Bool {
        let words = ByteText.wordCount(text)
        guard words >= Self.minDekWords, !isHeading(text) else { return false }
        if isTitleLike(text) { return true }
        guard words <= Self.maxSentenceDekWords, let next, !isCaption(text) else { return false }
        return rules.dates.dateOfDateLine(next) != nil || byline(next) != nil || isCaption(next)
    }

    /// A line below the title that the page prints again further down: the dek, repeated as
    /// the lead of the body.
    private func recursLater(_ text: String, in lines: [ScrapedLine], after index: Int) -> Bool {
        ByteText.wordCount(text) >= Self.minDekWords && lines[(index + 1)...].contains { $0.text == text }
    }

    /// A sentence describing a photo: caption cues ("X, right, shakes hands with Y").
    func isCaption(_ text: String) -> Bool {
        guard ByteText.wordCount(text) <= Self.maxCaptionWords else { return false }
        return rules.captionCues.candidates(for: text).contains { $0.pattern.matches(text) }
    }

    /// The names of a byline ("By Jane Doe and John Roe, Bloomberg"), or nil.
    func byline(_ text: String) -> [String]? {
        guard text.hasPrefix("By ") || text.hasPrefix("BY "), ByteText.wordCount(text) <= Self.maxBylineWords,
              !TextShape.endsSentence(text) || text.hasSuffix(".") && ByteText.wordCount(text) <= 6 else { return nil }
        var rest = String(text.dropFirst(3))
        if let date = rules.dates.firstDate(in: rest) { rest = String(rest[..<date.range.lowerBound]) }
        let parts = rest.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: "&", with: ",")
            .replacingOccurrences(of: "|", with: ",").replacingOccurrences(of: ";", with: ",")
            .split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) }
        let names = parts.filter(Self.looksLikeName)
        return names.isEmpty ? nil : names
    }

    /// Two to four capitalized words ("Jane Doe", "Mary-Kate O'Neil").
    static func looksLikeName(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        guard (2...4).contains(words.count) else { return false }
        return words.allSatisfy { word in word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || "-'’.".contains($0) } }
    }
}
