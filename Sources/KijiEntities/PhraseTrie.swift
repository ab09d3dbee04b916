/// Phrases (sequences of word keys) with a value each, matched against a run of words by the
/// words' vocabulary ids. Built once; the root's children are an array indexed by id, the other
/// nodes' children short lists.
struct PhraseTrie<Value: Sendable>: Sendable {
    /// By vocabulary id: the root's child for that key, or -1.
    private let rootChildren: [Int32]
    /// Children of node `n` are `edgeKeys/edgeTargets[edgeStart[n]..<edgeStart[n + 1]]`.
    private let edgeStart: [Int32]
    private let edgeKeys: [Int32]
    private let edgeTargets: [Int32]
    private let values: [Value?]

    /// A trie of `entries` (keys → value); a later entry with the same keys replaces an earlier one.
    /// Every key must be in `vocabulary`.
    init(_ entries: [(keys: [String], value: Value)], vocabulary: WordVocabulary) {
        var children: [[Int32: Int32]] = [[:]]
        var values: [Value?] = [nil]
        for entry in entries {
            var node = 0
            for key in entry.keys {
                let id = vocabulary.id(of: key)!
                if let next = children[node][id] {
                    node = Int(next)
                } else {
                    children.append([:])
                    values.append(nil)
                    children[node][id] = Int32(children.count - 1)
                    node = children.count - 1
                }
            }
            values[node] = entry.value
        }
        var root = [Int32](repeating: -1, count: vocabulary.count)
        for (key, target) in children[0] { root[Int(key)] = target }
        var starts: [Int32] = [0]
        var keys: [Int32] = [], targets: [Int32] = []
        for node in children.indices {
            if node > 0 {
                for (key, target) in children[node].sorted(by: { $0.key < $1.key }) {
                    keys.append(key)
                    targets.append(target)
                }
            }
            starts.append(Int32(keys.count))
        }
        rootChildren = root
        edgeStart = starts
        edgeKeys = keys
        edgeTargets = targets
        self.values = values
    }

    /// The child of `node` by key id, or nil.
    @inline(__always) private func child(_ node: Int, _ id: Int32) -> Int? {
        if node == 0 {
            guard id >= 0, Int(id) < rootChildren.count else { return nil }
            let target = rootChildren[Int(id)]
            return target < 0 ? nil : Int(target)
        }
        var edge = Int(edgeStart[node])
        let end = Int(edgeStart[node + 1])
        while edge < end {
            if edgeKeys[edge] == id { return Int(edgeTargets[edge]) }
            edge += 1
        }
        return nil
    }

    /// Whether some phrase starts with the key of `word`.
    func startsPhrase(_ word: Word) -> Bool { child(0, word.id) != nil }

    /// Whether some phrase starts with the keys of `words[range]` (a possessive word by its key
    /// with "'s" or, failing that, its bare key).
    func hasPrefix(_ words: [Word], _ range: ClosedRange<Int>) -> Bool {
        var node = 0
        for index in range {
            guard let next = child(node, words[index].rawID) ?? child(node, words[index].id) else { return false }
            node = next
        }
        return true
    }

    /// Every phrase matching `words` from `start` (at most to `limit`, exclusive), shortest first.
    /// A possessive word can end a match by its bare key or go on by its key with "'s".
    func matches(in words: [Word], from start: Int, limit: Int) -> [(length: Int, value: Value)] {
        guard start < limit else { return [] }
        let first = words[start]
        guard child(0, first.id) != nil || (first.isPossessive && child(0, first.rawID) != nil) else { return [] }
        // One path through the trie: a possessive word can only end a match by its bare key, so
        // only its key with "'s" goes on.
        var found: [(length: Int, value: Value)] = []
        var node = 0
        var index = start
        while index < limit {
            let word = words[index]
            let length = index - start + 1
            if let next = child(node, word.id) {
                if let value = values[next] { found.append((length, value)) }
                if !word.isPossessive {
                    node = next
                    index += 1
                    continue
                }
            }
            guard word.isPossessive, let next = child(node, word.rawID) else { break }
            if let value = values[next], found.last?.length != length { found.append((length, value)) }
            node = next
            index += 1
        }
        return found
    }
}
