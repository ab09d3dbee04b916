import KijiCore

/// One document as the attribution rules read it, built once per `annotate` call: words,
/// paragraphs, the sentence and entity covering each word, and the quotation each word lies in.
struct QuoteContext {
    let text: DocumentText
    let words: [Word]
    let paragraphs: [Range<Int>]
    let sentences: [Span]
    let entities: [Entity]
    let stretches: [QuotedStretch]
    let marks: QuoteMarks
    /// Per word: the index of the entity overlapping it.
    let entityOfWord: [Int?]
    /// Per word: the index of the quoted stretch it lies in (marks excluded).
    let stretchOfWord: [Int?]
    /// Per word: its paragraph and its sentence (the paragraph's range when no sentence covers it).
    let paragraphOfWord: [Int]
    let sentenceOfWord: [Range<Int>]

    init(document: Document, scanner: QuotationScanner) {
        text = document.text
        let scalars = document.text.scalars
        words = Words.split(scalars)
        paragraphs = Self.paragraphs(of: scalars)
        sentences = document.sentences.sorted { $0.start < $1.start }
        entities = document.entities.sorted { $0.start < $1.start }
        stretches = scanner.stretches(in: scalars, paragraphs: paragraphs)
        marks = scanner.marks

        var entityOfWord = [Int?](repeating: nil, count: words.count)
        var stretchOfWord = [Int?](repeating: nil, count: words.count)
        var paragraphOfWord = [Int](repeating: 0, count: words.count)
        var sentenceOfWord = [Range<Int>](repeating: 0..<0, count: words.count)
        var entity = 0, stretch = 0, paragraph = 0, sentence = 0
        for (index, word) in words.enumerated() {
            while entity < entities.count, entities[entity].end <= word.start { entity += 1 }
            if entity < entities.count, entities[entity].start < word.end { entityOfWord[index] = entity }
            while stretch < stretches.count, stretches[stretch].contentEnd <= word.start { stretch += 1 }
            if stretch < stretches.count, stretches[stretch].contentStart <= word.start { stretchOfWord[index] = stretch }
            while paragraph + 1 < paragraphs.count, paragraphs[paragraph].upperBound <= word.start { paragraph += 1 }
            paragraphOfWord[index] = paragraph
            while sentence < sentences.count, sentences[sentence].end <= word.start { sentence += 1 }
            let range = paragraphs.isEmpty ? 0..<scalars.count : paragraphs[paragraph]
            if sentence < sentences.count, sentences[sentence].start <= word.start {
                let s = sentences[sentence]
                sentenceOfWord[index] = max(s.start, range.lowerBound)..<min(s.end, range.upperBound)
            } else {
                sentenceOfWord[index] = range
            }
        }
        self.entityOfWord = entityOfWord
        self.stretchOfWord = stretchOfWord
        self.paragraphOfWord = paragraphOfWord
        self.sentenceOfWord = sentenceOfWord
    }

    /// Paragraphs: runs of text between line breaks, white space trimmed.
    static func paragraphs(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" || scalars[index] == "\r" {
            var s = start, e = index
            while s < e, ScalarClass.isWhitespace(scalars[s]) { s += 1 }
            while e > s, ScalarClass.isWhitespace(scalars[e - 1]) { e -= 1 }
            if s < e { result.append(s..<e) }
            start = index + 1
        }
        return result
    }

    /// The index of the first word starting at or after `offset`.
    func firstWord(atOrAfter offset: Int) -> Int {
        var low = 0, high = words.count
        while low < high {
            let mid = (low + high) / 2
            if words[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The words whose start lies in `range`.
    func wordIndices(in range: Range<Int>) -> Range<Int> {
        firstWord(atOrAfter: range.lowerBound)..<firstWord(atOrAfter: range.upperBound)
    }

    /// Whether the mark at `word` ends a sentence: a full stop after a short capitalized word
    /// ("U.S.", "Co.", "Dr.") or before a comma or a lower-case word is an abbreviation's.
    func endsSentence(_ word: Int) -> Bool {
        guard words[word].isSentenceEnd else { return false }
        guard words[word].lower == "." else { return true }
        if word > 0, words[word - 1].isWord, words[word - 1].isCapitalized, words[word - 1].lower.count <= 2,
           words[word - 1].end == words[word].start { return false }
        guard word + 1 < words.count else { return true }
        let next = words[word + 1]
        return !(next.lower == "," || (next.isWord && !next.isCapitalized && next.lower.first?.isLetter == true))
    }

    /// Whether the word lies in a quotation (its own words, not the narrative).
    func isQuoted(_ word: Int) -> Bool { stretchOfWord[word] != nil }

    /// The entity whose span the word belongs to, if any.
    func entity(at word: Int) -> Entity? { entityOfWord[word].map { entities[$0] } }

    /// The paragraph holding `offset`.
    func paragraph(containing offset: Int) -> Int? {
        var low = 0, high = paragraphs.count
        while low < high {
            let mid = (low + high) / 2
            if paragraphs[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < paragraphs.count && paragraphs[low].contains(offset) ? low : nil
    }

    /// The sentence holding `offset`, clipped to its paragraph (the paragraph when no sentence does).
    func sentence(containing offset: Int) -> Range<Int> {
        guard let paragraph = paragraph(containing: offset) else { return offset..<offset }
        let range = paragraphs[paragraph]
        var low = 0, high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        if low < sentences.count, sentences[low].start <= offset {
            return max(sentences[low].start, range.lowerBound)..<min(sentences[low].end, range.upperBound)
        }
        return range
    }
}
