import KijiCore

/// A full personal name as the canonical wants it: given name then family name, plain Latin.
struct PersonName: Sendable, Equatable {
    var canonical: String
    /// Folded family name: what a short mention of the person uses ("kato").
    var familyKey: String
}

/// Decides the order of personal names written in full ("Akazawa Ryōsei" is family name first)
/// from the document's own short mentions and from the Japanese name lexicons.
struct PersonNames {
    let lexicons: EntityLexicons
    /// How often each folded word stands alone as a name in the document.
    let aloneCounts: [String: Int]

    /// The canonical name of a full name written as `pieces` (its white-space separated parts).
    func name(of pieces: [String]) -> PersonName {
        let plain = pieces.map { $0.withoutDiacritics }
        let keys = pieces.map { TextWords.fold($0) }
        // "Patrick Carlineo Jr.": the family name is before the generational suffix.
        if keys.count >= 2, let last = keys.last, Self.generationalSuffixes.contains(last) {
            return PersonName(canonical: plain.joined(separator: " "), familyKey: keys[keys.count - 2])
        }
        guard keys.count == 2 else {
            return PersonName(canonical: plain.joined(separator: " "), familyKey: keys.last ?? "")
        }
        let (a, b) = (keys[0], keys[1])
        switch order(a, b, second: pieces[1]) {
        case .givenFirst:
            return PersonName(canonical: plain.joined(separator: " "), familyKey: b)
        case .japaneseFamilyFirst:
            return PersonName(canonical: "\(plain[1]) \(plain[0])", familyKey: a)
        case .familyFirstKept:
            return PersonName(canonical: plain.joined(separator: " "), familyKey: a)
        }
    }

    enum Order { case givenFirst, japaneseFamilyFirst, familyFirstKept }

    static let generationalSuffixes: Set<String> = ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]

    func order(_ a: String, _ b: String, second: String) -> Order {
        let aAlone = aloneCounts[a, default: 0] > 0, bAlone = aloneCounts[b, default: 0] > 0
        let eastAsian = lexicons.eastAsianFamilyNames.contains(a) && !lexicons.japaneseFamilyNames.contains(a)
        if aAlone && !bAlone {
            if eastAsian { return .familyFirstKept }
            if JapaneseRomanization.isWord(a) && JapaneseRomanization.isWord(b) { return .japaneseFamilyFirst }
            return .givenFirst
        }
        if bAlone && !aAlone { return .givenFirst }
        let japaneseFirst = lexicons.japaneseFamilyNames.contains(a) && lexicons.japaneseGivenNames.contains(b)
        let japaneseSecond = lexicons.japaneseGivenNames.contains(a) && lexicons.japaneseFamilyNames.contains(b)
        if japaneseFirst && !japaneseSecond { return .japaneseFamilyFirst }
        if japaneseSecond { return .givenFirst }
        if eastAsian, second.utf8.contains(UInt8(ascii: "-")) || !lexicons.isKnownNamePart(b) { return .familyFirstKept }
        return .givenFirst
    }
}
