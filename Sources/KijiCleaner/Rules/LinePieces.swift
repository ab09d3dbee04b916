/// Cuts an over-long line into pieces of at most `maxLength` scalars, each at the last space
/// before the bound when there is one there (else at the bound), so no paragraph, title or
/// later stage gets an unbounded line (DocumentLimits.maxLineLength).
enum LinePieces {
    static func pieces(of line: Substring.UnicodeScalarView, maxLength: Int) -> [Substring.UnicodeScalarView] {
        let maxLength = max(1, maxLength)
        var pieces: [Substring.UnicodeScalarView] = []
        var rest = line
        while !rest.isEmpty {
            guard let bound = rest.index(rest.startIndex, offsetBy: maxLength, limitedBy: rest.endIndex),
                  bound < rest.endIndex else {
                pieces.append(rest)
                break
            }
            // A space in the last quarter of the piece makes a clean cut.
            let floor = rest.index(rest.startIndex, offsetBy: maxLength * 3 / 4)
            let cut = rest[floor..<bound].lastIndex(of: " ").map { rest.index(after: $0) } ?? bound
            pieces.append(rest[..<cut])
            rest = rest[cut...]
        }
        return pieces
    }

    static func pieces(of line: String, maxLength: Int) -> [String] {
        guard line.utf8.count > maxLength else { return [line] }
        return pieces(of: Substring(line).unicodeScalars, maxLength: maxLength).map { String(Substring($0)) }
    }
}
