/// The cleaned text of a document, fixed once the cleaner has run, with the views every stage
/// needs: Unicode scalars (the unit of all offsets, as Python's `str` indexes) and UTF-16 (ICU's
/// unit), plus the map between the two. Immutable, so it is shared freely across queues.
public final class DocumentText: Sendable {
    public let string: String
    public let scalars: [Unicode.Scalar]
    public let utf16: [UInt16]
    /// `scalarOffsetOfUTF16[i]` is the scalar offset of UTF-16 offset `i` (count + 1 entries);
    /// empty when every scalar is one UTF-16 unit (no surrogate pairs) and offsets are equal.
    private let scalarOffsetOfUTF16: [Int32]
    /// `utf16OffsetOfScalar[i]` is the UTF-16 offset of scalar offset `i` (count + 1 entries);
    /// empty like `scalarOffsetOfUTF16`, which saves 8 bytes a scalar for most texts.
    private let utf16OffsetOfScalar: [Int32]

    public init(_ string: String) {
        self.string = string
        let scalars = Array(string.unicodeScalars)
        self.scalars = scalars
        let utf16 = Array(string.utf16)
        self.utf16 = utf16
        guard utf16.count != scalars.count else {
            scalarOffsetOfUTF16 = []
            utf16OffsetOfScalar = []
            return
        }
        var scalarOf: [Int32] = []
        scalarOf.reserveCapacity(utf16.count + 1)
        var utf16Of: [Int32] = []
        utf16Of.reserveCapacity(scalars.count + 1)
        var units = 0
        for (index, scalar) in scalars.enumerated() {
            utf16Of.append(Int32(units))
            let width = UTF16.width(scalar)
            for _ in 0..<width { scalarOf.append(Int32(index)) }
            units += width
        }
        utf16Of.append(Int32(units))
        scalarOf.append(Int32(scalars.count))
        scalarOffsetOfUTF16 = scalarOf
        utf16OffsetOfScalar = utf16Of
    }

    /// Number of Unicode scalars.
    public var count: Int { scalars.count }

    public func scalarOffset(utf16 offset: Int) -> Int {
        scalarOffsetOfUTF16.isEmpty ? offset : Int(scalarOffsetOfUTF16[offset])
    }

    public func utf16Offset(scalar offset: Int) -> Int {
        utf16OffsetOfScalar.isEmpty ? offset : Int(utf16OffsetOfScalar[offset])
    }

    /// The text between two scalar offsets.
    public func substring(_ start: Int, _ end: Int) -> String {
        Self.string(scalars[start..<end])
    }

    /// The string of `scalars`, written as UTF-8 straight into the string's storage (far faster
    /// than appending scalars to a `String.UnicodeScalarView` one by one).
    public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var i = 0
            for scalar in scalars {
                let v = scalar.value
                switch v {
                case 0..<0x80:
                    buffer[i] = UInt8(v); i += 1
                case 0x80..<0x800:
                    buffer[i] = UInt8(0xC0 | (v >> 6)); buffer[i + 1] = UInt8(0x80 | (v & 0x3F)); i += 2
                case 0x800..<0x10000:
                    buffer[i] = UInt8(0xE0 | (v >> 12)); buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | (v & 0x3F)); i += 3
                default:
                    buffer[i] = UInt8(0xF0 | (v >> 18)); buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[i + 3] = UInt8(0x80 | (v & 0x3F)); i += 4
                }
            }
            return i
        }
    }

    /// A span over `start..<end`, carrying its text.
    public func span(_ start: Int, _ end: Int) -> Span {
        Span(start: start, end: end, text: substring(start, end))
    }

    /// A span over `range` with surrounding white space removed; nil when nothing is left.
    public func trimmedSpan(_ start: Int, _ end: Int) -> Span? {
        var s = start, e = end
        while s < e, ScalarClass.isWhitespace(scalars[s]) { s += 1 }
        while e > s, ScalarClass.isWhitespace(scalars[e - 1]) { e -= 1 }
        return s < e ? span(s, e) : nil
    }
}
