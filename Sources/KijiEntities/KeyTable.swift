/// An open-addressing table from short strings (folded word keys) to ids, hashed with FNV-1a
/// over the UTF-8 bytes: far cheaper per lookup than `Dictionary<String, _>`'s seeded SipHash, and
/// the hash is computed once per word for both the document's table and the lexicons'.
struct KeyTable: Sendable {
    /// 0 for an empty slot, else the key's hash in the high 32 bits and its entry + 1 in the low
    /// ones: a probe compares hashes without touching the keys.
    private var slots: [UInt64]
    private var keys: [String] = []
    private var ids: [Int32] = []
    private var mask: Int

    /// A table sized for about `capacity` keys before it grows.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { keys.count }

    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One byte more of a running hash started at `hashSeed`.
    @inline(__always) static func hashStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// The table hash of a running hash over all the bytes of a key.
    @inline(__always) static func finish(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) }

    @inline(__always) static func hash(_ key: String) -> Int {
        var hash = hashSeed
        for byte in key.utf8 { hash = hashStep(hash, byte) }
        return finish(hash)
    }

    @inline(__always) private static func tag(_ hash: Int) -> UInt64 { UInt64(truncatingIfNeeded: hash) & 0xFFFF_FFFF_0000_0000 }

    /// The id stored for `key` (whose `hash(_:)` is `hash`), or nil.
    @inline(__always) func id(of key: String, hash: Int) -> Int32? {
        let tag = Self.tag(hash)
        var slot = hash & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(entry & 0xFFFF_FFFF) - 1
                if keys[index] == key { return ids[index] }
            }
            slot = (slot + 1) & mask
        }
    }

    func id(of key: String) -> Int32? { id(of: key, hash: Self.hash(key)) }

    /// Stores `id` for `key`, which must not be in the table yet.
    mutating func insert(_ key: String, hash: Int, id: Int32) {
        if (keys.count + 1) * 2 > slots.count { grow() }
        place(entry: keys.count, hash: hash)
        keys.append(key)
        ids.append(id)
    }

    private mutating func place(entry: Int, hash: Int) {
        var slot = hash & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Self.tag(hash) | UInt64(entry + 1)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for (entry, key) in keys.enumerated() { place(entry: entry, hash: Self.hash(key)) }
    }
}
