import KijiCore
/// A stretch of text between quotation marks, within one paragraph.
struct QuotedStretch: Sendable, Equatable {
    /// Offset of the opening mark.
    let open: Int
    /// Offset of the closing mark; nil when the quotation runs on into the next paragraph,
    /// which opens again (a multi-paragraph quotation).
    let close: Int?
    let paragraph: Int
    /// The words between the marks: from after the opening mark to the closing mark (or the
    /// paragraph's end).
    let contentStart: Int
    let contentEnd: Int
}

/// Pairs quotation marks paragraph by paragraph. Curly marks say which way they face; straight
/// marks open after a space or an opening bracket and close otherwise. Inside a quotation, marks
/// of the other family are nested quotations and stay part of the words. An opening mark that
/// no mark closes in its paragraph is stray (skipped, so it cannot swallow the text after it),
/// unless the next paragraph opens again, or the mark opens its paragraph and is its only mark: then
/// the quotation runs to its paragraph's end. A single mark between letters is an apostrophe.
struct QuotationScanner {
    let marks: QuoteMarks

    func stretches(in scalars: [Unicode.Scalar], paragraphs: [Range<Int>]) -> [QuotedStretch] {
        var found: [QuotedStretch] = []
        for (number, paragraph) in paragraphs.enumerated() {
            let next = number + 1 < paragraphs.count ? paragraphs[number + 1] : nil
            found += stretches(in: scalars, paragraph: paragraph, number: number, next: next)
        }
        return found
    }

    private func stretches(in scalars: [Unicode.Scalar], paragraph: Range<Int>, number: Int,
                           next: Range<Int>?) -> [QuotedStretch] {
        var found: [QuotedStretch] = []
        var pending: (offset: Int, family: String)?
        var index = paragraph.lowerBound
        while true {
            if index >= paragraph.upperBound {
                guard let open = pending else { break }
                // Runs on into the next paragraph, which opens again; or opens this paragraph and
                // is the paragraph's only mark of its family: its closing mark is missing.
                let runsOn = next.map { opensQuotation(in: scalars, at: $0.lowerBound, family: open.family, paragraph: $0) } ?? false
                if runsOn || (open.offset == paragraph.lowerBound && onlyMark(of: open.family, in: scalars, paragraph: paragraph)) {
                    found.append(QuotedStretch(open: open.offset, close: nil, paragraph: number,
                                               contentStart: open.offset + 1, contentEnd: paragraph.upperBound))
                    break
                }
                // A stray opening mark: scan again from just after it.
                index = open.offset + 1
                pending = nil
                continue
            }
            defer { index += 1 }
            guard let mark = marks[scalars[index]] else { continue }
            let opens = canOpen(mark, in: scalars, at: index, paragraph: paragraph)
            let closes = canClose(mark, in: scalars, at: index, paragraph: paragraph)
            // A single mark between letters is an apostrophe ("It's", "Katō’s"), whatever its shape.
            if isApostrophe(mark, in: scalars, at: index, paragraph: paragraph) { continue }
            if let open = pending {
                guard mark.family == open.family else { continue }
                if closes || !opens {
                    // A mark that cannot open closes, even after a space ("… ourselves? " she wrote; “… issue, “ Hale said).
                    found.append(QuotedStretch(open: open.offset, close: index, paragraph: number,
                                               contentStart: open.offset + 1, contentEnd: index))
                    pending = nil
                } else if opens {
                    pending = (index, mark.family)
                }
            } else if opens {
                pending = (index, mark.family)
            }
        }
        return found
    }

    private func isApostrophe(_ mark: QuoteMark, in scalars: [Unicode.Scalar], at index: Int, paragraph: Range<Int>) -> Bool {
        mark.family == "single" && index > paragraph.lowerBound && index + 1 < paragraph.upperBound
            && Words.isWordScalar(scalars[index - 1]) && Words.isWordScalar(scalars[index + 1])
    }

    /// Whether the paragraph holds one mark of `family` and no other.
    private func onlyMark(of family: String, in scalars: [Unicode.Scalar], paragraph: Range<Int>) -> Bool {
        paragraph.filter { index in
            guard let mark = marks[scalars[index]], mark.family == family else { return false }
            return !isApostrophe(mark, in: scalars, at: index, paragraph: paragraph)
        }.count == 1
    }

    /// Whether the paragraph starting at `offset` begins with an opening mark of `family`.
    private func opensQuotation(in scalars: [Unicode.Scalar], at offset: Int, family: String, paragraph: Range<Int>) -> Bool {
        guard offset < scalars.count, let mark = marks[scalars[offset]] else { return false }
        return mark.family == family && canOpen(mark, in: scalars, at: offset, paragraph: paragraph)
    }

    private func canOpen(_ mark: QuoteMark, in scalars: [Unicode.Scalar], at index: Int, paragraph: Range<Int>) -> Bool {
        let after = index + 1 < paragraph.upperBound ? scalars[index + 1] : nil
        guard let after, !ScalarClass.isWhitespace(after) else { return false }
        // ‘90s and '90s are elisions, not quotations.
        if mark.family == "single" && after.properties.numericType != nil { return false }
        switch mark.role {
        case .close:
            return false
        case .open:
            return true
        case .either:
            let before = index > paragraph.lowerBound ? scalars[index - 1] : nil
            guard let before else { return true }
            if ScalarClass.isWhitespace(before) || "([{\u{2014}\u{2013}-/".unicodeScalars.contains(before) { return true }
            if let other = marks[before], other.role != .close { return true }
            return false
        }
    }

    private func canClose(_ mark: QuoteMark, in scalars: [Unicode.Scalar], at index: Int, paragraph: Range<Int>) -> Bool {
        guard mark.role != .open, index > paragraph.lowerBound else { return false }
        let before = scalars[index - 1]
        guard !ScalarClass.isWhitespace(before) else { return false }
        // A single mark between letters is an apostrophe ("it’s", "Katō’s").
        if mark.family == "single", index + 1 < paragraph.upperBound, Words.isWordScalar(scalars[index + 1]) {
            return false
        }
        return true
    }
}
