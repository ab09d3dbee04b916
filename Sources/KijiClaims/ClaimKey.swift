import KijiCore

/// What the linker compares claims by: the attribute's terms apart from its last one (the role:
/// "rate", "date", "end", "position"), the value's kind, and for positions the parties that hold
/// them (the side and the speaker). Built from the attribute string alone, so claims read back from a store compare the
/// same way as new ones.
public struct ClaimKey: Sendable, Hashable {
    public var terms: Set<String>
    public var role: String
    /// The value's kind ("PERCENT", "DATE"), or "POSITION" for a claim without a value.
    public var family: String
    /// For positions, who holds them (folded): the side they are about (`subject`: "japan") and
    /// the speaker (`source`: "shigeru ishiba"), once each; empty for facts, which any outlet may
    /// report. Two positions may be one when they share a party: one side's prime minister and
    /// negotiator, or one speaker whose side one article names and another does not.
    public var parties: [String]
    /// For facts, the entity they are about (folded), and their value ("PERCENT:1.2"): the same
    /// entity given the same value in the same role is one fact, however each outlet words it
    /// ("the S&P 500 fell 1.2%", "the index dropped 48.29 points, or 1.2%").
    public var subject: String?
    public var valueKey: String?

    public init(attribute: String, value: NumberValue?, subject: String?, source: String?) {
        var parts = attribute.split(separator: "_").map(String.init)
        role = parts.popLast() ?? ""
        terms = Set(parts)
        family = value?.kind.rawValue ?? "POSITION"
        parties = value == nil ? Array(Set([subject, source].compactMap { $0.map(TextFolding.fold) })).sorted() : []
        self.subject = value == nil ? nil : subject.map(TextFolding.fold)
        valueKey = value.flatMap { value in
            (value.value.map { "\($0)" } ?? value.normalized).map { "\(value.kind.rawValue):\(value.unit ?? ""):\($0)" }
        }
    }

    public init(_ claim: Claim) {
        self.init(attribute: claim.attribute, value: claim.value, subject: claim.subject, source: claim.source)
    }

    /// The key with its terms mapped through `families` ("summit" and "deal" → one event).
    public func mapped(_ families: [String: String]) -> ClaimKey {
        var key = self
        key.terms = Set(terms.map { families[$0] ?? $0 })
        return key
    }

    /// The index entries a claim is filed under and looked up by: one per term and party. Keys
    /// that differ in role, value kind or parties can never be the same fact, so they never share one.
    public var blocks: [BlockKey] {
        var blocks: [BlockKey] = []
        for party in parties.isEmpty ? [""] : parties {
            blocks += terms.sorted().map { BlockKey(party: party, family: family, role: role, term: $0) }
        }
        if let subject, let valueKey { blocks.append(BlockKey(party: "=" + subject, family: family, role: role, term: "=" + valueKey)) }
        return blocks
    }

    /// Whether the two keys count different rounds of one kind of event ("round3" and "round4",
    /// the terms `FactFinder` gives an ordinal that counts its head).
    public func countsAnotherRound(than other: ClaimKey) -> Bool {
        let mine = terms.filter(Self.isRoundTerm), theirs = other.terms.filter(Self.isRoundTerm)
        return !mine.isEmpty && !theirs.isEmpty && mine != theirs
    }

    static func isRoundTerm(_ term: String) -> Bool {
        term.hasPrefix("round") && term.count > 5 && term.dropFirst(5).allSatisfy(\.isNumber)
    }

    /// The key without its subject and value: what `similarity` and the linker's term tests read.
    public var shape: ClaimKey {
        var shape = self
        shape.subject = nil
        shape.valueKey = nil
        return shape
    }

    /// Entity, role, kind and value in one string when the key has an entity and a value: equal
    /// for two keys exactly when `sameSubjectAndValue` holds.
    public var subjectAndValue: String? {
        guard let subject, let valueKey else { return nil }
        return [subject, valueKey, role, family].joined(separator: "\u{1}")
    }

    /// Whether two facts are about one named entity.
    public func sameSubject(as other: ClaimKey) -> Bool {
        subject != nil && subject == other.subject
    }

    /// Whether two facts give one entity the same value in the same role.
    public func sameSubjectAndValue(as other: ClaimKey) -> Bool {
        subject != nil && subject == other.subject && valueKey != nil && valueKey == other.valueKey
            && role == other.role && family == other.family
    }

    /// Whether the two keys have no party (facts) or share one.
    public func sharesParty(with other: ClaimKey) -> Bool {
        parties.isEmpty ? other.parties.isEmpty : parties.contains(where: other.parties.contains)
    }

    /// How alike two keys' terms are (their Jaccard index), or nil when they cannot be the same
    /// fact: roles, kinds or parties differ, or the terms share less than half of their union.
    /// One set holding the other also passes, flagged `nested`: "pause_end" may be the
    /// "reciprocal_tariff_pause_end" of another outlet, if the values allow it.
    public func similarity(to other: ClaimKey) -> (jaccard: Double, nested: Bool)? {
        guard role == other.role, family == other.family, sharesParty(with: other) else { return nil }
        let (small, large) = terms.count <= other.terms.count ? (terms, other.terms) : (other.terms, terms)
        var shared = 0
        for term in small where large.contains(term) { shared += 1 }
        guard shared > 0 else { return nil }
        let jaccard = Double(shared) / Double(terms.count + other.terms.count - shared)
        if shared == small.count {
            return small.count == large.count ? (1, false) : (jaccard, true)
        }
        return jaccard >= 0.5 ? (jaccard, false) : nil
    }
}

/// One entry of the linker's index: (party, value kind, role, attribute term).
public struct BlockKey: Sendable, Hashable {
    public var party: String
    public var family: String
    public var role: String
    public var term: String
}
