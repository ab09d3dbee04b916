import Foundation

/// The worker side of an isolated run. Each request is one line on standard input: the
/// document as an input line (`{"id", "text"|"html", "meta"}`) or, re-annotating, as an export
/// line. Once its stages are built, the worker writes `>` alone (ready). Before each stage it writes `>stage` on standard output, then one reply line:
/// the document's export line or its `{"id", "error"}` line. A stage that traps ends the
/// worker; the parent's supervisor sees which stage it was in.
public enum WorkerLoop {
    static let stageMarker = UInt8(ascii: ">")

    public static func run(_ pipeline: Pipeline) {
        signal(SIGPIPE, SIG_IGN)
        guard writeAll(STDOUT_FILENO, [stageMarker, 10]) else { return }
        var requests = DescriptorLines(descriptor: STDIN_FILENO)
        while let request = requests.nextLine() {
            guard !writeAll(STDOUT_FILENO, reply(to: request, pipeline) + [10]) else { continue }
            return
        }
    }

    static func reply(to request: [UInt8], _ pipeline: Pipeline) -> [UInt8] {
        let item = InputItem.fromJSONLine(request[...], fallbackID: "?")
        guard case .document(var document) = item.content else {
            if case .failure(let message) = item.content { return Document.errorLine(id: item.id, error: message) }
            return Document.errorLine(id: item.id, error: "unreadable worker request")
        }
        for stage in pipeline.stages {
            _ = writeAll(STDOUT_FILENO, [stageMarker] + Array(stage.name.utf8) + [10])
            do {
                try stage.annotate(&document)
            } catch {
                return Document.errorLine(id: document.id, error: "\(stage.name): \(error)")
            }
        }
        return document.jsonLine()
    }
}

extension Document {
    /// The line a worker is sent: the export line of an annotated document, else the input
    /// line with its source and meta.
    func requestLine() -> [UInt8] {
        let body: (key: String, value: String)
        switch source {
        case .annotated: return jsonLine()
        case .plainText(let text): body = ("text", text)
        case .html(let html): body = ("html", html)
        }
        var json = JSONWriter(capacity: body.value.utf8.count + 1024)
        json.beginObject()
        json.key("id"); json.string(id)
        json.key("meta"); meta.write(to: &json)
        json.key(body.key); json.string(body.value)
        json.endObject()
        return json.output
    }
}
