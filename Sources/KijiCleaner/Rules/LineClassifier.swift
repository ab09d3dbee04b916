import Foundation

/// Sorts the lines of a scraped article into body text and the kinds of boilerplate of
/// `line_rules.tsv`; also reads the outlet's name where a line states it.
struct LineClassifier: Sendable {
    enum Verdict: Equatable {
        case content
        /// Boilerplate of this kind, named by the rule that matched.
        case boilerplate(LineRule.Kind, rule: String)
        /// Has this many weak pitch cues: boilerplate if it has two, or stands next to a pitch.
        case weakPitch(cues: Int)
    }

    private let rules: CleanerRules
    /// Words a caption or credit line may have at most when it stands in the body.
    static let maxBodyCaptionWords = 40
    /// Words a list label ("Most read", "ACCESS RANKING") may have at most.
    static let maxLabelWords = 8

    init(rules: CleanerRules) {
        self.rules = rules
    }

    func classify(_ line: String) -> Verdict {
        var knownWords: Int?
        func words() -> Int {
            if let knownWords { return knownWords }
            knownWords = ByteText.wordCount(line)
            return knownWords!
        }
        var weakCues = 0
        for rule in rules.lineRules.candidates(for: line) {
            // Length conditions first: they are cheaper than the expression they qualify.
            switch rule.kind {
            case .caption where words() > Self.maxBodyCaptionWords: continue
            case .listLabel where words() > Self.maxLabelWords || TextShape.endsSentence(line): continue
            default: break
            }
            guard rule.pattern.matches(line) else { continue }
            if rule.kind == .pitchWeak {
                weakCues += 1
            } else {
                return .boilerplate(rule.kind, rule: rule.name)
            }
        }
        return weakCues > 0 ? .weakPitch(cues: weakCues) : .content
    }

    /// `line` split before each glued tail (a "Read More:" link, a copyright mark after the
    /// last sentence): the head first, then each tail as a line of its own.
    func splitGluedTails(_ line: String) -> [String] {
        var head = line
        var tails: [String] = []
        for rule in rules.splitRules.candidates(for: line) {
            if let range = rule.pattern.firstRange(in: head) {
                tails.insert(String(head[range.lowerBound...]).trimmingCharacters(in: .whitespaces), at: 0)
                head = String(head[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            }
        }
        return ([head] + tails).filter { !$0.isEmpty }
    }

    /// The outlet a copyright or pitch line names ("Copyright © 2025 Japan Foresight LLC" →
    /// "Japan Foresight"), without its corporate suffix.
    func outlet(in line: String) -> String? {
        for pattern in rules.outletPatterns {
            guard let captured = pattern.firstCapture(in: line) else { continue }
            var words = captured.split(separator: " ").map(String.init)
            while let last = words.last, words.count > 1,
                  rules.corporateSuffixes.contains(last.lowercased().replacingOccurrences(of: ".", with: "")
                      .trimmingCharacters(in: .punctuationCharacters)) {
                words.removeLast()
            }
            while let last = words.last, last.hasSuffix(",") { words[words.count - 1] = String(last.dropLast()) }
            guard (1...6).contains(words.count), let first = words.first?.first,
                  first.isUppercase || first.isNumber else { continue }
            return words.joined(separator: " ")
        }
        return nil
    }
}
