import KijiCore

/// The key a document is stored under: a 128-bit FNV-1a hash (two 64-bit lanes) of its input
/// content — the raw text or HTML as read, or the text of an already annotated document — so
/// the same article read twice is stored once, whatever its file name.
public enum ContentHash {
    public static func of(_ document: Document) -> String {
        switch document.source {
        case .plainText(let text): return of(text, kind: "text")
        case .html(let html): return of(html, kind: "html")
        case .annotated: return of(document.text.string, kind: "annotated")
        }
    }

    public static func of(_ content: String, kind: String) -> String {
        var low: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt64 = 0x6c62_272e_07bb_0142
        let prime: UInt64 = 0x0000_0100_0000_01b3
        func mix(_ byte: UInt8) {
            low = (low ^ UInt64(byte)) &* prime
            high = (high ^ UInt64(byte ^ 0x5a)) &* prime
        }
        for byte in kind.utf8 { mix(byte) }
        mix(0)
        for byte in content.utf8 { mix(byte) }
        return hex(high) + hex(low)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
