/// Reading the document model with `JSONReader`: the same fields, types and defaults as the
/// `Decodable` conformances (Document.swift, `AnnotatedDocument`), so a line read either way
/// gives the same values. Unknown keys are checked and skipped, as JSONDecoder skips them.
extension JSONReader {
    /// The top-level object of an input line, an export line or a gold file.
    struct DocumentObject {
        var id: String?
        var error: String?
        var meta = Meta()
        var text: String?
        var html: String?
        /// The object has a `sentences` key (even `null`): it is an annotated document.
        var isAnnotated = false
        var sentences: [Span] = []
        var entities: [Entity] = []
        var numbers: [NumberMention] = []
        var quotes: [Quote] = []
        var claims: [Claim] = []

        /// The annotated document it holds; nil without an `id`, which the decoder requires.
        var annotated: AnnotatedDocument? {
            guard let id else { return nil }
            var document = AnnotatedDocument(id: id, error: error)
            document.meta = meta
            document.text = text ?? ""
            document.sentences = sentences
            document.entities = entities
            document.numbers = numbers
            document.quotes = quotes
            document.claims = claims
            return document
        }
    }

    /// Reads one whole JSON text holding a document object.
    static func documentObject(_ bytes: UnsafeBufferPointer<UInt8>, repairsUTF8: Bool = false) throws -> DocumentObject {
        var reader = JSONReader(bytes, repairsUTF8: repairsUTF8)
        var object = DocumentObject()
        var seen: UInt32 = 0
        try reader.readObject { reader, key in
            switch key {
            case "id": try JSONReader.mark(&seen, 0); object.id = try reader.readString()
            case "error": try JSONReader.mark(&seen, 1); object.error = try reader.readOptionalString()
            case "meta": try JSONReader.mark(&seen, 2); if !(try reader.readNull()) { object.meta = try reader.readMeta() }
            case "text": try JSONReader.mark(&seen, 3); object.text = try reader.readOptionalString()
            case "html": try JSONReader.mark(&seen, 4); object.html = try reader.readOptionalString()
            case "sentences":
                try JSONReader.mark(&seen, 5)
                object.isAnnotated = true
                object.sentences = try reader.readList { try $0.readSpan() }
            case "entities": try JSONReader.mark(&seen, 6); object.entities = try reader.readList { try $0.readEntity() }
            case "numbers": try JSONReader.mark(&seen, 7); object.numbers = try reader.readList { try $0.readNumberMention() }
            case "quotes": try JSONReader.mark(&seen, 8); object.quotes = try reader.readList { try $0.readQuote() }
            case "claims": try JSONReader.mark(&seen, 9); object.claims = try reader.readList { try $0.readClaim() }
            default: try reader.skipValue()
            }
        }
        try reader.expectEnd()
        return object
    }

    /// An array of elements, or `null` for none.
    mutating func readList<T>(_ element: (inout JSONReader) throws -> T) throws -> [T] {
        if try readNull() { return [] }
        var list: [T] = []
        try readArray { reader in list.append(try element(&reader)) }
        return list
    }

    mutating func readMeta() throws -> Meta {
        var meta = Meta()
        var seen: UInt32 = 0
        try readObject { reader, key in
            switch key {
            case "title": try JSONReader.mark(&seen, 0); meta.title = try reader.readOptionalString()
            case "subtitle": try JSONReader.mark(&seen, 1); meta.subtitle = try reader.readOptionalString()
            case "published": try JSONReader.mark(&seen, 2); meta.published = try reader.readOptionalString()
            case "outlet": try JSONReader.mark(&seen, 3); meta.outlet = try reader.readOptionalString()
            case "authors": try JSONReader.mark(&seen, 4); meta.authors = try reader.readList { try $0.readString() }
            default: try reader.skipValue()
            }
        }
        return meta
    }

    /// The fields every span has; `other` reads the rest of the object's keys.
    private mutating func readSpanFields(_ other: (inout JSONReader, String) throws -> Void) throws -> Span {
        var start: Int?, end: Int?, text: String?
        try readObject { reader, key in
            switch key {
            case "start": guard start == nil else { throw Unsupported() }; start = try reader.readInt()
            case "end": guard end == nil else { throw Unsupported() }; end = try reader.readInt()
            case "text": guard text == nil else { throw Unsupported() }; text = try reader.readString()
            default: try other(&reader, key)
            }
        }
        guard let start, let end, let text else { throw Unsupported() }
        return Span(start: start, end: end, text: text)
    }

    mutating func readSpan() throws -> Span {
        try readSpanFields { reader, _ in try reader.skipValue() }
    }

    mutating func readEntity() throws -> Entity {
        var type: EntityType?, canonical: String?
        var seen: UInt32 = 0
        let span = try readSpanFields { reader, key in
            switch key {
            case "type":
                try JSONReader.mark(&seen, 0)
                guard let value = EntityType(rawValue: try reader.readString()) else { throw Unsupported() }
                type = value
            case "canonical": try JSONReader.mark(&seen, 1); canonical = try reader.readString()
            default: try reader.skipValue()
            }
        }
        guard let type, let canonical else { throw Unsupported() }
        return Entity(span: span, type: type, canonical: canonical)
    }

    /// Reads `kind`, `value`, `unit`, `normalized` into `fields`; false for another key.
    private mutating func readValueField(_ key: String, _ fields: inout NumberFields) throws -> Bool {
        switch key {
        case "kind":
            try JSONReader.mark(&fields.seen, 0)
            guard let kind = NumberKind(rawValue: try readString()) else { throw Unsupported() }
            fields.kind = kind
        case "value": try JSONReader.mark(&fields.seen, 1); fields.value = try readOptionalDouble()
        case "unit": try JSONReader.mark(&fields.seen, 2); fields.unit = try readOptionalString()
        case "normalized": try JSONReader.mark(&fields.seen, 3); fields.normalized = try readOptionalString()
        default: return false
        }
        return true
    }

    struct NumberFields {
        var seen: UInt32 = 0
        var kind: NumberKind?
        var value: Double?
        var unit: String?
        var normalized: String?

        func numberValue() throws -> NumberValue {
            guard let kind else { throw Unsupported() }
            return NumberValue(kind: kind, value: value, unit: unit, normalized: normalized)
        }
    }

    mutating func readNumberValue() throws -> NumberValue {
        var fields = NumberFields()
        try readObject { reader, key in
            if !(try reader.readValueField(key, &fields)) { try reader.skipValue() }
        }
        return try fields.numberValue()
    }

    mutating func readNumberMention() throws -> NumberMention {
        var fields = NumberFields()
        let span = try readSpanFields { reader, key in
            if !(try reader.readValueField(key, &fields)) { try reader.skipValue() }
        }
        return NumberMention(span: span, value: try fields.numberValue())
    }

    mutating func readQuote() throws -> Quote {
        var kind: QuoteKind?, speaker: String?, mention: Span?, cue: String?
        var seen: UInt32 = 0
        let span = try readSpanFields { reader, key in
            switch key {
            case "kind":
                try JSONReader.mark(&seen, 0)
                guard let value = QuoteKind(rawValue: try reader.readString()) else { throw Unsupported() }
                kind = value
            case "speaker": try JSONReader.mark(&seen, 1); speaker = try reader.readOptionalString()
            case "speaker_mention": try JSONReader.mark(&seen, 2); mention = try reader.readNull() ? nil : reader.readSpan()
            case "cue": try JSONReader.mark(&seen, 3); cue = try reader.readOptionalString()
            default: try reader.skipValue()
            }
        }
        guard let kind else { throw Unsupported() }
        return Quote(span: span, kind: kind, speaker: speaker, speakerMention: mention, cue: cue)
    }

    mutating func readClaim() throws -> Claim {
        var subject: String?, attribute: String?, value: NumberValue?, source: String?, cluster: String?
        var seen: UInt32 = 0
        let span = try readSpanFields { reader, key in
            switch key {
            case "subject": try JSONReader.mark(&seen, 0); subject = try reader.readOptionalString()
            case "attribute": try JSONReader.mark(&seen, 1); attribute = try reader.readString()
            case "value": try JSONReader.mark(&seen, 2); value = try reader.readNull() ? nil : reader.readNumberValue()
            case "source": try JSONReader.mark(&seen, 3); source = try reader.readOptionalString()
            case "cluster": try JSONReader.mark(&seen, 4); cluster = try reader.readString()
            default: try reader.skipValue()
            }
        }
        guard let attribute, let cluster else { throw Unsupported() }
        return Claim(span: span, subject: subject, attribute: attribute, value: value, source: source, cluster: cluster)
    }
}

extension AnnotatedDocument {
    /// The document in `bytes` read with `JSONReader`; nil when it cannot say (the caller then
    /// uses JSONDecoder, which gives the same document or the error).
    static func fastParse(_ bytes: UnsafeBufferPointer<UInt8>) -> AnnotatedDocument? {
        (try? JSONReader.documentObject(bytes))?.annotated
    }
}
