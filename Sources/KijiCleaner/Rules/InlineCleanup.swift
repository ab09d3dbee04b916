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

    /// The line with every inline artefact removed and its white space normalized. Each
    /// rewrite runs only on lines holding what its pattern needs (a byte scan decides).
    func clean(_ line: String) -> String {
        var text = Self.normalizeWhitespace(line)
        guard !text.isEmpty else { return text }
        if ByteText.holds(text, "](") {
            text = markdownImage.replacing(in: text, with: "")
            text = markdownLink.replacing(in: text, with: "$1")
        }
        if text.utf8.contains(where: { (48...57).contains($0) }) {
            if Self.mayHoldGluedMarker(text) {
                text = footnoteAfterPunctuation.replacing(in: text, with: "")
                text = footnoteAfterWord.replacing(in: text, with: "")
            }
            if ByteText.holds(text, "[") { text = bracketFootnote.replacing(in: text, with: "") }
        }
        if text.utf8.contains(where: { $0 >= 0x80 }), text.unicodeScalars.contains(where: Self.isSuperscriptDigit) {
            text = superscriptDigits.replacing(in: text, with: "")
        }
        if ByteText.holds(text, "://") || Self.holdsTwoPercentEscapes(text) {
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

    /// Whether a footnote marker glued to a word may be in `text`: a digit right after a letter
    /// or a closing mark, or after punctuation that follows a letter (what the two footnote
    /// patterns look behind for). A digit outside ASCII always may.
    static func mayHoldGluedMarker(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0xC0, let scalar = ByteText.scalar(in: bytes, at: index), ScalarClass.isDigit(scalar) { return true }
                guard (48...57).contains(byte), index > 0 else { continue }
                let before = bytes[index - 1]
                if before >= 0x80 || (97...122).contains(before) || before == UInt8(ascii: "\"") || before == UInt8(ascii: ")") {
                    return true
                }
                switch before {
                case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"):
                    guard index > 1 else { continue }
                    let letter = bytes[index - 2]
                    if letter >= 0x80 || (97...122).contains(letter) || (65...90).contains(letter) { return true }
                default:
                    continue
                }
            }
            return false
        }
    }

    /// Whether `text` has two "%" each followed by two hex digits (what a percent-encoded run
    /// needs; a plain "25%" is not one).
    static func holdsTwoPercentEscapes(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            func isHex(_ byte: UInt8) -> Bool { (48...57).contains(byte) || (65...70).contains(byte) || (97...102).contains(byte) }
            var found = 0
            var index = 0
            while index + 2 < bytes.count {
                if bytes[index] == UInt8(ascii: "%"), isHex(bytes[index + 1]), isHex(bytes[index + 2]) {
                    found += 1
                    if found == 2 { return true }
                    index += 3
                } else {
                    index += 1
                }
            }
            return false
        }
    }

    static func isSuperscriptDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xB9, 0xB2, 0xB3, 0x2070, 0x2074...0x2079: return true
        default: return false
        }
    }

    /// Runs of white space (tabs, no-break and other spaces) as one space; invisible format
    /// characters (zero-width space, soft hyphen, byte-order mark) removed; trimmed. A line
    /// that is already so comes back as it is, without being copied.
    static func normalizeWhitespace(_ text: String) -> String {
        var text = text
        let normalized: [UInt8]? = text.withUTF8 { bytes in
            isNormalized(bytes) ? nil : normalize(bytes)
        }
        return normalized.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    private enum ScalarRole { case whiteSpace, invisible, other }

    private static func role(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (role: ScalarRole, length: Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (byte == 32 || (9...13).contains(byte) ? .whiteSpace : .other, 1) }
        guard let scalar = ByteText.scalar(in: bytes, at: index) else { return (.other, 1) }
        let length = scalar.value < 0x800 ? 2 : scalar.value < 0x10000 ? 3 : 4
        if ScalarClass.isWhitespace(scalar) { return (.whiteSpace, length) }
        switch scalar {
        case "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}": return (.invisible, length)
        default: return (.other, length)
        }
    }

    /// No white space but single spaces between other characters, nothing invisible.
    private static func isNormalized(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var previousWasSpace = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 32 {
                if previousWasSpace { return false }
                previousWasSpace = true
                index += 1
            } else if byte < 0x80 {
                if (9...13).contains(byte) { return false }
                previousWasSpace = false
                index += 1
            } else {
                let (role, length) = role(bytes, at: index)
                if role != .other { return false }
                previousWasSpace = false
                index += length
            }
        }
        return !previousWasSpace || bytes.isEmpty
    }

    private static func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let (role, length) = role(bytes, at: index)
            switch role {
            case .whiteSpace:
                pendingSpace = !output.isEmpty
            case .invisible:
                break
            case .other:
                if pendingSpace { output.append(32); pendingSpace = false }
                output.append(contentsOf: bytes[index..<index + length])
            }
            index += length
        }
        return output
    }
}
