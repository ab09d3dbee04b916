/// Finds the element that holds an article's body in a pruned page, by text density in the
/// manner of Readability: every run of paragraph text scores its container and, less, the
/// containers above; class and id cues and `itemprop=articleBody` weigh in; link-heavy
/// containers lose. Siblings of the winner that read like body text are taken along.
struct HTMLBodyFinder {
    /// Runs of text shorter than this do not score.
    static let minParagraphLength = 25
    static let ancestorLevels = 5

    /// The container above is taken instead when it holds this many times the body text.
    static let climbFactor = 1.3

    let rules: HTMLRules

    /// An element's own text (`ParagraphText.ownText`) with its length in characters.
    private struct OwnText {
        var text: String
        var length: Int
        var linkCharacters: Int
    }

    /// Characters of paragraph text below `element` that is not mostly links.
    private func bodyTextMass(_ element: HTMLElement, ownTexts: [ObjectIdentifier: OwnText], memo: inout [ObjectIdentifier: Int]) -> Int {
        if let known = memo[ObjectIdentifier(element)] { return known }
        var total = 0
        for child in element.childElements { total += bodyTextMass(child, ownTexts: ownTexts, memo: &memo) }
        let own = ownTexts[ObjectIdentifier(element)] ?? ownText(of: element)
        if own.length >= Self.minParagraphLength, Double(own.linkCharacters) < Double(own.length) * 0.33 {
            total += own.length
        }
        memo[ObjectIdentifier(element)] = total
        return total
    }

    private func ownText(of element: HTMLElement) -> OwnText {
        let own = ParagraphText.ownText(of: element, blockTags: rules.blockTags)
        return OwnText(text: own.text, length: ByteText.characterCount(own.text), linkCharacters: own.linkCharacters)
    }

    /// The body's elements in document order (the winner and the siblings that join it).
    func bodyElements(in root: HTMLElement) -> [HTMLElement] {
        var scores: [ObjectIdentifier: Double] = [:]
        var candidates: [HTMLElement] = []
        var ownTexts: [ObjectIdentifier: OwnText] = [:]
        var stack = [root]
        while let element = stack.popLast() {
            stack.append(contentsOf: element.childElements)
            let own = ownText(of: element)
            ownTexts[ObjectIdentifier(element)] = own
            let length = own.length
            guard length >= Self.minParagraphLength else { continue }
            let score = 1 + Double(ByteText.count(of: UInt8(ascii: ","), in: own.text)) + min(Double(length / 100), 3)
            var ancestor = element.parent
            for level in 0..<Self.ancestorLevels {
                guard let current = ancestor else { break }
                let key = ObjectIdentifier(current)
                if scores[key] == nil {
                    scores[key] = initialScore(current)
                    candidates.append(current)
                }
                let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level * 3))
                scores[key]! += score / divider
                ancestor = current.parent
            }
        }
        var finalScores: [ObjectIdentifier: Double] = [:]
        for candidate in candidates {
            let key = ObjectIdentifier(candidate)
            finalScores[key] = scores[key]! * (1 - ParagraphText.linkDensity(of: candidate))
        }
        guard var top = candidates.max(by: { finalScores[ObjectIdentifier($0)]! < finalScores[ObjectIdentifier($1)]! }) else {
            return [root]
        }
        // An article cut into sections by figures or ad slots: climb while the container above
        // holds clearly more body text than the one found.
        var mass: [ObjectIdentifier: Int] = [:]
        climbing: while true {
            let topMass = Double(bodyTextMass(top, ownTexts: ownTexts, memo: &mass))
            var ancestor = top.parent
            while let current = ancestor, current.name != "body", current.name != "html" {
                if Double(bodyTextMass(current, ownTexts: ownTexts, memo: &mass)) >= topMass * Self.climbFactor {
                    top = current
                    continue climbing
                }
                ancestor = current.parent
            }
            break
        }
        guard let parent = top.parent else { return [top] }
        let topScore = finalScores[ObjectIdentifier(top)] ?? 0
        let threshold = max(10, topScore * 0.2)
        return parent.childElements.filter { sibling in
            if sibling === top { return true }
            if let score = finalScores[ObjectIdentifier(sibling)], score >= threshold { return true }
            guard sibling.name == "p" else { return false }
            let own = ownTexts[ObjectIdentifier(sibling)] ?? ownText(of: sibling)
            let density = ParagraphText.linkDensity(of: sibling)
            return (own.length > 80 && density < 0.25) || (own.length > 0 && density == 0 && TextShape.endsSentence(own.text))
        }
    }

    private func initialScore(_ element: HTMLElement) -> Double {
        var score: Double
        switch element.name {
        case "div", "article", "main", "section": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        if element.name == "article" || element.name == "main" { score += 10 }
        if element["itemprop"]?.lowercased().contains("articlebody") == true { score += 40 }
        let marks = rules.marks(of: element)
        if marks.content { score += 25 }
        if marks.weak || marks.strong { score -= 25 }
        return score
    }
}
