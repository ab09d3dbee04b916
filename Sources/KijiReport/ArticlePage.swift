import KijiCore

/// The values of one article's page: metadata, layer toggles, and the text with its marks, or
/// with `gold`, the predicted and the gold text side by side with spurious and missed marks.
enum ArticlePage {
    static func view(_ document: AnnotatedDocument, gold: AnnotatedDocument?, site: SiteInfo) -> PageView {
        var predicted = Mark.marks(of: document)
        var columns: [PageView] = []
        var values: [String: Any] = site.values(root: "../")
        values["title"] = document.meta.title ?? document.id
        values["pageTitle"] = document.meta.title ?? document.id
        values["id"] = document.id
        values["outlet"] = document.meta.outlet ?? "not stated"
        values["published"] = document.meta.published ?? "not stated"
        values["authors"] = document.meta.authors.isEmpty ? "not stated" : document.meta.authors.joined(separator: ", ")
        if let subtitle = document.meta.subtitle { values["subtitle"] = subtitle }
        if let error = document.error { values["error"] = error }
        if let gold {
            var goldMarks = Mark.marks(of: gold, anchorPrefix: "gold-")
            let counts = GoldComparison.compare(predicted: &predicted, gold: &goldMarks)
            values["compare"] = true
            values["comparison"] = Mark.Layer.allCases.map { layer in
                let count = counts[layer] ?? GoldComparison.Counts()
                return PageView(["layer": layer.title, "matched": String(count.matched),
                                 "spurious": String(count.spurious), "missed": String(count.missed)])
            }
            columns.append(column(heading: "Predicted", text: document.text, marks: predicted))
            columns.append(column(heading: "Gold", text: gold.text, marks: goldMarks))
        } else {
            columns.append(column(heading: nil, text: document.text, marks: predicted))
        }
        values["columns"] = columns
        values["layers"] = Mark.Layer.allCases.map { layer in
            PageView(["layer": layer.rawValue, "title": layer.title,
                      "count": String(predicted.lazy.filter { $0.layer == layer }.count)])
        }
        return PageView(values)
    }

    private static func column(heading: String?, text: String, marks: [Mark]) -> PageView {
        let layout = TextLayout.layout(text: Array(text.unicodeScalars), marks: marks)
        var values: [String: Any] = [
            "paragraphs": layout.paragraphs.map { PageView(["nodes": $0.map(NodeView.init)]) },
        ]
        if let heading { values["heading"] = heading }
        if !layout.misplaced.isEmpty {
            values["misplaced"] = layout.misplaced.map { PageView(["layer": $0.layer.rawValue, "label": $0.label,
                                                                   "text": $0.text, "offsets": "\($0.start)–\($0.end)"]) }
        }
        return PageView(values)
    }
}

/// What every page shows around its content: the tool's version and the path back to the site's root.
public struct SiteInfo: Sendable {
    public var version: String

    public init(version: String) { self.version = version }

    func values(root: String) -> [String: Any] {
        ["root": root, "version": version]
    }
}
