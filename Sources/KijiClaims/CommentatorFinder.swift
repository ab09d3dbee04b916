import KijiCore

/// The people a document describes as commentators ("Matt Goodman, an expert on US-Japan
/// ties", "Goldman Sachs economist Jan Hatzius"): a title of the lexicon in the apposition after
/// a mention of the person (up to the next comma or stop) or just before it. What they say is
/// analysis, not a party's position.
struct CommentatorFinder {
    let titles: Set<String>

    /// Canonical names of the document's commentators.
    func commentators(in document: Document) -> Set<String> {
        var found: Set<String> = []
        let text = document.text
        for entity in document.entities where entity.type == .person && !found.contains(entity.canonical) {
            if describedAfter(entity, in: text) || describedBefore(entity, in: text) { found.insert(entity.canonical) }
        }
        return found
    }

    /// "Name, a foreign policy scholar at …": the words after the comma up to the next break.
    private func describedAfter(_ entity: Entity, in text: DocumentText) -> Bool {
        var index = entity.end
        while index < text.count, ScalarClass.isWhitespace(text.scalars[index]) { index += 1 }
        guard index < text.count, text.scalars[index] == "," else { return false }
        let words = ClaimWords.words(in: text, from: index + 1, to: min(text.count, index + 1 + Self.window))
        for word in words.prefix(Self.appositionWords) {
            if Self.breaks.contains(word.text) { return false }
            if titles.contains(word.text) { return true }
        }
        return false
    }

    /// "economist Jan Hatzius": the word just before the name.
    private func describedBefore(_ entity: Entity, in text: DocumentText) -> Bool {
        let words = ClaimWords.words(in: text, from: max(0, entity.start - 24), to: entity.start)
        guard let last = words.last else { return false }
        return titles.contains(last.text)
    }

    /// Scalars read after the comma, and words of the apposition looked at.
    static let window = 120
    static let appositionWords = 12
    static let breaks: Set<String> = [",", ".", ";", ":", "\"", "(", ")", "–", "—"]
}
