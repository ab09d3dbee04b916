/// A piece of a document's text as the page nests it: plain text, or a mark holding more pieces.
/// A mark that crosses the end of the mark around it (a quote running over two claims) is cut in
/// pieces; only the first piece carries its id and offsets, only the last its label.
indirect enum TextNode: Sendable {
    case text(String)
    case mark(Mark, first: Bool, last: Bool, children: [TextNode])
}

/// Lays marks out over a text: paragraphs (split at blank lines), each a list of properly nested nodes.
enum TextLayout {
    struct Result {
        var paragraphs: [[TextNode]]
        /// Marks whose offsets do not fit the text (shown as a warning, never dropped silently).
        var misplaced: [Mark]
    }

    static func layout(text: [Unicode.Scalar], marks: [Mark]) -> Result {
        let rank = Dictionary(uniqueKeysWithValues: Mark.Layer.allCases.enumerated().map { ($1, $0) })
        var misplaced: [Mark] = []
        var placed: [Mark] = []
        for mark in marks {
            if mark.start >= 0 && mark.start < mark.end && mark.end <= text.count { placed.append(mark) } else { misplaced.append(mark) }
        }
        // Outer marks first: earlier start, then longer, then the outer layer.
        placed.sort { ($0.start, -$0.end, rank[$0.layer]!) < ($1.start, -$1.end, rank[$1.layer]!) }
        let paragraphs = paragraphRanges(text).map { range in
            nodes(text: text, range: range, marks: placed)
        }
        return Result(paragraphs: paragraphs, misplaced: misplaced)
    }

    /// The paragraphs: runs of text between two or more line breaks.
    static func paragraphRanges(_ text: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0, index = 0
        while index < text.count {
            guard text[index] == "\n" else { index += 1; continue }
            var end = index
            while end < text.count && text[end] == "\n" { end += 1 }
            if end - index >= 2 {
                if start < index { ranges.append(start..<index) }
                start = end
            }
            index = end
        }
        if start < text.count { ranges.append(start..<text.count) }
        return ranges
    }

    private struct Frame {
        var mark: Int?
        var first: Bool
        var nodes: [TextNode] = []
    }

    /// One paragraph's nodes: cut at every mark boundary, each cut wrapped in the marks covering it.
    private static func nodes(text: [Unicode.Scalar], range: Range<Int>, marks: [Mark]) -> [TextNode] {
        let inside = marks.indices.filter { marks[$0].start < range.upperBound && marks[$0].end > range.lowerBound }
        var cuts: Set<Int> = [range.lowerBound, range.upperBound]
        for index in inside {
            cuts.insert(max(marks[index].start, range.lowerBound))
            cuts.insert(min(marks[index].end, range.upperBound))
        }
        let boundaries = cuts.sorted()
        var frames = [Frame(mark: nil, first: false)]
        func close(at position: Int) {
            let frame = frames.removeLast()
            let mark = marks[frame.mark!]
            frames[frames.count - 1].nodes.append(.mark(mark, first: frame.first, last: position == mark.end, children: frame.nodes))
        }
        for (from, to) in zip(boundaries, boundaries.dropFirst()) {
            // `inside` keeps the sorted order, so the covering marks come outermost first.
            let covering = inside.filter { marks[$0].start <= from && marks[$0].end >= to }
            var kept = 0
            while kept < covering.count && kept + 1 < frames.count && frames[kept + 1].mark == covering[kept] { kept += 1 }
            while frames.count > kept + 1 { close(at: from) }
            for index in covering[kept...] { frames.append(Frame(mark: index, first: marks[index].start == from)) }
            frames[frames.count - 1].nodes.append(.text(String(String.UnicodeScalarView(text[from..<to]))))
        }
        while frames.count > 1 { close(at: range.upperBound) }
        return frames[0].nodes
    }
}
