import KijiCore

/// Questions about a line asked on its UTF-8 bytes: the cleaner asks them of every line, and
/// Foundation (`lowercased`, `contains`, `split`) would bridge or rebuild the string each time.
enum ByteText {
    /// The UTF-8 of `text` lower-cased for cue search: ASCII letters lowered, the only two
    /// scalars whose lower case holds ASCII (U+0130 "İ" → "i̇", U+212A KELVIN SIGN → "k")
    /// mapped, every other byte kept. An ASCII or case-less cue occurs in it exactly when it
    /// occurs in `text.lowercased()`.
    static func loweredForCues(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            var lowered = [UInt8]()
            lowered.reserveCapacity(bytes.count + 4)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    lowered.append(byte >= 65 && byte <= 90 ? byte | 0x20 : byte)
                } else if byte == 0xC4, index + 1 < bytes.count, bytes[index + 1] == 0xB0 {
                    lowered.append(contentsOf: [0x69, 0xCC, 0x87])
                    index += 1
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x84, bytes[index + 2] == 0xAA {
                    lowered.append(0x6B)
                    index += 2
                } else {
                    lowered.append(byte)
                }
                index += 1
            }
            return lowered
        }
    }

    /// Whether `needle` occurs in `haystack` (plain byte search).
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        let last = haystack.count - needle.count
        var index = 0
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether `text` holds the ASCII `literal`, without copying either.
    static func holds(_ text: String, _ literal: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { contains($0, UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)) }
    }

    /// Words of a line as `line.split(separator: " ").count` counts them: runs of characters
    /// between spaces (a space that a combining mark follows is part of a character, not a break).
    static func wordCount(_ line: String) -> Int {
        var line = line
        return line.withUTF8 { bytes in
            var count = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x20, !extendsPrevious(bytes, at: index + 1) {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
                index += 1
            }
            return count
        }
    }

    /// Whether the scalar starting at `index` joins the character before it (a combining mark,
    /// a spacing mark, a zero-width joiner).
    private static func extendsPrevious(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count, bytes[index] >= 0x80, let scalar = scalar(in: bytes, at: index) else { return false }
        let properties = scalar.properties
        return properties.isGraphemeExtend || properties.generalCategory == .spacingMark || scalar.value == 0x200D
    }

    /// The scalar whose UTF-8 starts at `index` of valid UTF-8.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar? {
        let lead = UInt32(bytes[index])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + length <= bytes.count else { return nil }
        var value = length == 1 ? lead : lead & (0xFF >> UInt32(length + 1))
        var offset = 1
        while offset < length {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            offset += 1
        }
        return Unicode.Scalar(value)
    }

    /// Whether `text` has `run` decimal digits in a row (ASCII or any other script's).
    static func hasDigitRun(_ text: String, of run: Int) -> Bool {
        var length = 0
        for scalar in text.unicodeScalars {
            if ScalarClass.isDigit(scalar) {
                length += 1
                if length >= run { return true }
            } else {
                length = 0
            }
        }
        return false
    }

    /// `text.count`, from the bytes when they are ASCII without carriage returns (each byte a
    /// character then).
    static func characterCount(_ text: String) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 13 } ? text.utf8.count : text.count
    }

    /// How many characters of `text` are the ASCII character `byte` (a byte that a combining
    /// mark follows is part of another character).
    static func count(of byte: UInt8, in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for index in bytes.indices where bytes[index] == byte && !extendsPrevious(bytes, at: index + 1) { count += 1 }
            return count
        }
    }

    /// The range of the last occurrence of `needle` in `text` that ends between characters.
    static func lastRange(of needle: String, in text: String) -> Range<String.Index>? {
        var text = text, needle = needle
        let offset: Int? = text.withUTF8 { bytes in
            needle.withUTF8 { pattern in
                guard !pattern.isEmpty, pattern.count <= bytes.count else { return nil }
                var start = bytes.count - pattern.count
                while start >= 0 {
                    if bytes[start] == pattern[0], !extendsPrevious(bytes, at: start + pattern.count) {
                        var index = 1
                        while index < pattern.count && bytes[start + index] == pattern[index] { index += 1 }
                        if index == pattern.count { return start }
                    }
                    start -= 1
                }
                return nil
            }
        }
        guard let offset else { return nil }
        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return lower..<text.utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// Whether a Character count of `text` is at most `limit`, counting only when the bytes
    /// alone cannot tell.
    static func hasAtMostCharacters(_ text: String, _ limit: Int) -> Bool {
        text.utf8.count <= limit || text.count <= limit
    }
}
