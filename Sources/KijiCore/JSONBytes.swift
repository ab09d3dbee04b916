/// Byte scans shared by `JSONReader` and `JSONWriter`: where a string's plain run ends, and
/// whether bytes are valid UTF-8. Eight bytes are tested at a time (SWAR) where possible.
enum JSONBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Some byte of `word` is below 0x20, or a quotation mark, or a backslash.
    @inline(__always) static func hasSpecial(_ word: UInt64) -> Bool {
        let control = (word &- ones &* 0x20) & ~word
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let quoteZero = (quote &- ones) & ~quote
        let backslashZero = (backslash &- ones) & ~backslash
        return (control | quoteZero | backslashZero) & highs != 0
    }

    @inline(__always) static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C
    }

    /// The index of the first byte at or after `start` that is below 0x20, a quotation mark or a
    /// backslash; `bytes.count` when there is none.
    static func firstSpecial(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                if hasSpecial(word) { break }
                i += 8
            }
        }
        while i < count, !isSpecial(bytes[i]) { i += 1 }
        return i
    }

    /// Well-formed UTF-8 (no overlong forms, surrogates or scalars past U+10FFFF).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        while i < count {
            while i + 8 <= count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & highs == 0 { i += 8 }
            guard i < count else { break }
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            func continuation(_ k: Int) -> Bool { k < count && bytes[k] & 0xC0 == 0x80 }
            switch b0 {
            case 0xC2...0xDF:
                guard continuation(i + 1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard continuation(i + 1), continuation(i + 2) else { return false }
                let b1 = bytes[i + 1]
                if b0 == 0xE0, b1 < 0xA0 { return false }
                if b0 == 0xED, b1 >= 0xA0 { return false }
                i += 3
            case 0xF0...0xF4:
                guard continuation(i + 1), continuation(i + 2), continuation(i + 3) else { return false }
                let b1 = bytes[i + 1]
                if b0 == 0xF0, b1 < 0x90 { return false }
                if b0 == 0xF4, b1 >= 0x90 { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }
}
