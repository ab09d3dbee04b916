import KijiCore

/// Crews and teams numbered after their country: "USA III", "Canada I", "Italy I (Guenther
/// Huber, Antonio Tartaglia)" in bobsleigh, sailing or relay results name an organization, not the
/// country.
extension MentionFinder {
    /// Roman numerals that number a country's crews ("V" is left out: it reads as "versus").
    static let crewNumerals: Set<String> = ["i", "ii", "iii", "iv"]

    /// `mentions` with each place or nationality followed by a crew numeral made one organization
    /// with the numeral.
    func withNumberedCrews(_ mentions: [Mention]) -> [Mention] {
        var result: [Mention] = []
        result.reserveCapacity(mentions.count)
        var index = 0
        while index < mentions.count {
            let mention = mentions[index]
            let numeral = mention.last + 1
            if mention.type == .gpe || mention.type == .norp, isCrewNumeral(numeral) {
                result.append(Mention(mention.first, numeral, .org, rule: "crew"))
                if index + 1 < mentions.count, mentions[index + 1].first == numeral { index += 1 }
            } else {
                result.append(mention)
            }
            index += 1
        }
        return result
    }

    /// A Roman numeral in capitals right after a name; "I" only where it cannot be the pronoun:
    /// before punctuation, a line's end or as a possessive ("USA I's Jim Herberich").
    private func isCrewNumeral(_ index: Int) -> Bool {
        guard index < words.count, index > 0, words[index].sentence == words[index - 1].sentence,
              !words[index - 1].isPossessive else { return false }
        let word = words[index]
        guard word.isWord, word.spaceBefore, word.isAllCaps || (word.isCapitalized && word.key.utf8.count == 1), Self.crewNumerals.contains(word.key) else { return false }
        guard word.key == "i", !word.isPossessive else { return true }
        let next = index + 1
        guard next < words.count, words[next].sentence == word.sentence else { return true }
        return !words[next].isWord
    }
}
