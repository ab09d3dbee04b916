/// An ICU call that failed, with ICU's error code (translated in one place).
public struct ICUError: Error, CustomStringConvertible, Sendable {
    public let call: String
    public let code: Int32
    public var description: String { "ICU \(call) failed (UErrorCode \(code))" }

    /// ICU's error codes above zero are failures; below zero are warnings.
    static func check(_ code: Int32, _ call: String) throws {
        if code > 0 { throw ICUError(call: call, code: code) }
    }
}
