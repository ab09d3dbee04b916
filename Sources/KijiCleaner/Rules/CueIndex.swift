/// The cues of all line rules (`line_rules.tsv`), found in a lower-cased line with one pass
/// over its bytes instead of one search per cue: a rule's regular expression runs only on lines
/// holding one of its cues, and most lines hold none.
struct CueIndex: Sendable {
    enum Cue: Hashable, Sendable {
        /// A lower-case literal anywhere in the line.
        case anywhere([UInt8])
        /// A lower-case literal that opens the line (after white space): "^read more".
        case atStart([UInt8])
        /// A line with no ASCII letter or digit (a rule matching only punctuation and symbols).
        case noLetterOrDigit
    }

    /// Cues, by id (an id is the position in this list).
    let cues: [Cue]
    /// Ids of the `anywhere` cues of two bytes or more, grouped by their first two bytes:
    /// those of key k are `pairIDs[pairStarts[k]..<pairStarts[k + 1]]`.
    private let pairStarts: [Int32]
    private let pairIDs: [Int]
    /// The bytes of each `anywhere` cue, by id (empty for the other kinds).
    private let literals: [[UInt8]]
    private let singleByteIDs: [(byte: UInt8, id: Int)]
    private let startIDs: [(bytes: [UInt8], id: Int)]
    private let noLetterOrDigitIDs: [Int]

    static let maxCues = 256

    init(_ cues: [Cue]) throws {
        guard cues.count <= Self.maxCues else { throw CleanerRulesError("line_rules.tsv: more than \(Self.maxCues) distinct cues") }
        self.cues = cues
        var byPair = [[Int]](repeating: [], count: 1 << 16)
        var singles: [(UInt8, Int)] = [], starts: [([UInt8], Int)] = [], noLetters: [Int] = []
        for (id, cue) in cues.enumerated() {
            switch cue {
            case .anywhere(let bytes) where bytes.count >= 2: byPair[Int(bytes[0]) << 8 | Int(bytes[1])].append(id)
            case .anywhere(let bytes): singles.append((bytes[0], id))
            case .atStart(let bytes): starts.append((bytes, id))
            case .noLetterOrDigit: noLetters.append(id)
            }
        }
        var starts32: [Int32] = [0]
        starts32.reserveCapacity(byPair.count + 1)
        for ids in byPair { starts32.append(starts32.last! + Int32(ids.count)) }
        pairStarts = starts32
        pairIDs = byPair.flatMap { $0 }
        literals = cues.map { if case .anywhere(let bytes) = $0 { bytes } else { [] } }
        singleByteIDs = singles
        startIDs = starts
        noLetterOrDigitIDs = noLetters
    }

    /// The cues `lowered` (from `ByteText.loweredForCues`) holds.
    func hits(in lowered: [UInt8]) -> CueHits {
        var hits = CueHits()
        lowered.withUnsafeBufferPointer { line in
            let count = line.count
            var index = 0
            while index + 1 < count {
                let key = Int(line[index]) << 8 | Int(line[index + 1])
                var slot = Int(pairStarts[key])
                let end = Int(pairStarts[key + 1])
                while slot < end {
                    let id = pairIDs[slot]
                    if !hits.contains(id), Self.matches(literals[id], in: line, at: index) {
                        hits.insert(id)
                    }
                    slot += 1
                }
                index += 1
            }
            for (byte, id) in singleByteIDs where line.contains(byte) { hits.insert(id) }
            if !startIDs.isEmpty {
                let start = Self.firstNonWhiteSpace(line)
                for (bytes, id) in startIDs where Self.matches(bytes, in: line, at: start) { hits.insert(id) }
            }
            if !noLetterOrDigitIDs.isEmpty, !line.contains(where: Self.isASCIILetterOrDigit) {
                for id in noLetterOrDigitIDs { hits.insert(id) }
            }
        }
        return hits
    }

    private static func matches(_ bytes: [UInt8], in line: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + bytes.count <= line.count else { return false }
        var offset = 0
        while offset < bytes.count {
            if line[index + offset] != bytes[offset] { return false }
            offset += 1
        }
        return true
    }

    /// Offset of the first scalar that is not white space (every scalar a regular expression's
    /// `\s` matches is white space).
    private static func firstNonWhiteSpace(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte < 0x80 {
                guard byte == 32 || (9...13).contains(byte) else { return index }
                index += 1
            } else {
                guard let scalar = ByteText.scalar(in: line, at: index), scalar.properties.isWhitespace else { return index }
                index += String(scalar).utf8.count
            }
        }
        return index
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (97...122).contains(byte) || (65...90).contains(byte)
    }
}

/// A set of cue ids (below `CueIndex.maxCues`), kept in four words.
struct CueHits {
    private var words = SIMD4<UInt64>(repeating: 0)

    func contains(_ id: Int) -> Bool { words[id >> 6] & (1 << UInt64(id & 63)) != 0 }
    mutating func insert(_ id: Int) { words[id >> 6] |= 1 << UInt64(id & 63) }
}
