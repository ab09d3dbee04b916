import CICU

/// An ICU break iterator over one UTF-16 text. Not shareable across queues: make one per use.
/// Iterators of the default locale are cloned from one prototype per kind, opened once.
public final class BreakIterator {
    public enum Kind: Int32, Sendable { case character = 0, word = 1, line = 2, sentence = 3 }

    private let handle: UnsafeMutableRawPointer
    private let text: UnsafeMutableBufferPointer<UInt16>

    public init(_ kind: Kind, utf16: [UInt16], locale: String = "en_US") throws {
        text = .allocate(capacity: max(1, utf16.count))
        _ = text.initialize(from: utf16)
        var error: Int32 = 0
        let opened = if locale == Prototype.locale, let prototype = Prototype.byKind[kind] {
            kiji_break_clone(prototype.handle, text.baseAddress, Int32(utf16.count), &error)
        } else {
            kiji_break_open(kind.rawValue, locale, text.baseAddress, Int32(utf16.count), &error)
        }
        guard let handle = opened else {
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

/// One never-iterated break iterator per kind for the default locale, to clone from.
private final class Prototype: @unchecked Sendable {
    static let locale = "en_US"
    /// nil where ICU could not open one: iterators of that kind are then opened one by one.
    static let byKind: [BreakIterator.Kind: Prototype] = Dictionary(uniqueKeysWithValues:
        [BreakIterator.Kind.character, .word, .line, .sentence].compactMap { kind in Prototype(kind).map { (kind, $0) } })

    let handle: UnsafeMutableRawPointer

    private init?(_ kind: BreakIterator.Kind) {
        var error: Int32 = 0
        guard let handle = kiji_break_open(kind.rawValue, Self.locale, nil, 0, &error) else { return nil }
        self.handle = handle
    }
}
