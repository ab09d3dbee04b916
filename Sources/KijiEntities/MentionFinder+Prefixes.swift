/// Adjectives made of a lower-case prefix and a name: "trans-Atlantic", "pro-Israeli",
/// "anti-American", "post-Communist" describe something by a place, people or creed; the whole
/// word is one NORP mention, not the place or people alone.
extension MentionFinder {
    /// Prefixes that make an adjective of a name.
    static let adjectivePrefixes: Set<String> = ["pro", "anti", "trans", "post", "pre", "non", "pan", "neo"]

    /// `mentions` with each single-word mention glued after such a prefix and a hyphen made one
    /// NORP mention with the prefix.
    func withPrefixedAdjectives(_ mentions: [Mention]) -> [Mention] {
        mentions.map { mention in
            let hyphen = mention.first - 1, prefix = mention.first - 2
            guard mention.isSingleWord, prefix >= 0, words[hyphen].key == "-", !words[hyphen].spaceBefore,
                  !words[mention.first].spaceBefore, words[prefix].isWord, !words[prefix].isCapitalized,
                  Self.adjectivePrefixes.contains(words[prefix].key),
                  prefix == 0 || words[prefix].spaceBefore || !words[prefix - 1].isWord else { return mention }
            return Mention(prefix, mention.last, .norp, rule: "prefixed-adjective")
        }
    }
}
