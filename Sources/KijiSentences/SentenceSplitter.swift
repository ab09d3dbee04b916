import Foundation
import KijiCore

/// Splits `text` into sentences (ANNOTATION.md "sentences").
/// Reads: text (it works on the text's scalars, not on word tokens).
/// Writes: sentences — spans in order, covering the text without overlap, the white space
/// between sentences belonging to none.
///
/// ICU's sentence break iterator proposes the boundaries (plus the few `MissedBoundaries` it
/// never proposes); `BoundaryJudge` keeps, drops or moves each one with named rules for
/// abbreviations (abbreviations.tsv says which can end a sentence), initials, ellipses, quotation
/// attributions, headings and lower-case continuations; `ListItems` splits lists written on one
/// line. Every word list is a data file in Resources.
/// Assumes paragraphs are separated by line breaks: a line break always ends a sentence, so a
/// heading or a bullet without final punctuation is a sentence of its own.
public struct SentenceSplitter: Stage {
    let lexicon: SplitterLexicon

    /// Loads the word lists from the module's resources; throws when one is missing or broken.
    public init() throws {
        lexicon = try SplitterLexicon(bundle: .module)
    }

    public var name: String { "sentences" }
    public var reads: Set<Layer> { [.text] }
    public var writes: Set<Layer> { [.sentences] }

    public func annotate(_ document: inout Document) throws {
        document.sentences = try sentences(of: document.text)
    }

    /// The sentences of `text`, in order.
    public func sentences(of text: DocumentText) throws -> [Span] {
        try sentenceRanges(of: text).map { range in
            text.span(range.lowerBound, range.upperBound)
        }
    }

    /// The texts of the sentences of `string`.
    public func sentenceTexts(of string: String) throws -> [String] {
        try sentences(of: DocumentText(string)).map(\.text)
    }

    /// Scalar ranges of the sentences of `text`: trimmed, in order, not overlapping.
    func sentenceRanges(of text: DocumentText) throws -> [Range<Int>] {
        try sentenceRanges(of: text, recording: nil)
    }

    /// The judge's decision on every proposed boundary, with the rule that made it, in order.
    func decisions(of text: DocumentText) throws -> [BoundaryDecision] {
        var decisions: [BoundaryDecision] = []
        _ = try sentenceRanges(of: text) { decisions.append($0) }
        return decisions
    }

    private func sentenceRanges(of text: DocumentText, recording record: ((BoundaryDecision) -> Void)?) throws -> [Range<Int>] {
        guard !text.utf16.isEmpty else { return [] }
        let scanner = ScalarScanner(scalars: text.scalars)
        let judge = BoundaryJudge(scanner: scanner, lexicon: lexicon)
        let lists = ListItems(scanner: scanner, bullets: lexicon.bullets)

        var proposals: [Int] = []
        let iterator = try BreakIterator(.sentence, utf16: text.utf16)
        while let utf16Boundary = iterator.next() {
            proposals.append(text.scalarOffset(utf16: utf16Boundary))
        }
        let missed = MissedBoundaries(scanner: scanner).offsets()
        if !missed.isEmpty {
            proposals = Array(Set(proposals + missed)).sorted()
        }
        var cuts: [Int] = [0]
        for boundary in proposals where boundary < scanner.count {
            let decision = judge.decide(boundary: boundary, sentenceStart: cuts[cuts.count - 1])
            record?(decision)
            switch decision {
            case .keep: cuts.append(boundary)
            case .drop: break
            case .move(let offset, _): cuts.append(offset)
            }
        }
        let itemStarts = lists.itemStarts()
        if !itemStarts.isEmpty {
            cuts = Array(Set(cuts + itemStarts)).sorted()
        }
        cuts.append(scanner.count)
        return pieces(between: cuts, scanner: scanner, lists: lists)
    }

    /// The trimmed, non-empty stretches between cuts; a list marker alone joins the item it opens.
    private func pieces(between cuts: [Int], scanner: ScalarScanner, lists: ListItems) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var pendingStart: Int?
        for index in 0..<(cuts.count - 1) {
            var start = pendingStart ?? cuts[index]
            var end = cuts[index + 1]
            while start < end, scanner.isSpace(start) { start += 1 }
            end = scanner.trimmedEnd(end, lower: start)
            pendingStart = nil
            guard start < end else { continue }
            let isLast = index + 2 == cuts.count
            if !isLast, lists.isMarkerOnly(start..<end), !scanner.holdsNewline(end..<cuts[index + 1]) {
                pendingStart = start
                continue
            }
            ranges.append(start..<end)
        }
        return ranges
    }
}
