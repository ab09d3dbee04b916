import KijiCore

/// Products and named storms, which the chunk rules would take for organizations or people:
/// a brand word written with a lower-case letter before a capital ("iPhone XS Max", "iOS"), a
/// company's name followed by a model number ("Boeing 737 MAX"), and a storm's name after its kind
/// ("Hurricane Hugo", "Typhoon Hagibis").
extension MentionFinder {
    /// Kinds of storm that open a storm's name.
    static let stormWords: Set<String> = ["hurricane", "typhoon", "cyclone"]

    /// "iPhone", "iOS", "eReader" and the model words after it ("iPhone 11 Pro Max").
    func brandProduct(at index: Int) -> Mention? {
        let word = words[index]
        guard word.isWord, !word.isCapitalized, word.hasInnerCapital, word.spaceBefore || index == 0 else { return nil }
        let scalars = text.scalars
        guard word.end - word.start >= 3, ScalarClass.isUppercase(scalars[word.start + 1]) else { return nil }
        return Mention(index, modelEnd(after: index), .product, rule: "brand-product")
    }

    /// The last model word after `index`: numbers, words in capitals and capitalized words other
    /// than known names and organization words ("11 Pro Max", "737 MAX"), at most three.
    func modelEnd(after index: Int) -> Int {
        var last = index
        while last + 1 < words.count, last - index < 3 {
            let next = words[last + 1]
            guard next.sentence == words[index].sentence, next.isWord, next.spaceBefore,
                  next.isCapitalized || next.key.allSatisfy(\.isNumber) else { break }
            if next.isCapitalized, !next.isAllCaps,
               lexicons.names.startsPhrase(next) || lexicons.orgWords.contains(next) || lexicons.notNames.contains(next) { break }
            if next.key.utf8.count > 4, next.key.allSatisfy(\.isNumber) { break }
            last += 1
        }
        return last
    }

    /// "Boeing 737 MAX": an organization's name that ends its chunk, then a model number.
    func modelProduct(_ mentions: [Mention], chunkEnd end: Int) -> [Mention] {
        guard var last = mentions.last, last.last == end, last.type == .org, last.rule == "gazetteer",
              end + 1 < words.count else { return mentions }
        let number = words[end + 1]
        guard number.sentence == words[end].sentence, number.spaceBefore, !words[end].isPossessive,
              number.key.utf8.count <= 4, number.key.allSatisfy(\.isNumber),
              !(end + 2 < words.count && !words[end + 2].spaceBefore && words[end + 2].key != "."
                && words[end + 2].key != "," && words[end + 2].key != "-") else { return mentions }
        last = Mention(last.first, modelEnd(after: end), .product, rule: "model-product")
        return mentions.dropLast() + [last]
    }

    /// "Hurricane Hugo", "Typhoon Hagibis": the chunk `start...end` as one storm, or nil.
    func namedStorm(_ start: Int, _ end: Int) -> Mention? {
        var first = start
        if words[first].key == "the", first < end { first += 1 }
        guard first < end, Self.stormWords.contains(words[first].key), words[first + 1].isCapitalized else { return nil }
        return Mention(first, end, .event, rule: "storm")
    }
}
