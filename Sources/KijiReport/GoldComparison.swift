import KijiCore

/// Predicted marks set against gold marks: a pair matches when layer, `comparedLabel` (type, kind,
/// or a claim's value) and whitespace-folded text are equal, each used once, in document order. A predicted mark left over is spurious, a
/// gold one missed. Texts are compared, not offsets, so a cleaner that moved the text still lines up.
/// (Stricter than SCORING.md's per-stage matching, which also accepts a number without its
/// approximator or a claim of similar words: the page shows exact agreement, the score the rest.)
enum GoldComparison {
    struct Counts: Sendable {
        var matched = 0, spurious = 0, missed = 0
    }

    static func compare(predicted: inout [Mark], gold: inout [Mark]) -> [Mark.Layer: Counts] {
        func key(_ mark: Mark) -> String {
            "\(mark.layer.rawValue)\u{1F}\(mark.comparedLabel)\u{1F}\(TextFolding.normalize(mark.text))"
        }
        var waiting: [String: [Int]] = [:]
        for index in gold.indices.reversed() { waiting[key(gold[index]), default: []].append(index) }
        var counts: [Mark.Layer: Counts] = [:]
        var matchedGold = Set<Int>()
        for index in predicted.indices {
            let k = key(predicted[index])
            if let goldIndex = waiting[k]?.popLast() {
                matchedGold.insert(goldIndex)
                counts[predicted[index].layer, default: Counts()].matched += 1
            } else {
                predicted[index].status = .spurious
                counts[predicted[index].layer, default: Counts()].spurious += 1
            }
        }
        for index in gold.indices where !matchedGold.contains(index) {
            gold[index].status = .missed
            counts[gold[index].layer, default: Counts()].missed += 1
        }
        return counts
    }
}
