import Foundation

/// One input document as read, before any stage: its content, or why it could not be read.
public struct InputItem: Sendable {
    public enum Content: Sendable {
        case document(Document)
        case failure(String)
    }

    public var id: String
    public var content: Content
    /// Bytes of input this item came from (for progress).
    public var byteCount: Int

    public init(id: String, content: Content, byteCount: Int) {
        self.id = id
        self.content = content
        self.byteCount = byteCount
    }
}

/// Decodes bytes as UTF-8, replacing invalid sequences with U+FFFD; nil for data that looks
/// binary (NUL bytes, or many control characters), which no stage could make sense of.
public func decodeText(_ bytes: some Collection<UInt8>) -> String? {
    guard !looksBinary(bytes) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
}

/// NUL bytes, or many control characters, in the first 64 KiB: no text.
func looksBinary(_ bytes: some Collection<UInt8>) -> Bool {
    var controls = 0
    for byte in bytes.prefix(65536) {
        if byte == 0 { return true }
        if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { controls += 1 }
    }
    return controls > 8 && controls * 20 > min(bytes.count, 65536)
}

/// Whether a text looks like HTML markup rather than plain text.
public func looksLikeHTML(_ text: String) -> Bool {
    let head = text.prefix(2048).lowercased()
    return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
        || head.contains("<p>") || head.contains("<div") || head.contains("<article")
}

extension InputItem {
    /// A document from raw file content: HTML by extension or by sniffing, else plain text.
    public static func fromFile(id: String, bytes: [UInt8], isHTML: Bool?) -> InputItem {
        guard !bytes.isEmpty else { return InputItem(id: id, content: .failure("empty file"), byteCount: 0) }
        guard let text = decodeText(bytes) else {
            return InputItem(id: id, content: .failure("binary file: not UTF-8 text"), byteCount: bytes.count)
        }
        let html = isHTML ?? looksLikeHTML(text)
        let document = Document(id: id, source: html ? .html(text) : .plainText(text))
        return InputItem(id: id, content: .document(document), byteCount: bytes.count)
    }

    /// A document from one JSONL line `{"id", "text"|"html", "meta"?}`; `fallbackID` names a
    /// line whose id cannot be read.
    public static func fromJSONLine(_ line: ArraySlice<UInt8>, fallbackID: String) -> InputItem {
        let count = line.count
        guard !looksBinary(line) else {
            return InputItem(id: fallbackID, content: .failure("malformed JSONL line: not UTF-8 text"), byteCount: count)
        }
        let fast = line.withUnsafeBufferPointer {
            fastItem($0, repairsUTF8: true, fallbackID: fallbackID, what: "JSONL line", byteCount: count)
        }
        if let fast { return fast }
        guard let text = decodeText(line), let data = text.data(using: .utf8) else {
            return InputItem(id: fallbackID, content: .failure("malformed JSONL line: not UTF-8 text"), byteCount: count)
        }
        return fromJSON(data, fallbackID: fallbackID, what: "JSONL line")
    }

    /// A document from one JSON object: an annotated document (it has `sentences`), or
    /// `{"id", "text"|"html", "meta"?}`.
    public static func fromJSON(_ data: Data, fallbackID: String, what: String) -> InputItem {
        let count = data.count
        let fast = data.withUnsafeBytes { raw in
            fastItem(raw.bindMemory(to: UInt8.self), repairsUTF8: false, fallbackID: fallbackID, what: what, byteCount: count)
        }
        if let fast { return fast }
        guard
              let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            return InputItem(id: fallbackID, content: .failure("malformed \(what): not a JSON object"), byteCount: count)
        }
        if object["sentences"] != nil {
            do {
                var annotated = try AnnotatedDocument.parse(data)
                if annotated.id.isEmpty { annotated.id = fallbackID }
                return InputItem(id: annotated.id, content: .document(annotated.document), byteCount: count)
            } catch {
                return InputItem(id: fallbackID, content: .failure("malformed annotated document: \(error)"), byteCount: count)
            }
        }
        let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue ?? fallbackID
        var meta = Meta()
        if let given = object["meta"] as? [String: Any] {
            meta.title = given["title"] as? String
            meta.subtitle = given["subtitle"] as? String
            meta.published = given["published"] as? String
            meta.outlet = given["outlet"] as? String
            meta.authors = given["authors"] as? [String] ?? []
        }
        let source: Document.Source
        if let html = object["html"] as? String {
            source = .html(html)
        } else if let plain = object["text"] as? String {
            source = .plainText(plain)
        } else {
            return InputItem(id: id, content: .failure("malformed \(what): no \"text\" or \"html\" string"), byteCount: count)
        }
        return InputItem(id: id, content: .document(Document(id: id, source: source, meta: meta)), byteCount: count)
    }

    /// The item `fromJSON` makes of `bytes`, read with `JSONReader`; nil when that reader cannot
    /// say, and `fromJSON`'s Foundation path decides (with the same result or error).
    /// `repairsUTF8` for a JSONL line, whose Foundation path repairs invalid UTF-8 first.
    static func fastItem(_ bytes: UnsafeBufferPointer<UInt8>, repairsUTF8: Bool, fallbackID: String, what: String,
                         byteCount count: Int) -> InputItem? {
        guard let object = try? JSONReader.documentObject(bytes, repairsUTF8: repairsUTF8) else { return nil }
        if object.isAnnotated {
            guard var annotated = object.annotated else { return nil }
            if annotated.id.isEmpty { annotated.id = fallbackID }
            return InputItem(id: annotated.id, content: .document(annotated.document), byteCount: count)
        }
        let id = object.id ?? fallbackID
        let source: Document.Source
        if let html = object.html {
            source = .html(html)
        } else if let plain = object.text {
            source = .plainText(plain)
        } else {
            return InputItem(id: id, content: .failure("malformed \(what): no \"text\" or \"html\" string"), byteCount: count)
        }
        return InputItem(id: id, content: .document(Document(id: id, source: source, meta: object.meta)), byteCount: count)
    }
}
