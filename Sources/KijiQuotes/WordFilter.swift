/// A set of words with a quick rejection in front: a bit per (length, first byte, last byte)
/// class tells that most words are not in the set without hashing them. Membership is exact.
struct WordFilter: Sendable {
    private let words: Set<String>
    private let bits: [UInt64]
    private static let bitCount = 4096

    init(_ words: Set<String>) {
        self.words = words
        var bits = [UInt64](repeating: 0, count: Self.bitCount / 64)
        for word in words {
            let bit = Self.bit(word)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.bits = bits
    }

    func contains(_ word: String) -> Bool {
        let bit = Self.bit(word)
        guard bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        return words.contains(word)
    }

    private static func bit(_ word: String) -> Int {
        let utf8 = word.utf8
        guard let first = utf8.first, let last = utf8.last else { return 0 }
        let mixed = (Int(first) &* 31 &+ Int(last)) &* 16 &+ min(utf8.count, 15)
        return mixed & (bitCount - 1)
    }
}
