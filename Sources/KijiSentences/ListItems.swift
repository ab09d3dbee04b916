/// Lists written inside one line ("1.) The first item 2.) The second item", "a. … b. …",
/// "• one • two"): each item is a sentence of its own, and a marker alone ("1.", "• 9.") is never
/// a sentence.
struct ListItems {
    /// How an item is numbered: by digits or by a letter, and the marks after it (".", ")", ".)").
    struct Style: Equatable {
        let letters: Bool
        let closer: String
    }

    struct Marker {
        let value: Int
        let style: Style
        /// Offset just after the marker (before the space that follows it).
        let end: Int
    }

    let scanner: ScalarScanner
    let bullets: Set<Unicode.Scalar>

    /// The marker at `offset`: an optional bullet, then one to three digits or one letter, then
    /// ".", ")" or ".)", then a space or the end of the text.
    func marker(at offset: Int) -> Marker? {
        let scalars = scanner.scalars
        var i = offset
        if i < scalars.count, bullets.contains(scalars[i]) {
            i += 1
            while i < scalars.count, scalars[i] == " " || scalars[i] == "\u{00A0}" { i += 1 }
        }
        let bodyStart = i
        var value = 0
        var letters = false
        while i < scalars.count, i - bodyStart < 3, let digit = asciiDigit(scalars[i]) {
            value = value * 10 + digit
            i += 1
        }
        if i == bodyStart {
            guard i < scalars.count, let letter = asciiLetterValue(scalars[i]) else { return nil }
            value = letter
            letters = true
            i += 1
        }
        let closerStart = i
        if i < scalars.count, scalars[i] == "." { i += 1 }
        if i < scalars.count, scalars[i] == ")" { i += 1 }
        guard i > closerStart, i == scalars.count || scanner.isSpace(i) else { return nil }
        return Marker(value: value, style: Style(letters: letters, closer: scanner.text(closerStart..<i)), end: i)
    }

    /// Offsets where a new item starts inside a line whose first item is numbered (1, 2, 3… in
    /// the same style) or bulleted.
    func itemStarts() -> [Int] {
        var starts: [Int] = []
        var lineStart = 0
        let count = scanner.count
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count, !ScalarScanner.isNewline(scanner.scalars[lineEnd]) { lineEnd += 1 }
            var first = lineStart
            while first < lineEnd, scanner.isSpace(first) { first += 1 }
            if first < lineEnd {
                starts += itemStarts(inLine: first..<lineEnd)
            }
            lineStart = lineEnd + 1
        }
        return starts
    }

    private func itemStarts(inLine line: Range<Int>) -> [Int] {
        let scalars = scanner.scalars
        var starts: [Int] = []
        let bulleted = bullets.contains(scalars[line.lowerBound])
        let firstMarker = marker(at: line.lowerBound)
        guard bulleted || firstMarker != nil else { return [] }
        var expected = (firstMarker?.value ?? 0) + 1
        var i = (firstMarker?.end ?? line.lowerBound + 1)
        while i < line.upperBound {
            defer { i += 1 }
            guard scanner.isSpace(i - 1), !scanner.isSpace(i) else { continue }
            if bulleted, bullets.contains(scalars[i]) {
                starts.append(i)
            } else if let firstMarker, let item = marker(at: i), item.style == firstMarker.style, item.value == expected {
                starts.append(i)
                expected += 1
            }
        }
        return starts
    }

    /// True when `range` (trimmed) holds a list marker and nothing else ("1.", "2.)", "• 9.").
    func isMarkerOnly(_ range: Range<Int>) -> Bool {
        if range.count == 1, bullets.contains(scanner.scalars[range.lowerBound]) { return true }
        guard let marker = marker(at: range.lowerBound) else { return false }
        return marker.end == range.upperBound
    }

    private func asciiDigit(_ s: Unicode.Scalar) -> Int? {
        s.value >= 0x30 && s.value <= 0x39 ? Int(s.value - 0x30) : nil
    }

    private func asciiLetterValue(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x61...0x7A: return Int(s.value - 0x61) + 1
        case 0x41...0x5A: return Int(s.value - 0x41) + 1
        default: return nil
        }
    }
}
