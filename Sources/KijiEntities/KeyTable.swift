/// An open-addressing table from short strings (folded word keys) to ids, hashed with FNV-1a
/// over the UTF-8 bytes: far cheaper per lookup than `Dictionary<String, _>`'s seeded SipHash, and
/// the hash is computed once per word for both the document's table and the lexicons'.
struct KeyTable: Sendable {
    private var slots: [Int32]
    private var keys: [String] = []
    private var ids: [Int32] = []
    private var mask: Int

    /// A table sized for about `capacity` keys before it grows.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { keys.count }

    @inline(__always) static func hash(_ key: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// The id stored for `key` (whose `hash(_:)` is `hash`), or nil.
    @inline(__always) func id(of key: String, hash: Int) -> Int32? {
        var slot = hash & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { return nil }
            if keys[Int(entry)] == key { return ids[Int(entry)] }
            slot = (slot + 1) & mask
        }
    }

    func id(of key: String) -> Int32? { id(of: key, hash: Self.hash(key)) }

    /// Stores `id` for `key`, which must not be in the table yet.
    mutating func insert(_ key: String, hash: Int, id: Int32) {
        if (keys.count + 1) * 2 > slots.count { grow() }
        var slot = hash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(keys.count)
        keys.append(key)
        ids.append(id)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (entry, key) in keys.enumerated() {
            var slot = Self.hash(key) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry)
        }
    }
}
