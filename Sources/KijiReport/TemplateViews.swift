import Mustache

/// What a template sees of a text node. Every key a node template reads answers here (unknown
/// keys answer `false`), so a lookup never climbs to an enclosing node: the `nodes` partial recurses.
struct NodeView: MustacheParent {
    let node: TextNode

    func child(named name: String) -> Any? {
        switch node {
        case .text(let text):
            switch name {
            case "isText": return true
            case "text": return text
            default: return false
            }
        case .mark(let mark, let first, let last, let children):
            switch name {
            case "isText": return false
            case "nodes": return children.map(NodeView.init)
            case "layer": return mark.layer.rawValue
            case "label": return mark.label
            case "tip": return mark.status.map { "\($0.rawValue) · \(mark.details)" } ?? mark.details
            case "status": return mark.status?.rawValue ?? false
            case "first": return first
            case "last": return last
            case "anchor": return mark.anchor
            case "start": return String(mark.start)
            case "end": return String(mark.end)
            default: return false
            }
        }
    }
}

/// A page's values for a template: a dictionary with `false` for any key not given, for the same
/// reason as `NodeView`.
struct PageView: MustacheParent {
    var values: [String: Any]

    init(_ values: [String: Any]) { self.values = values }

    func child(named name: String) -> Any? { values[name] ?? false }
}
