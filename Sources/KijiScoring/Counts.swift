/// True positives against predicted and gold totals, summed over documents (micro-average).
public struct Counts: Sendable, Equatable, Codable {
    public var matched = 0
    public var predicted = 0
    public var gold = 0

    public init(matched: Int = 0, predicted: Int = 0, gold: Int = 0) {
        self.matched = matched
        self.predicted = predicted
        self.gold = gold
    }

    public var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(matched) / Double(predicted) }
    public var recall: Double { gold == 0 ? (predicted == 0 ? 1 : 0) : Double(matched) / Double(gold) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    static func += (lhs: inout Counts, rhs: Counts) {
        lhs.matched += rhs.matched
        lhs.predicted += rhs.predicted
        lhs.gold += rhs.gold
    }
}

/// A share of items that passed a check (`correct` of `total`).
public struct Accuracy: Sendable, Equatable, Codable {
    public var correct = 0
    public var total = 0

    public init(correct: Int = 0, total: Int = 0) {
        self.correct = correct
        self.total = total
    }

    /// 1 when there was nothing to check.
    public var value: Double { total == 0 ? 1 : Double(correct) / Double(total) }

    mutating func add(_ passed: Bool) {
        total += 1
        if passed { correct += 1 }
    }
}
