import Foundation

extension Document {
    /// The document as one line of the export format (ANNOTATION.md), without the newline.
    public func jsonLine() -> [UInt8] {
        var json = JSONWriter(capacity: text.utf16.count * 6 + 1024)
        json.beginObject()
        json.key("id"); json.string(id)
        json.key("meta"); meta.write(to: &json)
        json.key("text"); json.string(text.string)
        json.key("sentences"); json.beginArray()
        for sentence in sentences { sentence.write(to: &json) }
        json.endArray()
        json.key("entities"); json.beginArray()
        for entity in entities {
            json.beginObject(); entity.span.writeFields(to: &json)
            json.key("type"); json.string(entity.type.rawValue)
            json.key("canonical"); json.string(entity.canonical)
            json.endObject()
        }
        json.endArray()
        json.key("numbers"); json.beginArray()
        for number in numbers {
            json.beginObject(); number.span.writeFields(to: &json)
            number.numberValue.writeFields(to: &json)
            json.endObject()
        }
        json.endArray()
        json.key("quotes"); json.beginArray()
        for quote in quotes {
            json.beginObject(); quote.span.writeFields(to: &json)
            json.key("kind"); json.string(quote.kind.rawValue)
            json.key("speaker"); json.string(quote.speaker)
            json.key("speaker_mention")
            if let mention = quote.speakerMention { mention.write(to: &json) } else { json.null() }
            json.key("cue"); json.string(quote.cue)
            json.endObject()
        }
        json.endArray()
        json.key("claims"); json.beginArray()
        for claim in claims {
            json.beginObject(); claim.span.writeFields(to: &json)
            json.key("subject"); json.string(claim.subject)
            json.key("attribute"); json.string(claim.attribute)
            json.key("value")
            if let value = claim.value {
                json.beginObject(); value.writeFields(to: &json); json.endObject()
            } else {
                json.null()
            }
            json.key("source"); json.string(claim.source)
            json.key("cluster"); json.string(claim.cluster)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.output
    }

    /// The line for a document that could not be processed.
    public static func errorLine(id: String, error: String) -> [UInt8] {
        var json = JSONWriter(capacity: 128)
        json.beginObject()
        json.key("id"); json.string(id)
        json.key("error"); json.string(error)
        json.endObject()
        return json.output
    }
}

extension Meta {
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("title"); json.string(title)
        json.key("subtitle"); json.string(subtitle)
        json.key("published"); json.string(published)
        json.key("outlet"); json.string(outlet)
        json.key("authors"); json.beginArray()
        for author in authors { json.string(author) }
        json.endArray()
        json.endObject()
    }
}

extension Span {
    func write(to json: inout JSONWriter) {
        json.beginObject(); writeFields(to: &json); json.endObject()
    }

    func writeFields(to json: inout JSONWriter) {
        json.key("start"); json.number(start)
        json.key("end"); json.number(end)
        json.key("text"); json.string(text)
    }
}

extension NumberValue {
    func writeFields(to json: inout JSONWriter) {
        json.key("kind"); json.string(kind.rawValue)
        json.key("value"); json.number(value)
        json.key("unit"); json.string(unit)
        json.key("normalized"); json.string(normalized)
    }
}

/// A document read back from the export format (a prediction, a gold file, the store).
public struct AnnotatedDocument: Sendable, Decodable {
    public var id: String
    public var error: String?
    public var meta: Meta
    public var text: String
    public var sentences: [Span]
    public var entities: [Entity]
    public var numbers: [NumberMention]
    public var quotes: [Quote]
    public var claims: [Claim]

    enum CodingKeys: String, CodingKey { case id, error, meta, text, sentences, entities, numbers, quotes, claims }

    /// A document with nothing in it (or only an error).
    public init(id: String, error: String? = nil) {
        self.id = id
        self.error = error
        meta = Meta()
        text = ""
        sentences = []
        entities = []
        numbers = []
        quotes = []
        claims = []
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        error = try c.decodeIfPresent(String.self, forKey: .error)
        meta = try c.decodeIfPresent(Meta.self, forKey: .meta) ?? Meta()
        text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
        sentences = try c.decodeIfPresent([Span].self, forKey: .sentences) ?? []
        entities = try c.decodeIfPresent([Entity].self, forKey: .entities) ?? []
        numbers = try c.decodeIfPresent([NumberMention].self, forKey: .numbers) ?? []
        quotes = try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
        claims = try c.decodeIfPresent([Claim].self, forKey: .claims) ?? []
    }

    /// Parses one JSON object (a JSONL line or a gold file).
    public static func parse(_ data: Data) throws -> AnnotatedDocument {
        let fast = data.withUnsafeBytes { raw in fastParse(raw.bindMemory(to: UInt8.self)) }
        if let fast { return fast }
        return try JSONDecoder().decode(AnnotatedDocument.self, from: data)
    }

    /// The document model again, for stages that extend stored annotations.
    public var document: Document {
        var document = Document(id: id, source: .annotated, meta: meta, text: text)
        document.sentences = sentences
        document.entities = entities
        document.numbers = numbers
        document.quotes = quotes
        document.claims = claims
        return document
    }
}
