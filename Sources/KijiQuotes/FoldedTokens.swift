import KijiCore

/// `TextFolding.tokens` with a fast path: in text of ASCII and common punctuation (curly quotes,
/// dashes, ellipsis, no-break space) the tokens are the runs of ASCII letters and digits,
/// lower-cased, so no normalization is needed to find them. Other text takes the general path.
enum FoldedTokens {
    /// The folded tokens of `scalars`.
    static func of(_ scalars: ArraySlice<Unicode.Scalar>) -> [String] {
        guard scalars.allSatisfy({ $0.value < 0x80 || isSeparatorPunctuation($0) }) else {
            return TextFolding.tokens(DocumentText.string(scalars))
        }
        var tokens: [String] = []
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard isAlphanumeric(scalars[index].value) else { index += 1; continue }
            let start = index
            while index < scalars.endIndex, isAlphanumeric(scalars[index].value) { index += 1 }
            tokens.append(lowered(scalars[start..<index].lazy.map { UInt8($0.value) }))
        }
        return tokens
    }

    /// The folded tokens of `text`.
    static func of(_ text: String) -> [String] {
        of(Array(text.unicodeScalars)[...])
    }

    /// The last folded token of `name` (a family name in Western order).
    static func last(of name: String) -> String? {
        let scalars = name.unicodeScalars
        guard scalars.allSatisfy({ $0.value < 0x80 || isSeparatorPunctuation($0) }) else {
            return TextFolding.tokens(name).last
        }
        guard let end = scalars.lastIndex(where: { isAlphanumeric($0.value) }) else { return nil }
        var start = end
        while start > scalars.startIndex {
            let previous = scalars.index(before: start)
            guard isAlphanumeric(scalars[previous].value) else { break }
            start = previous
        }
        return lowered(scalars[start...end].lazy.map { UInt8($0.value) })
    }

    /// Punctuation outside ASCII that NFKC keeps free of letters and digits: a token separator.
    private static func isSeparatorPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2018...0x201F, 0x2013, 0x2014, 0x2026, 0x00A0: return true
        default: return false
        }
    }

    @inline(__always)
    private static func isAlphanumeric(_ value: UInt32) -> Bool {
        (48...57).contains(value) || (65...90).contains(value) || (97...122).contains(value)
    }

    private static func lowered<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var i = 0
            for byte in bytes {
                buffer[i] = (65...90).contains(byte) ? byte + 32 : byte
                i += 1
            }
            return i
        }
    }
}
