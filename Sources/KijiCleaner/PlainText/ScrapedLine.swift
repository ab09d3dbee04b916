/// One non-empty line of scraped text after inline cleanup: a paragraph candidate.
struct ScrapedLine: Equatable {
    var text: String
    /// Started with a bullet mark, now removed: a list item, its own paragraph.
    var isBullet: Bool

    /// The lines of `raw` (single newlines are paragraph breaks; blank lines carry nothing),
    /// cleaned inline, bullet marks removed, glued tails ("Read More:" links, "© Outlet") split
    /// off as lines of their own.
    static func lines(of raw: String, cleanup: InlineCleanup, classifier: LineClassifier,
                      bulletMarks: Set<Character>, maxLineLength: Int) -> [ScrapedLine] {
        // Split at newline scalars: each is a character of its own, so this is the split at
        // newline characters, without walking characters.
        // A line over the length limit is cut into pieces first, each a line of its own.
        raw.unicodeScalars.split(whereSeparator: Self.isNewline).flatMap { rawLine in
            rawLine.count > maxLineLength ? LinePieces.pieces(of: rawLine, maxLength: maxLineLength) : [rawLine]
        }.flatMap { rawLine in
            classifier.splitGluedTails(cleanup.clean(String(rawLine))).enumerated().compactMap { part, text in
                part == 0 ? line(text, bulletMarks: bulletMarks) : ScrapedLine(text: text, isBullet: false)
            }
        }
    }

    /// A line with its bullet mark removed, or nil when nothing is left.
    private static func line(_ text: String, bulletMarks: Set<Character>) -> ScrapedLine? {
        if let first = text.first, bulletMarks.contains(first), text.dropFirst().first == " ",
           !text.dropFirst(2).isEmpty {
            return ScrapedLine(text: String(text.dropFirst(2)), isBullet: true)
        }
        return text.isEmpty ? nil : ScrapedLine(text: text, isBullet: false)
    }

    /// The scalars that make `Character.isNewline` true.
    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
