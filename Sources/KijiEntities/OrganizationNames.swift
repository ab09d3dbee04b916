import KijiCore

/// Canonical names of organizations written out in the text: without a leading "the" or a
/// legal-form suffix ("Japan Foresight LLC" → "Japan Foresight"), "Finance Ministry" as
/// "Ministry of Finance", acronyms linked to the full name they stand for.
struct OrganizationNames {
    let lexicons: EntityLexicons

    /// The canonical name of an organization mention written as `pieces`.
    func canonical(of pieces: [String]) -> String {
        var parts = pieces
        if let first = parts.first, first.lowercased() == "the", parts.count > 1 { parts.removeFirst() }
        while parts.count > 1, let last = parts.last, isSuffix(last) { parts.removeLast() }
        if parts.count > 1, let last = parts.last, TextWords.fold(last) == "ministry" {
            var domain = Array(parts.dropLast())
            while domain.count > 1, let first = domain.first,
                  let known = knownType(first), known == .gpe || known == .norp { domain.removeFirst() }
            return "Ministry of " + domain.joined(separator: " ")
        }
        return parts.joined(separator: " ")
    }

    private func isSuffix(_ piece: String) -> Bool {
        var key = TextWords.fold(piece)
        while key.hasSuffix(".") || key.hasSuffix(",") { key.removeLast() }
        return lexicons.corporateSuffixes.contains(key)
    }

    private func knownType(_ piece: String) -> EntityType? {
        guard let keys = try? TextWords.keys(of: piece) else { return nil }
        let words = keys.map { key -> Word in
            let id = lexicons.vocabulary.id(of: key) ?? -1
            return Word(start: 0, end: 0, key: key, rawKey: key, id: id, rawID: id, isWord: true, isCapitalized: true,
                        isAllCaps: false, isPossessive: false, hasLetter: true, hasInnerCapital: false, spaceBefore: true, sentence: 0,
                        opensSentence: false)
        }
        guard let match = lexicons.names.matches(in: words, from: 0, limit: words.count).last,
              match.length == words.count else { return nil }
        return match.value.type
    }

    /// The letters an acronym of `canonical` would have: initials of its capitalized words
    /// ("Liberal Democratic Party" → "LDP").
    static func initials(of canonical: String) -> String {
        if canonical.utf8.allSatisfy({ $0 < 0x80 }) {
            var letters: [UInt8] = []
            var atStart = true
            for byte in canonical.utf8 {
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") {
                    atStart = true
                    continue
                }
                if atStart, byte >= 65, byte <= 90 { letters.append(byte) }
                atStart = false
            }
            return String(decoding: letters, as: UTF8.self)
        }
        return String(canonical.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { piece -> Character? in
            guard let first = piece.first, first.isUppercase else { return nil }
            return first
        })
    }
}
