import Foundation
import KijiCore

/// Tells a conflict from an update in a cluster whose values differ. Two outlets giving
/// different values for one fact at the same time disagree (a conflict); a later article that
/// reports a changed value ("the levy was cut to 15%", "the toll rose to 300", "revised
/// figures") tells what changed since (an update).
public enum ValueHistory {
    public enum Verdict: String, Sendable {
        /// Every pair of known values agrees.
        case agree
        /// Two values differ and nothing says one replaced the other.
        case conflict
        /// Values differ, and each later different value is reported as a change.
        case update
        /// No two values to compare (positions, or a single known value).
        case unknown
    }

    /// One claim's value as a cluster holds it.
    public struct Report: Sendable {
        public var value: NumberValue?
        /// The publication date of its article (ISO "YYYY-MM-DD"), when known.
        public var published: String?
        /// Whether its sentence reports a change of value.
        public var reportsChange: Bool

        public init(value: NumberValue?, published: String?, reportsChange: Bool) {
            self.value = value
            self.published = published
            self.reportsChange = reportsChange
        }
    }

    public static func verdict(_ reports: [Report]) -> Verdict {
        let known = reports.filter { $0.value != nil }
        var compared = false
        var changed = false
        for (i, a) in known.enumerated() {
            for b in known[(i + 1)...] {
                switch ValueAgreement.of(a.value, b.value) {
                case .unknown: continue
                case .conflict:
                    guard let later = later(of: a, b), later.reportsChange else { return .conflict }
                    changed = true
                default: compared = true
                }
            }
        }
        return changed ? .update : (compared ? .agree : .unknown)
    }

    /// The report published later, when both dates are known and differ.
    private static func later(of a: Report, _ b: Report) -> Report? {
        guard let p = a.published, let q = b.published, p != q else { return nil }
        return p < q ? b : a
    }
}

/// Whether a sentence reports a value as changed: a verb of change followed by "to", "from" or
/// "by" and a number ("was cut to 15%", "rose to 300 from 250"; not "set to end"), or a verb of
/// revision ("revised", "updated").
public struct ChangeWording: Sendable {
    let changeVerbs: Set<String>

    public static let shared: ChangeWording? = try? ChangeWording(bundle: .module)

    init(bundle: Bundle) throws {
        changeVerbs = try Lexicon.set("change_verbs.txt", in: bundle).union(Self.revisions)
    }

    public func reportsChange(_ text: String) -> Bool {
        let document = DocumentText(text)
        let words = ClaimWords.words(in: document, from: 0, to: document.count).map(\.text)
        for (index, word) in words.enumerated() where changeVerbs.contains(word) {
            if Self.revisions.contains(word) { return true }
            for next in (index + 1)..<min(words.count, index + 5) where Self.valueLinks.contains(words[next]) {
                if next + 1 < words.count, Self.isNumeric(words[next + 1]) { return true }
            }
        }
        return false
    }

    static let valueLinks: Set<String> = ["to", "from", "by"]
    static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "a", "an", "about", "around", "nearly", "almost", "more", "less"]

    static func isNumeric(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return CharacterSet.decimalDigits.contains(first) || "$€£¥".unicodeScalars.contains(first) || numberWords.contains(word)
    }

    static let revisions: Set<String> = ["revised", "revises", "revise", "updated", "updates", "upgraded", "downgraded", "adjusted"]
}
