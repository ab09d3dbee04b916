import KijiCore

/// What the finders share while scanning one text: its scalars, its tokens and the lexicon.
/// Made per call, so nothing in it outlives `annotate`.
struct ScanContext {
    let scalars: [Unicode.Scalar]
    let tokens: [NumberToken]
    let lexicon: NumberLexicon

    init(scalars: [Unicode.Scalar], lexicon: NumberLexicon) {
        self.scalars = scalars
        self.tokens = NumberTokenizer.tokens(scalars, vocabulary: lexicon.vocabulary)
        self.lexicon = lexicon
    }

    var count: Int { tokens.count }

    /// What the lexicon says about token `i` (which must exist).
    @inline(__always) func entry(_ i: Int) -> WordEntry { lexicon.entries[Int(tokens[i].entry)] }

    /// The lower-cased text of token `i`, or "" past either end.
    func word(_ i: Int) -> String { i >= 0 && i < tokens.count ? lower(i) : "" }

    /// The lower-cased text of token `i` (which must exist): the vocabulary's word when the
    /// lexicon knows it, else built from the scalars (digits and symbols as they are).
    func lower(_ i: Int) -> String {
        let token = tokens[i]
        if token.entry != 0 { return lexicon.vocabulary.word(token.entry) }
        return NumberTokenizer.lowered(scalars[token.start..<token.end])
    }

    /// Token `i` is a word equal to `text` (lower case).
    func isWord(_ i: Int, _ text: String) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind != .digits else { return false }
        let token = tokens[i]
        if token.entry != 0 { return lexicon.vocabulary.word(token.entry) == text }
        // Compared scalar by scalar, lower-casing ASCII on the way: no string is built.
        var k = token.start
        for expected in text.unicodeScalars {
            guard k < token.end else { return false }
            let v = scalars[k].value
            guard v < 0x80 else { return lower(i) == text }
            guard (v >= 65 && v <= 90 ? v + 32 : v) == expected.value else { return false }
            k += 1
        }
        return k == token.end
    }

    /// Token `i` exists and is written against the token before it.
    func glued(_ i: Int) -> Bool { i > 0 && i < tokens.count && !tokens[i].spaceBefore }

    /// Token `i` is a hyphen (or a minus sign).
    func isHyphen(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .symbol else { return false }
        let s = lower(i)
        return s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }

    /// The original text of token `i` (case kept).
    func original(_ i: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[tokens[i].start..<tokens[i].end])
        return String(view)
    }

    /// Token `i` starts a sentence: first of the text or of a line, or after final punctuation,
    /// an opening quotation mark or bracket.
    func startsSentence(_ i: Int) -> Bool {
        if i <= 0 || tokens[i].breakBefore { return true }
        let previous = tokens[i - 1]
        guard previous.kind == .symbol else { return false }
        switch lower(i - 1) {
        case ".", "!", "?", ":", ";", "\"", "\u{201C}", "\u{2018}", "(", "[", "\u{2014}", "\u{2013}": return true
        default: return false
        }
    }

    /// Token `i` is a word that cannot be read as something else: a letter word after position `i`.
    func isLetterWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

    /// The scalar range of tokens `first..<end`.
    func range(_ first: Int, _ end: Int) -> (start: Int, end: Int) { (tokens[first].start, tokens[end - 1].end) }
}
