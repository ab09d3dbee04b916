import KijiCore

/// `TextFolding.tokens` (SCORING.md's tokens of the folded text) with a fast path for ASCII text,
/// the usual case for canonical names: runs of ASCII letters and digits, lower-cased.
enum NameTokens {
    static func tokens(_ text: String) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return TextFolding.tokens(text) }
        var tokens: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 65...90: current.append(byte + 32)
            case 97...122, 48...57: current.append(byte)
            default:
                if !current.isEmpty {
                    tokens.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }
}
