import CHTMLParser

/// An HTML page parsed by libxml2's forgiving HTML parser (no network access), owning the C
/// tree and freeing it when released. Read it through `root()`, a tree of Swift values.
final class HTMLDocument {
    private let pointer: UnsafeMutableRawPointer

    /// The attributes the cleaner reads; others are not copied out of the C tree.
    static let readAttributes: Set<String> = ["class", "id", "role", "itemprop", "property", "name", "content",
                                              "datetime", "type", "hidden", "aria-hidden", "style", "rel"]

    /// Elements that were nested deeper than the depth bound, merged into their ancestor.
    let flattenedElements: Int

    /// Nil when libxml2 cannot make a tree of the bytes at all. Elements deeper than
    /// `maxDepth` are merged into their ancestor at that depth, text kept (README "Limits").
    init?(_ html: String, maxDepth: Int) {
        var html = html
        var flattened: Int64 = 0
        let depth = Int32(clamping: maxDepth)
        let parsed: UnsafeMutableRawPointer? = html.isEmpty || html.utf8.count > Int32.max
            ? html.utf8CString.withUnsafeBufferPointer { kiji_html_parse($0.baseAddress, 0, depth, &flattened) }
            : html.withUTF8 {
                kiji_html_parse(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), Int32($0.count), depth, &flattened)
            }
        guard let parsed else { return nil }
        pointer = parsed
        flattenedElements = Int(flattened)
    }

    deinit { kiji_html_free(pointer) }

    /// The root element (usually `html`) as a Swift tree; comments are left out.
    func root() -> HTMLElement? {
        guard let node = kiji_html_root(pointer), kiji_node_type(node) == Int32(KIJI_NODE_ELEMENT) else { return nil }
        return Self.element(node, parent: nil)
    }

    private static func element(_ node: UnsafeMutableRawPointer, parent: HTMLElement?) -> HTMLElement {
        let name = kiji_node_name(node).map { String(cString: $0) } ?? ""
        var attributes: [String: String] = [:]
        var attribute = kiji_node_first_attribute(node)
        while let current = attribute {
            // The first attribute of a name counts, as with xmlGetProp.
            if let namePointer = kiji_attribute_name(current) {
                let attributeName = String(cString: namePointer)
                if attributes[attributeName] == nil, readAttributes.contains(attributeName) {
                    if let text = kiji_attribute_text(current) {
                        attributes[attributeName] = String(cString: text)
                    } else if let value = kiji_attribute_value(current) {
                        attributes[attributeName] = String(cString: value)
                        kiji_string_free(value)
                    }
                }
            }
            attribute = kiji_attribute_next(current)
        }
        let element = HTMLElement(name: name, attributes: attributes, parent: parent)
        var child = kiji_node_first_child(node)
        while let current = child {
            switch kiji_node_type(current) {
            case Int32(KIJI_NODE_ELEMENT):
                element.children.append(.element(Self.element(current, parent: element)))
            case Int32(KIJI_NODE_TEXT), Int32(KIJI_NODE_CDATA):
                if let content = kiji_node_content(current) { element.children.append(.text(String(cString: content))) }
            default:
                break
            }
            child = kiji_node_next_sibling(current)
        }
        return element
    }
}

/// An element of a parsed page: its lower-case name, the attributes the cleaner reads, and its
/// children in order. Reference type so that the body finder can keep scores per element.
final class HTMLElement {
    let name: String
    let attributes: [String: String]
    /// The element above (unowned: a parent owns its children, and the tree is read while its
    /// root is held).
    private(set) unowned var parent: HTMLElement?
    var children: [HTMLNode] = []
    /// What the class and id words say, filled by `HTMLRules.marks(of:)` on first use.
    var cueMarks: AttributeCueMarks?
    /// Bytes of visible text below, filled by `BoilerplatePruner.visibleLength`.
    var visibleLength: Int?

    init(name: String, attributes: [String: String], parent: HTMLElement?) {
        self.name = name
        self.attributes = attributes
        self.parent = parent
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// Counts of the text below, computed once on first use: read them only once the tree is
    /// pruned, as they are not recomputed.
    private(set) lazy var statistics: TextStatistics = {
        var statistics = TextStatistics()
        for child in children {
            switch child {
            case .text(let text):
                let count = TextStatistics.visibleCharacters(text)
                statistics.characters += count
                if name == "a" { statistics.linkCharacters += count }
            case .element(let inner):
                let innerStatistics = inner.statistics
                statistics.characters += innerStatistics.characters
                statistics.linkCharacters += name == "a" ? innerStatistics.characters : innerStatistics.linkCharacters
                statistics.links += innerStatistics.links + (inner.name == "a" ? 1 : 0)
            }
        }
        return statistics
    }()

    var childElements: [HTMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// Every element below this one, depth first, in document order.
    func descendants(where include: (HTMLElement) -> Bool) -> [HTMLElement] {
        var found: [HTMLElement] = []
        var stack = childElements.reversed() as [HTMLElement]
        while let element = stack.popLast() {
            if include(element) { found.append(element) }
            stack.append(contentsOf: element.childElements.reversed())
        }
        return found
    }

    /// All text below this element, concatenated as written.
    var textContent: String {
        var text = ""
        func collect(_ element: HTMLElement) {
            for child in element.children {
                switch child {
                case .text(let string): text += string
                case .element(let inner): collect(inner)
                }
            }
        }
        collect(self)
        return text
    }

    /// Lower-cased words of the class, id and role attributes, split at spaces, "-", "_" and
    /// camel-case humps ("articleBody" → "article", "body", and "articlebody" itself).
    var attributeWords: [String] {
        var words: [String] = []
        for key in ["class", "id", "role"] {
            guard let value = attributes[key], !value.isEmpty else { continue }
            for token in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                if token.utf8.allSatisfy({ $0 < 0x80 && $0 != 13 }) {
                    Self.appendASCIIWords(of: token.utf8, to: &words)
                } else {
                    Self.appendWords(of: token, to: &words)
                }
            }
        }
        return words
    }

    /// The words of an ASCII token, as `appendWords` finds them, on its bytes.
    private static func appendASCIIWords(of token: Substring.UTF8View, to words: inout [String]) {
        func lowered<S: Sequence<UInt8>>(_ bytes: S) -> String {
            String(decoding: bytes.map { (65...90).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        words.append(lowered(token))
        var part: [UInt8] = []
        for byte in token {
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") {
                if !part.isEmpty { words.append(lowered(part)) }
                part.removeAll(keepingCapacity: true)
            } else if (65...90).contains(byte), let last = part.last, (97...122).contains(last) {
                words.append(lowered(part))
                part = [byte]
            } else {
                part.append(byte)
            }
        }
        if !part.isEmpty, part.count < token.count { words.append(lowered(part)) }
    }

    private static func appendWords(of token: Substring, to words: inout [String]) {
        words.append(token.lowercased())
        var part = ""
        for character in token {
            if character == "-" || character == "_" || character == ":" {
                if !part.isEmpty { words.append(part.lowercased()) }
                part = ""
            } else if character.isUppercase, let last = part.last, last.isLowercase {
                words.append(part.lowercased())
                part = String(character)
            } else {
                part.append(character)
            }
        }
        if !part.isEmpty, part.count < token.count { words.append(part.lowercased()) }
    }
}

/// Characters (not white space) of the text below an element, those inside links, and links.
struct TextStatistics {
    var characters = 0
    var linkCharacters = 0
    var links = 0

    var linkDensity: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }

    /// Characters of `text` that are not ASCII white space, counted on UTF-8 lead bytes.
    static func visibleCharacters(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 && byte != 32 && byte != 10 && byte != 9 && byte != 13 {
            count += 1
        }
        return count
    }
}

enum HTMLNode {
    case element(HTMLElement)
    case text(String)
}
