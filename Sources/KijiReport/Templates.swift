import Foundation
import Mustache

/// The page templates (Resources/*.mustache), parsed once. Mustache escapes every `{{value}}` for
/// HTML (with `HTMLEscaping`, selected by a pragma put before each template, since a partial starts
/// again from the stock escaper); the templates use no triple braces, so no text reaches a page unescaped.
struct Templates: Sendable {
    static let names = ["head", "foot", "pager", "nodes", "article", "claims", "index"]
    static let assets = ["site.css", "index.js"]

    let library: MustacheLibrary

    init() throws {
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        var library = MustacheLibrary()
        for name in Self.names {
            var text = try String(contentsOf: try Self.resource(name, "mustache"), encoding: .utf8)
            // A template file's final newline would land inside the text wherever `nodes` recurses.
            while text.hasSuffix("\n") { text.removeLast() }
            try library.register("{{% CONTENT_TYPE: \(HTMLEscaping.name)}}" + text, named: name)
        }
        self.library = library
    }

    func render(_ name: String, _ view: PageView) -> String {
        library.render(view, withTemplate: name) ?? ""
    }

    static func resource(_ name: String, _ ext: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext) else {
            throw ReportError("the resource \(name).\(ext) is missing from the KijiReport bundle")
        }
        return url
    }
}

public struct ReportError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
