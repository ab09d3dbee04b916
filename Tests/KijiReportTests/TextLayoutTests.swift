import KijiCore
import Testing
@testable import KijiReport

/// Marks laid over a hand-built text: nesting, cutting where marks cross, paragraphs, bad offsets.
@Suite struct TextLayoutTests {
    func mark(_ layer: Mark.Layer, _ start: Int, _ end: Int, _ text: [Unicode.Scalar]) -> Mark {
        Mark(layer: layer, start: start, end: end, text: String(String.UnicodeScalarView(text[start..<end])), label: layer.rawValue,
             details: "", comparedLabel: layer.rawValue, anchor: "\(layer.rawValue)-\(start)")
    }

    /// The nodes as a bracketed string: "[claim:…]" for a mark, "*" after the id of a first piece, "$" on a last.
    func shape(_ nodes: [TextNode]) -> String {
        nodes.map { node in
            switch node {
            case .text(let text): return text
            case .mark(let mark, let first, let last, let children):
                return "[\(mark.layer.rawValue)\(first ? "*" : "")\(last ? "$" : ""):\(shape(children))]"
            }
        }.joined()
    }

    @Test func marksNestOutermostLayerFirst() {
        let text = Array("Kato said 25% was final.".unicodeScalars)
        let marks = [mark(.number, 10, 13, text), mark(.entity, 0, 4, text), mark(.claim, 0, 24, text)]
        let layout = TextLayout.layout(text: text, marks: marks)
        #expect(layout.paragraphs.map(shape) == ["[claim*$:[entity*$:Kato] said [number*$:25%] was final.]"])
    }

    @Test func aQuoteCrossingTwoClaimsIsCutIntoPieces() {
        let text = Array("He said: “We agree. We sign.” Then left.".unicodeScalars)
        // Claims are the two sentences "He said: “We agree." and "We sign.” Then left."; the quote
        // "We agree. We sign." runs from the first into the second. Where the second claim starts the
        // quote, which started earlier, is the outer mark: the claim's first piece sits inside it.
        let marks = [mark(.claim, 0, 19, text), mark(.claim, 20, 40, text), mark(.quote, 10, 28, text)]
        let layout = TextLayout.layout(text: text, marks: marks)
        #expect(layout.paragraphs.map(shape) == ["[claim*$:He said: “[quote*:We agree.]][quote$: [claim*:We sign.]][claim$:” Then left.]"])
    }

    @Test func paragraphsSplitAtBlankLinesAndMarksDoNotCrossThem() {
        let text = Array("One line.\n\nTwo lines\nkept.".unicodeScalars)
        let layout = TextLayout.layout(text: text, marks: [mark(.quote, 4, 14, text)])
        #expect(layout.paragraphs.map(shape) == ["One [quote*:line.]", "[quote$:Two]\u{20}lines\nkept."])
    }

    @Test func marksWithImpossibleOffsetsAreReportedNotPlaced() {
        let text = Array("Short.".unicodeScalars)
        var outside = mark(.entity, 0, 5, text)
        outside.end = 60
        let layout = TextLayout.layout(text: text, marks: [outside])
        #expect(layout.misplaced.count == 1)
        #expect(layout.paragraphs.map(shape) == ["Short."])
    }
}
