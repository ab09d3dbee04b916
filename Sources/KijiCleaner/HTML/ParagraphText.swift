/// The text of HTML elements as paragraphs: block elements (`html_block_tags.txt`) and `<br>`
/// break paragraphs, inline elements continue them, the cells of a table row make one
/// paragraph; link text is counted apart.
enum ParagraphText {
    struct Paragraph {
        var text = ""
        var linkCharacters = 0
        /// The block element the paragraph came from ("p", "li", "h2", …).
        var tag = ""
        var linkDensity: Double { text.isEmpty ? 0 : Double(linkCharacters) / Double(text.count) }
    }

    /// Text of `element` outside its block children (what the element says itself).
    static func ownText(of element: HTMLElement, blockTags: Set<String>) -> (text: String, linkCharacters: Int) {
        var text = ""
        var links = 0
        func collect(_ current: HTMLElement, inLink: Bool) {
            for child in current.children {
                switch child {
                case .text(let string):
                    text += string
                    if inLink { links += string.count }
                case .element(let inner) where !blockTags.contains(inner.name):
                    collect(inner, inLink: inLink || inner.name == "a")
                case .element:
                    text += " "
                }
            }
        }
        collect(element, inLink: element.name == "a")
        return (InlineCleanup.normalizeWhitespace(text), links)
    }

    /// Share of an element's text that lies inside links.
    static func linkDensity(of element: HTMLElement) -> Double {
        element.name == "a" ? 1 : element.statistics.linkDensity
    }

    /// An inline element made of several links and little else (a pop-up of related links
    /// inside a sentence): not part of the paragraph's text.
    static func isLinkCluster(_ element: HTMLElement) -> Bool {
        guard element.name != "a" else { return false }
        return element.statistics.links >= 3 && element.statistics.linkDensity > 0.8
    }

    /// The paragraphs of `elements`, in order, white space normalized, empty ones left out.
    static func paragraphs(of elements: [HTMLElement], blockTags: Set<String>) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var current = Paragraph()
        var rawText = ""
        func flush() {
            current.text = InlineCleanup.normalizeWhitespace(rawText)
            if !current.text.isEmpty { paragraphs.append(current) }
            current = Paragraph()
            rawText = ""
        }
        func walk(_ element: HTMLElement, inLink: Bool) {
            for child in element.children {
                switch child {
                case .text(let string):
                    rawText += string
                    if inLink { current.linkCharacters += string.count }
                case .element(let inner) where inner.name == "br":
                    flush()
                case .element(let inner) where element.name == "tr" && (inner.name == "td" || inner.name == "th"):
                    // The cells of a table row read as one line.
                    if current.tag.isEmpty { current.tag = element.name }
                    rawText += " "
                    walk(inner, inLink: inLink)
                    rawText += " "
                case .element(let inner) where blockTags.contains(inner.name):
                    flush()
                    current.tag = inner.name
                    walk(inner, inLink: inLink)
                    flush()
                    if element.name != "body" { current.tag = element.name }
                case .element(let inner) where isLinkCluster(inner):
                    continue
                case .element(let inner):
                    if current.tag.isEmpty { current.tag = element.name }
                    walk(inner, inLink: inLink || inner.name == "a")
                }
            }
        }
        for element in elements {
            flush()
            current.tag = element.name
            walk(element, inLink: element.name == "a")
            flush()
        }
        return paragraphs
    }
}
