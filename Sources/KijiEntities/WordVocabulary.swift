/// Integer ids for the folded keys of every lexicon entry. The rules test a word against a
/// lexicon by its id (an array index) instead of hashing its key for every lexicon they consult;
/// a word that no lexicon holds gets a document-local id past `count`, which no lexicon contains.
struct WordVocabulary: Sendable {
    private var table = KeyTable()

    /// Number of lexicon keys; every lexicon id is below it.
    var count: Int { table.count }

    /// The id of `key`, added when new.
    @discardableResult
    mutating func add(_ key: String) -> Int32 {
        let hash = KeyTable.hash(key)
        if let id = table.id(of: key, hash: hash) { return id }
        let id = Int32(table.count)
        table.insert(key, hash: hash, id: id)
        return id
    }

    /// The id of a lexicon key; nil when no lexicon holds it.
    func id(of key: String) -> Int32? { table.id(of: key) }

    /// As `id(of:)`, with the key's `KeyTable.hash` already computed.
    func id(of key: String, hash: Int) -> Int32? { table.id(of: key, hash: hash) }
}

/// Ids for the words of one document: lexicon ids where a lexicon holds the key, otherwise ids
/// handed out in order past the vocabulary, one per distinct key, so that two words of the
/// document share an id exactly when they share a key.
struct DocumentWordIDs {
    let vocabulary: WordVocabulary
    /// Every key seen in the document, with its id (lexicon or local).
    private var seen: KeyTable
    private var localCount = 0

    init(vocabulary: WordVocabulary, expectedWords: Int = 16) {
        self.vocabulary = vocabulary
        seen = KeyTable(capacity: expectedWords)
    }

    /// Number of ids handed out so far (lexicon ids included): every id is below it.
    var count: Int { vocabulary.count + localCount }

    mutating func id(of key: String) -> Int32 { id(of: key, hash: KeyTable.hash(key)) }

    /// As `id(of:)`, with the key's `KeyTable.hash` already computed.
    mutating func id(of key: String, hash: Int) -> Int32 {
        if let id = seen.id(of: key, hash: hash) { return id }
        let id: Int32
        if let known = vocabulary.id(of: key, hash: hash) {
            id = known
        } else {
            id = Int32(vocabulary.count + localCount)
            localCount += 1
        }
        seen.insert(key, hash: hash, id: id)
        return id
    }
}

/// A lexicon of folded keys, asked by key or, on the hot paths, by a word's id. A large lexicon
/// consulted only now and then (the common words) stays out of the vocabulary, to keep the
/// vocabulary's table small enough for the cache: its words are asked by key.
struct KeySet: Sendable {
    let keys: Set<String>
    /// By vocabulary id: whether the key with that id is in the set; nil when not indexed.
    private let members: [Bool]?

    /// A set indexed by the ids of `vocabulary` (which must hold its keys), or asked by key when
    /// `vocabulary` is nil.
    init(_ keys: Set<String>, vocabulary: WordVocabulary?) {
        self.keys = keys
        guard let vocabulary else {
            members = nil
            return
        }
        var members = [Bool](repeating: false, count: vocabulary.count)
        for key in keys {
            if let id = vocabulary.id(of: key) { members[Int(id)] = true }
        }
        self.members = members
    }

    func contains(_ key: String) -> Bool { keys.contains(key) }

    /// Whether the set holds the key of `word` (its bare key, without a possessive).
    @inline(__always) func contains(_ word: Word) -> Bool {
        guard let members else { return keys.contains(word.key) }
        return Int(word.id) < members.count && members[Int(word.id)]
    }
}
