/// Splits `text` into ICU word tokens (words, numbers, punctuation; white space dropped).
/// Reads: text. Writes: tokens.
public struct WordTokenizer: Stage {
    public init() {}
    public var name: String { "tokens" }
    public var reads: Set<Layer> { [.text] }
    public var writes: Set<Layer> { [.tokens] }

    public func annotate(_ document: inout Document) throws {
        document.tokens = try Self.tokens(of: document.text)
    }

    /// The word tokens of `text`, in order.
    public static func tokens(of text: DocumentText) throws -> [Token] {
        guard !text.utf16.isEmpty else { return [] }
        let iterator = try BreakIterator(.word, utf16: text.utf16)
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf16.count / 5)
        var previous = 0
        while let boundary = iterator.next() {
            let status = iterator.ruleStatus
            let start = text.scalarOffset(utf16: previous)
            let end = text.scalarOffset(utf16: boundary)
            previous = boundary
            let first = text.scalars[start]
            if ScalarClass.isWhitespace(first) { continue }
            let kind: Token.Kind
            switch status {
            case 100..<200: kind = .number
            case 200..<500: kind = .word
            default: kind = ScalarClass.isLetter(first) ? .word : (isPunctuation(first) ? .punctuation : .other)
            }
            tokens.append(Token(start: start, end: end, kind: kind))
        }
        return tokens
    }

    /// General category P*, read from a table for ASCII.
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? asciiPunctuation[Int(scalar.value)] : scalar.properties.generalCategory.isPunctuation
    }

    private static let asciiPunctuation: [Bool] = (0..<0x80).map { Unicode.Scalar(UInt8($0)).properties.generalCategory.isPunctuation }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
