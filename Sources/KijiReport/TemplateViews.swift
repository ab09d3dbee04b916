import Mustache

/// What a template sees of a text node. Every key a node template reads answers here (unknown
/// keys answer `false`), so a lookup never climbs to an enclosing node: the `nodes` partial recurses.
struct NodeView: MustacheParent {
    let node: TextNode

    func child(named name: String) -> Any? {
        switch node {
        case .text(let text):
            switch name {
            case "text": return text
            default: return false
            }
        case .mark(let mark, let first, let last, let children):
            switch name {
            case "text": return ""
            case "isMark": return true
            case "nodes": return children.map(NodeView.init)
            case "classes": return mark.status.map { "mark \(mark.layer.rawValue) \($0.rawValue)" } ?? "mark \(mark.layer.rawValue)"
            case "layer": return mark.layer.rawValue
            case "label": return mark.label
            case "tip": return mark.status.map { "\($0.rawValue) · \(mark.details)" } ?? mark.details
            case "first": return first
            case "piece": return first ? (last ? "whole" : "first") : (last ? "last" : "middle")
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
