import Foundation
import KijiCore

/// What every output must hold; a violation traps, so libFuzzer records the input.
enum Invariants {
    static func require(_ condition: Bool, _ what: @autoclosure () -> String) {
        if !condition { fatalError("invariant broken: \(what())") }
    }

    /// Paragraphs separated by exactly one blank line, no outer white space.
    static func checkCleanText(_ text: String) {
        require(!text.contains("\n\n\n"), "more than one blank line between paragraphs")
        require(text.first.map { !$0.isWhitespace } ?? true, "text starts with white space")
        require(text.last.map { !$0.isWhitespace } ?? true, "text ends with white space")
    }

    /// Every span lies inside the text and carries the text it covers.
    static func check(_ document: Document) {
        let text = document.text
        func span(_ start: Int, _ end: Int, _ spanText: String, _ layer: String) {
            require(0 <= start && start <= end && end <= text.count, "\(layer) span \(start)..<\(end) outside 0..<\(text.count)")
            require(text.substring(start, end) == spanText, "\(layer) span \(start)..<\(end) does not carry its text")
        }
        for sentence in document.sentences { span(sentence.start, sentence.end, sentence.text, "sentence") }
        for entity in document.entities { span(entity.start, entity.end, entity.text, "entity") }
        for number in document.numbers { span(number.start, number.end, number.text, "number") }
        for quote in document.quotes { span(quote.start, quote.end, quote.text, "quote") }
        for claim in document.claims { span(claim.start, claim.end, claim.text, "claim") }
    }

    /// The export line is one line of JSON that reads back to the same text and layers.
    static func checkExport(_ document: Document) {
        let line = document.jsonLine()
        require(!line.contains(10), "export line holds a raw newline")
        guard let back = try? AnnotatedDocument.parse(Data(line)) else {
            fatalError("invariant broken: the export line does not read back")
        }
        require(back.text == document.text.string, "text changed through the export")
        require(back.sentences == document.sentences, "sentences changed through the export")
        require(back.entities == document.entities, "entities changed through the export")
    }
}
