/// The text normalizations of SCORING.md, shared by the scorer and by stages that compare names.
public enum TextFolding {
    /// NFKC, curly quotes and apostrophes made straight, runs of white space to one space, trimmed.
    public static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.normalized(.nfkc).unicodeScalars {
            if ScalarClass.isWhitespace(scalar) {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace { scalars.append(" "); pendingSpace = false }
            scalars.append(straightened(scalar))
        }
        return String(scalars)
    }

    /// Normalized, lower-cased, diacritics removed ("Katō" → "kato").
    public static func fold(_ text: String) -> String {
        if let ascii = foldedASCIIWord(text) { return ascii }
        return normalize(text).lowercased().withoutDiacritics
    }

    /// The fold of a word that is all printable ASCII (no white space): its lower case. Nil otherwise.
    private static func foldedASCIIWord(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard byte > 32, byte < 127 else { return nil }
            bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Maximal runs of letters and digits of the folded text.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in fold(text).unicodeScalars {
            if isLetterOrDigit(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    public static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isLetterOrDigit(scalar)
    }

    /// Curly single and double quotation marks and apostrophes as their straight ASCII forms.
    public static func straightened(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": return "'"
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}": return "\""
        default: return scalar
        }
    }
}
