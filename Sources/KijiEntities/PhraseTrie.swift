/// Phrases (sequences of word keys) with a value each, matched against a run of words.
struct PhraseTrie<Value: Sendable>: Sendable {
    private var children: [[String: Int]] = [[:]]
    private var values: [Value?] = [nil]

    init() {}

    /// Adds `keys` → `value`; a later insertion of the same phrase replaces the earlier value.
    mutating func insert(_ keys: [String], _ value: Value) {
        var node = 0
        for key in keys {
            if let next = children[node][key] {
                node = next
            } else {
                children.append([:])
                values.append(nil)
                children[node][key] = children.count - 1
                node = children.count - 1
            }
        }
        values[node] = value
    }

    /// Whether some phrase starts with `key`.
    func startsPhrase(_ key: String) -> Bool { children[0][key] != nil }

    /// Whether some phrase starts with the keys of `words[range]`.
    func hasPrefix(_ words: [Word], _ range: ClosedRange<Int>) -> Bool {
        var node = 0
        for index in range {
            guard let next = children[node][words[index].rawKey] ?? children[node][words[index].key] else { return false }
            node = next
        }
        return true
    }

    /// Every phrase matching `words` from `start` (at most to `limit`, exclusive), shortest first.
    /// A possessive word can end a match by its bare key or go on by its key with "'s".
    func matches(in words: [Word], from start: Int, limit: Int) -> [(length: Int, value: Value)] {
        var found: [(length: Int, value: Value)] = []
        var frontier: [(node: Int, index: Int)] = [(0, start)]
        while let (node, index) = frontier.popLast() {
            guard index < limit else { continue }
            let word = words[index]
            if let next = children[node][word.key] {
                if let value = values[next] { found.append((index - start + 1, value)) }
                if !word.isPossessive { frontier.append((next, index + 1)) }
            }
            if word.isPossessive, let next = children[node][word.rawKey] {
                if let value = values[next], found.last?.length != index - start + 1 {
                    found.append((index - start + 1, value))
                }
                frontier.append((next, index + 1))
            }
        }
        return found.sorted { $0.length < $1.length }
    }
}
