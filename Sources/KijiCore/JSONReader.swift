/// A strict, allocation-light reader of JSON text over UTF-8 bytes, for the objects this project
/// exchanges (export lines, gold files, JSONL inputs). It reads typed values straight into the
/// document model instead of building `Any` trees (JSONSerialization) or going through
/// `Decoder` containers (JSONDecoder), which is where reading an export line spent its time.
///
/// It accepts only plainly valid JSON of the expected shape: on anything else — a syntax error,
/// a type it does not expect, a duplicate key, invalid UTF-8, a lone surrogate, `\u0000`, a
/// number out of range — it throws `JSONReader.Unsupported`, and callers fall back to the
/// Foundation decoders, which then give the same result or error they always gave.
/// A JSONL line is read with `repairsUTF8`: its path repairs invalid UTF-8 (U+FFFD) before
/// parsing, and repairing each string on its own gives the same strings, as the quotation marks
/// and escapes around them are ASCII.
struct JSONReader {
    struct Unsupported: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private let repairsUTF8: Bool
    private var position = 0
    private var depth = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, repairsUTF8: Bool = false) {
        self.bytes = bytes
        self.repairsUTF8 = repairsUTF8
    }

    // MARK: Structure

    /// Skips JSON white space (space, tab, line feed, carriage return).
    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// Succeeds when only white space is left.
    mutating func expectEnd() throws {
        skipWhitespace()
        guard position == bytes.count else { throw Unsupported() }
    }

    private mutating func peek() throws -> UInt8 {
        skipWhitespace()
        guard position < bytes.count else { throw Unsupported() }
        return bytes[position]
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard try peek() == byte else { throw Unsupported() }
        position += 1
    }

    /// Consumes `null` when it comes next.
    mutating func readNull() throws -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw Unsupported() }
        let pointer = word.utf8Start
        for k in 0..<count where bytes[position + k] != pointer[k] { throw Unsupported() }
        position += count
    }

    /// Reads an object, calling `field` with each key; `field` must consume the value (or call
    /// `skipValue`). Readers of known fields refuse repeated keys with `mark`.
    mutating func readObject(_ field: (inout JSONReader, String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        depth += 1
        guard depth < 64 else { throw Unsupported() }
        if try peek() == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return
        }
        while true {
            guard try peek() == UInt8(ascii: "\"") else { throw Unsupported() }
            let key = try readString()
            try expect(UInt8(ascii: ":"))
            try field(&self, key)
            let next = try peek()
            position += 1
            if next == UInt8(ascii: "}") { break }
            guard next == UInt8(ascii: ",") else { throw Unsupported() }
        }
        depth -= 1
    }

    /// Records that the field numbered `bit` was read; throws when it was read before.
    static func mark(_ seen: inout UInt32, _ bit: UInt32) throws {
        guard seen & (1 << bit) == 0 else { throw Unsupported() }
        seen |= 1 << bit
    }

    /// Reads an array, calling `element` for each element; `element` must consume it.
    mutating func readArray(_ element: (inout JSONReader) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        depth += 1
        guard depth < 64 else { throw Unsupported() }
        if try peek() == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return
        }
        while true {
            try element(&self)
            let next = try peek()
            position += 1
            if next == UInt8(ascii: "]") { break }
            guard next == UInt8(ascii: ",") else { throw Unsupported() }
        }
        depth -= 1
    }

    /// Reads and checks any value, keeping nothing.
    mutating func skipValue() throws {
        switch try peek() {
        case UInt8(ascii: "{"): try readObject { reader, _ in try reader.skipValue() }
        case UInt8(ascii: "["): try readArray { reader in try reader.skipValue() }
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: _ = try readDouble()
        }
    }

    // MARK: Values

    /// Reads a string; `null` is not a string.
    mutating func readString() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        position = JSONBytes.firstSpecial(bytes, from: position)
        guard position < bytes.count else { throw Unsupported() }
        let byte = bytes[position]
        if byte == UInt8(ascii: "\"") {
            let run = UnsafeBufferPointer(rebasing: bytes[start..<position])
            position += 1
            return try string(run)
        }
        guard byte == UInt8(ascii: "\\") else { throw Unsupported() }
        return try readEscapedString(from: start)
    }

    /// `bytes` as a string: invalid UTF-8 repaired, or refused unless `repairsUTF8`.
    private func string(_ bytes: UnsafeBufferPointer<UInt8>) throws -> String {
        guard repairsUTF8 || JSONBytes.isValidUTF8(bytes) else { throw Unsupported() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The rest of a string that holds escapes, its first part being `start..<position`.
    private mutating func readEscapedString(from start: Int) throws -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(position - start + 64)
        decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return try decoded.withUnsafeBufferPointer { try string($0) }
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { throw Unsupported() }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                              bytes[position + 1] == UInt8(ascii: "u") else { throw Unsupported() }
                        position += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw Unsupported() }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(code) || code == 0 {
                        throw Unsupported()
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw Unsupported() }
                    decoded.append(contentsOf: UTF8.encode(scalar)!)
                default: throw Unsupported()
                }
                // The run up to the next quotation mark, backslash or control byte, copied whole.
                let runEnd = JSONBytes.firstSpecial(bytes, from: position)
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<runEnd]))
                position = runEnd
            default:
                throw Unsupported()
            }
        }
        throw Unsupported()
    }

    private mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw Unsupported() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[position]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: throw Unsupported()
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// A string or null.
    mutating func readOptionalString() throws -> String? {
        try readNull() ? nil : readString()
    }

    /// An integer written without fraction or exponent.
    mutating func readInt() throws -> Int {
        let (start, end, integral) = try scanNumber()
        guard integral, end - start <= 18 else { throw Unsupported() }
        var k = start
        let negative = bytes[k] == UInt8(ascii: "-")
        if negative { k += 1 }
        var value = 0
        while k < end {
            value = value * 10 + Int(bytes[k] - 0x30)
            k += 1
        }
        return negative ? -value : value
    }

    /// A finite number.
    mutating func readDouble() throws -> Double {
        let (start, end, _) = try scanNumber()
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw Unsupported() }
        return value
    }

    /// A number or null.
    mutating func readOptionalDouble() throws -> Double? {
        try readNull() ? nil : readDouble()
    }

    /// The extent of a number as RFC 8259 writes it, and whether it has no fraction or exponent.
    private mutating func scanNumber() throws -> (Int, Int, Bool) {
        _ = try peek()
        let start = position
        var integral = true
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else { throw Unsupported() }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else {
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            integral = false
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else { throw Unsupported() }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            integral = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard position < bytes.count, isDigit(bytes[position]) else { throw Unsupported() }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        return (start, position, integral)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
