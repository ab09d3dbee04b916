/// Whether a word can be Japanese in Hepburn romanization: a string of syllables (consonant,
/// optional "y", vowel), syllabic "n", and doubled consonants ("Katō", "Akazawa", "Hokkaido").
/// Tells a Japanese name written family name first from, say, "Switch Lite".
enum JapaneseRomanization {
    private static let vowels: Set<Character> = ["a", "i", "u", "e", "o"]
    private static let onsets: [String] = ["sh", "ch", "ts", "k", "g", "s", "z", "t", "d", "n", "h", "b", "p",
                                           "m", "r", "j", "f", "w", "y"]

    /// `key` is folded (lower case, no diacritics).
    static func isWord(_ key: String) -> Bool {
        let letters = Array(key)
        guard letters.count >= 2 else { return false }
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            if vowels.contains(letter) { index += 1; continue }
            // syllabic n before a consonant or at the end
            if letter == "n", index + 1 == letters.count || !vowels.contains(letters[index + 1]) && letters[index + 1] != "y" {
                index += 1
                continue
            }
            // doubled consonant ("kk", "tt", "ss", "pp", "tch")
            if index + 1 < letters.count, letters[index + 1] == letter, letter != "n" { index += 1; continue }
            if letter == "t", index + 1 < letters.count, letters[index + 1] == "c" { index += 1; continue }
            guard let onset = onsets.first(where: { matches($0, letters, at: index) }) else { return false }
            index += onset.count
            if index < letters.count, letters[index] == "y", onset.count == 1 { index += 1 }
            guard index < letters.count, vowels.contains(letters[index]) else { return false }
            index += 1
        }
        return true
    }

    private static func matches(_ onset: String, _ letters: [Character], at index: Int) -> Bool {
        let chars = Array(onset)
        guard index + chars.count <= letters.count else { return false }
        return (0..<chars.count).allSatisfy { letters[index + $0] == chars[$0] }
    }
}
