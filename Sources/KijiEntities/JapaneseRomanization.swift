/// Whether a word can be Japanese in Hepburn romanization: a string of syllables (consonant,
/// optional "y", vowel), syllabic "n", and doubled consonants ("Katō", "Akazawa", "Hokkaido").
/// Tells a Japanese name written family name first from, say, "Switch Lite".
enum JapaneseRomanization {
    /// Onsets, longest first where one is the prefix of another ("sh" before "s").
    private static let onsets: [[UInt8]] = ["sh", "ch", "ts", "k", "g", "s", "z", "t", "d", "n", "h", "b", "p",
                                            "m", "r", "j", "f", "w", "y"].map { Array($0.utf8) }

    @inline(__always) private static func isVowel(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "i") || byte == UInt8(ascii: "u")
            || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "o")
    }

    /// `key` is folded (lower case, no diacritics); a letter outside ASCII is never Hepburn.
    static func isWord(_ key: String) -> Bool {
        let letters = Array(key.utf8)
        guard letters.count >= 2, letters.allSatisfy({ $0 < 0x80 }) else { return false }
        let n = UInt8(ascii: "n"), y = UInt8(ascii: "y"), t = UInt8(ascii: "t"), c = UInt8(ascii: "c")
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            if isVowel(letter) { index += 1; continue }
            // syllabic n before a consonant or at the end
            if letter == n, index + 1 == letters.count || !isVowel(letters[index + 1]) && letters[index + 1] != y {
                index += 1
                continue
            }
            // doubled consonant ("kk", "tt", "ss", "pp", "tch")
            if index + 1 < letters.count, letters[index + 1] == letter, letter != n { index += 1; continue }
            if letter == t, index + 1 < letters.count, letters[index + 1] == c { index += 1; continue }
            guard let onset = onsets.first(where: { matches($0, letters, at: index) }) else { return false }
            index += onset.count
            if index < letters.count, letters[index] == y, onset.count == 1 { index += 1 }
            guard index < letters.count, isVowel(letters[index]) else { return false }
            index += 1
        }
        return true
    }

    private static func matches(_ onset: [UInt8], _ letters: [UInt8], at index: Int) -> Bool {
        guard index + onset.count <= letters.count else { return false }
        for offset in 0..<onset.count where letters[index + offset] != onset[offset] { return false }
        return true
    }
}
