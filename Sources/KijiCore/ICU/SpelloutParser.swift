import CICU

/// Parses number words ("twenty-four", "one hundred and five") with ICU's rule-based spell-out
/// rules. Not thread-safe: one per queue or per use.
public final class SpelloutParser {
    private let handle: UnsafeMutableRawPointer

    public init(locale: String = "en") throws {
        var error: Int32 = 0
        guard let handle = kiji_spellout_open(locale, &error) else {
            throw ICUError(call: "unum_open(UNUM_SPELLOUT)", code: error)
        }
        self.handle = handle
    }

    deinit { kiji_spellout_close(handle) }

    /// The value of the number words at the start of `text` and how many UTF-16 units they
    /// take, or nil when `text` does not start with number words.
    public func parsePrefix(_ text: String) -> (value: Double, utf16Length: Int)? {
        let units = Array(text.utf16)
        var parsed: Int32 = 0
        let value = kiji_spellout_parse(handle, units, Int32(units.count), &parsed)
        return parsed > 0 ? (value, Int(parsed)) : nil
    }

    /// The value of `text` when all of it is number words.
    public func parse(_ text: String) -> Double? {
        guard let (value, length) = parsePrefix(text), length == text.utf16.count else { return nil }
        return value
    }
}
