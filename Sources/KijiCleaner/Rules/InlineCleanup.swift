import KijiCore
import Foundation

/// Cleans inside one line of text: white space, markdown links, footnote markers, stray URLs.
/// Each rewrite is a named pattern of markup syntax, not of any outlet's wording.
struct InlineCleanup: Sendable {
    private let markdownImage: Pattern
    private let markdownLink: Pattern
    private let footnoteAfterPunctuation: Pattern
    private let footnoteAfterWord: Pattern
    private let bracketFootnote: Pattern
    private let superscriptDigits: Pattern
    private let bareURL: Pattern
    private let percentEncoded: Pattern
    private let emptyBrackets: Pattern
    private let spaceBeforePunctuation: Pattern

    init() throws {
        markdownImage = try Pattern(#"!\[[^\]]*\]\([^)\s]*\)"#, name: "markdown-image")
        markdownLink = try Pattern(#"\[([^\[\]]+)\]\([^()\s]*\)"#, name: "markdown-link")
        // "mid-May.1 There", "the US.2 While", "said.”3" — a one- or two-digit marker after the
        // punctuation that ends a word, before a new sentence or the end of the line; not in
        // "$5.1", "No. 1" or "No.1".
        footnoteAfterPunctuation = try Pattern(
            #"(?<=\p{L}[.,;:!?]|[”’")])(?<!\b(?:[Nn]o|[Nn]os|[Vv]ol|[Pp]p?|[Ff]ig|[Ss]ec|[Aa]rt|[Cc]h|[Pp]t)\.)\d{1,2}(?=\s+[\p{Lu}“"‘(]|\s*$)"#,
            name: "footnote-after-punctuation", caseSensitive: true)
        // "tariffs1 and" — a marker glued to a lower-case word of four letters or more.
        footnoteAfterWord = try Pattern(#"(?<=\p{Ll}{4})\d{1,2}(?=[\s,.;:]|$)"#, name: "footnote-after-word", caseSensitive: true)
        bracketFootnote = try Pattern(#"(?<=\S)\[\d{1,3}\]"#, name: "bracket-footnote")
        superscriptDigits = try Pattern("[\u{00B9}\u{00B2}\u{00B3}\u{2070}\u{2074}-\u{2079}]+", name: "superscript-digits")
        bareURL = try Pattern(#"\bhttps?://\S+"#, name: "bare-url")
        percentEncoded = try Pattern(#"\S*%[0-9A-Fa-f]{2}\S*%[0-9A-Fa-f]{2}\S*"#, name: "percent-encoded")
        emptyBrackets = try Pattern(#"\(\s*\)|\[\s*\]"#, name: "empty-brackets")
        spaceBeforePunctuation = try Pattern(#"\s+([.,;:!?])(?=\s|$)"#, name: "space-before-punctuation")
    }

    /// The line with every inline artefact removed and its white space normalized.
    func clean(_ line: String) -> String {
        var text = Self.normalizeWhitespace(line)
        guard !text.isEmpty else { return text }
        if Self.holds(text, "](") {
            text = markdownImage.replacing(in: text, with: "")
            text = markdownLink.replacing(in: text, with: "$1")
        }
        if text.utf8.contains(where: { (48...57).contains($0) }) {
            text = footnoteAfterPunctuation.replacing(in: text, with: "")
            text = footnoteAfterWord.replacing(in: text, with: "")
            if Self.holds(text, "[") { text = bracketFootnote.replacing(in: text, with: "") }
        }
        if text.unicodeScalars.contains(where: Self.isSuperscriptDigit) {
            text = superscriptDigits.replacing(in: text, with: "")
        }
        if Self.holds(text, "://") || Self.holds(text, "%") {
            let before = text
            text = bareURL.replacing(in: text, with: "")
            text = percentEncoded.replacing(in: text, with: "")
            if text != before {
                text = emptyBrackets.replacing(in: text, with: "")
                text = spaceBeforePunctuation.replacing(in: text, with: "$1")
            }
        }
        return Self.normalizeWhitespace(text)
    }

    /// Whether `text` holds `literal` (a byte search, far cheaper than Foundation's `contains`).
    static func holds(_ text: String, _ literal: StaticString) -> Bool {
        LineRule.contains(Array(text.utf8), Array(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)))
    }

    static func isSuperscriptDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xB9, 0xB2, 0xB3, 0x2070, 0x2074...0x2079: return true
        default: return false
        }
    }

    /// Runs of white space (tabs, no-break and other spaces) as one space; invisible format
    /// characters (zero-width space, soft hyphen, byte-order mark) removed; trimmed.
    static func normalizeWhitespace(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isWhitespace = scalar.value < 0x80 ? (scalar.value == 32 || (9...13).contains(scalar.value)) : ScalarClass.isWhitespace(scalar)
            if isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            switch scalar {
            case "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}": continue
            default: break
            }
            if pendingSpace { scalars.append(" "); pendingSpace = false }
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
