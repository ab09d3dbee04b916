/// Every word and symbol the number lexicon knows, with a small integer id (from 1; 0 is the
/// unknown word) and what the lexicon
/// says about it (`WordEntry`). The tokenizer looks each token up once, by a hash of its
/// lower-cased UTF-8 computed while it lowers it; the finders then read the entry by id instead
/// of hashing the token's string in one table after another.
struct Vocabulary: Sendable {
    private var words: [String] = []
    /// The words' UTF-8, one after another; word `i` is `utf8[offsets[i]..<offsets[i + 1]]`.
    private var utf8: [UInt8] = []
    private var offsets: [Int] = [0]
    private var slots: [Int32]
    private let mask: Int

    init(words list: some Sequence<String>) {
        let unique = Array(Set(list)).sorted()
        var size = 64
        while size < unique.count * 4 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for word in unique {
            var slot = Int(truncatingIfNeeded: Self.hash(word.utf8)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            words.append(word)
            utf8.append(contentsOf: word.utf8)
            offsets.append(utf8.count)
            slots[slot] = Int32(words.count)
        }
    }

    var count: Int { words.count }

    /// The word of id `id` (1...count).
    func word(_ id: Int32) -> String { words[Int(id) - 1] }

    /// The id of `word` (lower case), whose UTF-8 hashes to `hash`; 0 when it is unknown.
    func id(of word: String, hash: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return 0 }
            if words[Int(id) - 1] == word { return id }
            slot = (slot + 1) & mask
        }
    }

    /// The id of the ASCII letters `scalars` lower-cased, whose lower-cased bytes hash to
    /// `hash`; 0 when unknown. Compares against the scalars directly: no string is built.
    func id(ofASCII scalars: ArraySlice<Unicode.Scalar>, hash: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return 0 }
            if matches(Int(id) - 1, scalars) { return id }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ index: Int, _ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let start = offsets[index], end = offsets[index + 1]
        guard end - start == scalars.count else { return false }
        var k = start
        for scalar in scalars {
            let v = scalar.value
            let lower = v >= 65 && v <= 90 ? v + 32 : v
            guard UInt32(utf8[k]) == lower else { return false }
            k += 1
        }
        return true
    }

    func id(of word: String) -> Int32 { id(of: word, hash: Self.hash(word.utf8)) }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a of `bytes`.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = seed
        for byte in bytes { h = step(h, byte) }
        return h
    }

    @inline(__always) static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* 0x100_0000_01b3
    }
}

/// What the lexicon says about one word of the vocabulary.
struct WordEntry: Sendable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        /// An expression can start with it.
        static let starter = Flags(rawValue: 1 << 0)
        static let dateModifier = Flags(rawValue: 1 << 1)
        static let futureCue = Flags(rawValue: 1 << 2)
        static let durationCue = Flags(rawValue: 1 << 3)
        static let modalMaySubject = Flags(rawValue: 1 << 4)
        static let pronounBefore = Flags(rawValue: 1 << 5)
        static let pronounAfter = Flags(rawValue: 1 << 6)
        /// First token of a currency, unit or percent entry (`PhraseTable`s).
        static let currencyStart = Flags(rawValue: 1 << 7)
        static let unitStart = Flags(rawValue: 1 << 8)
        static let percentStart = Flags(rawValue: 1 << 9)
        /// A future cue only before "to" ("plans to").
        static let futureCueBeforeTo = Flags(rawValue: 1 << 10)
        static let nameNumberHead = Flags(rawValue: 1 << 11)
        static let dateLead = Flags(rawValue: 1 << 12)
        static let namedDayWord = Flags(rawValue: 1 << 13)
        static let pastCue = Flags(rawValue: 1 << 14)
        static let approximateCount = Flags(rawValue: 1 << 15)
        static let determiner = Flags(rawValue: 1 << 16)
        static let yearPrefix = Flags(rawValue: 1 << 17)
        /// A time zone after a clock time ("ET", "GMT").
        static let timeZone = Flags(rawValue: 1 << 18)
    }

    var flags: Flags = []
    var cardinal: NumberLexicon.NumberWord?
    var ordinal: NumberLexicon.OrdinalWord?
    var fraction: Double?
    var month: Int?
    var weekday: Int?
    var season: (code: String, month: Int)?
    var dayPart: String?
    var relative: NumberLexicon.RelativeRole?
    /// The one-token entries of the phrase tables.
    var currency: NumberLexicon.Currency?
    var unit: NumberLexicon.Unit?
    var isPercentWord = false

}
