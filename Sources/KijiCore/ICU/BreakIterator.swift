import CICU

/// An ICU break iterator over one UTF-16 text. Not shareable across queues: make one per use.
public final class BreakIterator {
    public enum Kind: Int32 { case character = 0, word = 1, line = 2, sentence = 3 }

    private let handle: UnsafeMutableRawPointer
    private let text: UnsafeMutableBufferPointer<UInt16>

    public init(_ kind: Kind, utf16: [UInt16], locale: String = "en_US") throws {
        text = .allocate(capacity: max(1, utf16.count))
        _ = text.initialize(from: utf16)
        var error: Int32 = 0
        guard let handle = kiji_break_open(kind.rawValue, locale, text.baseAddress, Int32(utf16.count), &error) else {
            text.deallocate()
            throw ICUError(call: "ubrk_open", code: error)
        }
        self.handle = handle
    }

    deinit {
        kiji_break_close(handle)
        text.deallocate()
    }

    /// The next boundary as a UTF-16 offset, or nil at the end.
    public func next() -> Int? {
        let boundary = kiji_break_next(handle)
        return boundary < 0 ? nil : Int(boundary)
    }

    /// The rule status of the last boundary (for words: 0 none, 100.. number, 200.. letter, 300.. kana, 400.. ideographic).
    public var ruleStatus: Int { Int(kiji_break_rule_status(handle)) }

    /// All boundaries after the start, in order.
    public func boundaries() -> [Int] {
        var result: [Int] = []
        while let boundary = next() { result.append(boundary) }
        return result
    }
}
