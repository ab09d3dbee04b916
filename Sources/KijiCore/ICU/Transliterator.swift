import CICU

/// An ICU transliterator ("Latin-ASCII", "Any-Latin; Latin-ASCII"). Not thread-safe: one per queue or per use.
public final class Transliterator {
    private let handle: UnsafeMutableRawPointer

    public init(_ id: String) throws {
        let units = Array(id.utf16)
        var error: Int32 = 0
        guard let handle = kiji_transliterator_open(units, Int32(units.count), &error) else {
            throw ICUError(call: "utrans_openU(\(id))", code: error)
        }
        self.handle = handle
    }

    deinit { kiji_transliterator_close(handle) }

    public func transliterate(_ string: String) -> String {
        var capacity = string.utf16.count * 4 + 16
        for _ in 0..<3 {
            var buffer = Array(string.utf16) + [UInt16](repeating: 0, count: capacity - string.utf16.count)
            var length = Int32(string.utf16.count)
            var error: Int32 = 0
            let needed = kiji_transliterate(handle, &buffer, &length, Int32(capacity), &error)
            if error <= 0 { return String(decoding: buffer[0..<Int(length)], as: UTF16.self) }
            capacity = Int(needed) * 2 + 16
        }
        return string
    }
}
