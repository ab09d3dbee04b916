/// Entries keyed by token sequences (tokens joined with one space, as `NumberLexicon.key`
/// makes them), with the set of their proper prefixes so a longest match stops at the first
/// token that no entry continues with — most tokens cost one failed set lookup.
struct PhraseTable<Value: Sendable>: Sendable {
    private var entries: [String: Value] = [:]
    private var prefixes: Set<String> = []
    /// The vocabulary flag of the first tokens of its entries.
    let startFlag: WordEntry.Flags

    init(startFlag: WordEntry.Flags) { self.startFlag = startFlag }

    mutating func insert(_ key: String, _ value: Value) {
        entries[key] = value
        var prefix = ""
        for token in key.split(separator: " ").dropLast() {
            prefix += prefix.isEmpty ? String(token) : " " + token
            prefixes.insert(prefix)
        }
    }

    subscript(key: String) -> Value? { entries[key] }

    func continues(_ key: String) -> Bool { prefixes.contains(key) }

    /// Every token of every entry.
    var allTokens: Set<String> {
        Set(entries.keys.flatMap { key in key.split(separator: " ").map(String.init) })
    }

    /// The first token of every entry.
    var firstTokens: Set<String> {
        Set(entries.keys.map { key in key.split(separator: " ").first.map(String.init) ?? key })
    }
}

extension ScanContext {
    /// The longest entry of `table` whose tokens start at `i`, with the index after it. Tokens
    /// after the first must stand on the same line.
    func longestMatch<Value>(_ table: PhraseTable<Value>, at i: Int) -> (value: Value, end: Int)? {
        guard i < count, entry(i).flags.contains(table.startFlag) else { return nil }
        var key = lower(i)
        var best: (Value, Int)? = table[key].map { ($0, i + 1) }
        var j = i + 1
        // A token the vocabulary does not know continues no entry: no key is built for it.
        while j < count, tokens[j].entry != 0, !tokens[j].breakBefore, table.continues(key) {
            key += " " + lower(j)
            if let value = table[key] { best = (value, j + 1) }
            j += 1
        }
        return best
    }
}
