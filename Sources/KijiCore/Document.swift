/// One article and every layer the stages add to it (ANNOTATION.md). The cleaned `text` never
/// changes after the cleaner; every other layer is an array of spans into it, in document order,
/// with half-open scalar offsets.
public struct Document: Sendable {
    public var id: String
    /// The input as it arrived; only the cleaner reads it.
    public var source: Source
    public var meta: Meta
    public var text: DocumentText
    public var sentences: [Span] = []
    /// ICU word tokens (not exported): the unit entity and number rules work on.
    public var tokens: [Token] = []
    public var entities: [Entity] = []
    public var numbers: [NumberMention] = []
    public var quotes: [Quote] = []
    public var claims: [Claim] = []

    public init(id: String, source: Source, meta: Meta = Meta(), text: String = "") {
        self.id = id
        self.source = source
        self.meta = meta
        self.text = DocumentText(text)
    }

    public enum Source: Sendable, Equatable {
        case plainText(String)
        case html(String)
        /// An already annotated document (read back from JSONL or gold): nothing to clean.
        case annotated
    }
}

public struct Meta: Sendable, Equatable, Codable {
    public var title: String?
    public var subtitle: String?
    /// ISO `YYYY-MM-DD`, when the document states it.
    public var published: String?
    public var outlet: String?
    public var authors: [String]

    public init(title: String? = nil, subtitle: String? = nil, published: String? = nil,
                outlet: String? = nil, authors: [String] = []) {
        self.title = title
        self.subtitle = subtitle
        self.published = published
        self.outlet = outlet
        self.authors = authors
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        subtitle = try c.decodeIfPresent(String.self, forKey: .subtitle)
        published = try c.decodeIfPresent(String.self, forKey: .published)
        outlet = try c.decodeIfPresent(String.self, forKey: .outlet)
        authors = try c.decodeIfPresent([String].self, forKey: .authors) ?? []
    }
}

/// A half-open range of scalar offsets into `Document.text`, with its text.
public struct Span: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case word, number, punctuation, other }
    public var start: Int
    public var end: Int
    public var kind: Kind

    public init(start: Int, end: Int, kind: Kind) {
        self.start = start
        self.end = end
        self.kind = kind
    }
}

public enum EntityType: String, Sendable, Codable, CaseIterable {
    case person = "PERSON", norp = "NORP", fac = "FAC", org = "ORG", gpe = "GPE", loc = "LOC"
    case product = "PRODUCT", event = "EVENT", workOfArt = "WORK_OF_ART", law = "LAW", language = "LANGUAGE"
}

public struct Entity: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var text: String
    public var type: EntityType
    public var canonical: String

    public init(span: Span, type: EntityType, canonical: String) {
        start = span.start
        end = span.end
        text = span.text
        self.type = type
        self.canonical = canonical
    }

    public var span: Span { Span(start: start, end: end, text: text) }
}

public enum NumberKind: String, Sendable, Codable, CaseIterable {
    case percent = "PERCENT", money = "MONEY", quantity = "QUANTITY", cardinal = "CARDINAL"
    case ordinal = "ORDINAL", date = "DATE", time = "TIME", duration = "DURATION"
}

/// What a number means, apart from where it stands: also the `value` of a claim.
public struct NumberValue: Sendable, Hashable, Codable {
    public var kind: NumberKind
    public var value: Double?
    public var unit: String?
    public var normalized: String?

    public init(kind: NumberKind, value: Double? = nil, unit: String? = nil, normalized: String? = nil) {
        self.kind = kind
        self.value = value
        self.unit = unit
        self.normalized = normalized
    }
}

public struct NumberMention: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var text: String
    public var kind: NumberKind
    public var value: Double?
    public var unit: String?
    public var normalized: String?

    public init(span: Span, value: NumberValue) {
        start = span.start
        end = span.end
        text = span.text
        kind = value.kind
        self.value = value.value
        unit = value.unit
        normalized = value.normalized
    }

    public var span: Span { Span(start: start, end: end, text: text) }
    public var numberValue: NumberValue { NumberValue(kind: kind, value: value, unit: unit, normalized: normalized) }
}

public enum QuoteKind: String, Sendable, Codable { case direct, partial, block }

public struct Quote: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var text: String
    public var kind: QuoteKind
    /// Canonical name of the speaker, an unnamed source's describing phrase, or nil.
    public var speaker: String?
    public var speakerMention: Span?
    /// Lemma of the speech verb, or nil.
    public var cue: String?
    /// The sieve that decided the attribution (not exported): lets the score be broken down by rule.
    public var rule: String?

    public init(span: Span, kind: QuoteKind, speaker: String? = nil, speakerMention: Span? = nil,
                cue: String? = nil, rule: String? = nil) {
        start = span.start
        end = span.end
        text = span.text
        self.kind = kind
        self.speaker = speaker
        self.speakerMention = speakerMention
        self.cue = cue
        self.rule = rule
    }

    enum CodingKeys: String, CodingKey {
        case start, end, text, kind, speaker, cue
        case speakerMention = "speaker_mention"
    }

    public var span: Span { Span(start: start, end: end, text: text) }
}

public struct Claim: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var text: String
    public var subject: String?
    public var attribute: String
    public var value: NumberValue?
    public var source: String?
    public var cluster: String
    /// The rule that extracted it (not exported).
    public var rule: String?

    public init(span: Span, subject: String?, attribute: String, value: NumberValue?, source: String?,
                cluster: String = "", rule: String? = nil) {
        start = span.start
        end = span.end
        text = span.text
        self.subject = subject
        self.attribute = attribute
        self.value = value
        self.source = source
        self.cluster = cluster
        self.rule = rule
    }

    enum CodingKeys: String, CodingKey {
        case start, end, text, subject, attribute, value, source, cluster
    }

    public var span: Span { Span(start: start, end: end, text: text) }
}
