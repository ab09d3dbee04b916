/// A small, fast JSON writer: keys in the order written (ANNOTATION.md's order), strings escaped
/// per RFC 8259, integral doubles without a fraction.
public struct JSONWriter {
    public private(set) var output: [UInt8] = []
    /// Whether the open container (bit 0) and those around it (higher bits) already hold a
    /// value; levels pushed out past 64 wait in `outerLevels`.
    private var needsComma: UInt64 = 0
    private var depth = 0
    private var outerLevels: [Bool] = []

    public init(capacity: Int = 4096) { output.reserveCapacity(capacity) }

    public mutating func beginObject() { valuePrefix(); output.append(UInt8(ascii: "{")); pushLevel() }
    public mutating func endObject() { popLevel(); output.append(UInt8(ascii: "}")) }
    public mutating func beginArray() { valuePrefix(); output.append(UInt8(ascii: "[")); pushLevel() }
    public mutating func endArray() { popLevel(); output.append(UInt8(ascii: "]")) }

    private mutating func pushLevel() {
        if depth >= 63 { outerLevels.append(needsComma >> 63 == 1) }
        needsComma <<= 1
        depth += 1
    }

    private mutating func popLevel() {
        needsComma >>= 1
        depth -= 1
        if depth >= 63, outerLevels.removeLast() { needsComma |= 1 << 63 }
    }

    /// Writes `"key":`; the next value written belongs to it.
    public mutating func key(_ key: String) {
        valuePrefix()
        writeString(key)
        output.append(UInt8(ascii: ":"))
        needsComma &= ~1
        pendingKey = true
    }

    public mutating func string(_ value: String?) {
        guard let value else { return null() }
        valuePrefix()
        writeString(value)
    }

    public mutating func number(_ value: Double?) {
        guard let value, value.isFinite else { return null() }
        valuePrefix()
        if value == value.rounded(), abs(value) < 1e15 {
            writeInteger(Int(value))
        } else {
            output.append(contentsOf: "\(value)".utf8)
        }
    }

    public mutating func number(_ value: Int) {
        valuePrefix()
        writeInteger(value)
    }

    /// The decimal digits of `value`, as `String(value)` writes them.
    private mutating func writeInteger(_ value: Int) {
        guard value != Int.min else { return output.append(contentsOf: String(value).utf8) }
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var i = buffer.count
            repeat {
                i -= 1
                buffer[i] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            output.append(contentsOf: buffer[i...])
        }
    }

    public mutating func bool(_ value: Bool) {
        valuePrefix()
        output.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func null() {
        valuePrefix()
        output.append(contentsOf: "null".utf8)
    }

    private var pendingKey = false

    private mutating func valuePrefix() {
        if pendingKey { pendingKey = false; needsComma |= 1; return }
        if needsComma & 1 != 0 { output.append(UInt8(ascii: ",")) }
        needsComma |= 1
    }

    private mutating func writeString(_ string: String) {
        output.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole.
            var runStart = 0
            while runStart < bytes.count {
                let special = JSONBytes.firstSpecial(bytes, from: runStart)
                if runStart < special { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<special])) }
                guard special < bytes.count else { break }
                runStart = special + 1
                let byte = bytes[special]
                switch byte {
                case UInt8(ascii: "\""): output.append(contentsOf: [92, 34])
                case UInt8(ascii: "\\"): output.append(contentsOf: [92, 92])
                case 0x0A: output.append(contentsOf: [92, UInt8(ascii: "n")])
                case 0x0D: output.append(contentsOf: [92, UInt8(ascii: "r")])
                case 0x09: output.append(contentsOf: [92, UInt8(ascii: "t")])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    output.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
                }
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
