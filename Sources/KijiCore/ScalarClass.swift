/// Character classes of Unicode scalars with an ASCII fast path: most news text is ASCII, and
/// `Unicode.Scalar.properties` is a table lookup that costs on every scalar of every stage.
public enum ScalarClass {
    @inlinable public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value == 32 || (9...13).contains(scalar.value) : scalar.properties.isWhitespace
    }

    @inlinable public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (65...90).contains(scalar.value) || (97...122).contains(scalar.value) : scalar.properties.isAlphabetic
    }

    @inlinable public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (48...57).contains(scalar.value) : scalar.properties.numericType == .decimal
    }

    @inlinable public static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || isDigit(scalar)
    }

    @inlinable public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (65...90).contains(scalar.value) : scalar.properties.isUppercase
    }

    @inlinable public static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (97...122).contains(scalar.value) : scalar.properties.isLowercase
    }
}
