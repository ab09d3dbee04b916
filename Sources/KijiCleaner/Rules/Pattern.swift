import Foundation

/// A case-insensitive regular expression (ICU syntax) loaded from a rules file, with the few
/// queries the cleaner needs. `NSRegularExpression` is immutable and safe to share.
struct Pattern: @unchecked Sendable {
    let name: String
    private let regex: NSRegularExpression

    init(_ source: String, name: String? = nil, caseSensitive: Bool = false) throws {
        self.name = name ?? source
        do {
            regex = try NSRegularExpression(pattern: source, options: caseSensitive ? [] : [.caseInsensitive])
        } catch {
            throw CleanerRulesError("rule \(self.name): invalid regular expression '\(source)'")
        }
    }

    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The range of the first match in `text`.
    func firstRange(in text: String) -> Range<String.Index>? {
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return Range(match.range, in: text)
    }

    /// The text of capture group `group` of the first match.
    func firstCapture(in text: String, group: Int = 1) -> String? {
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              group < match.numberOfRanges,
              let range = Range(match.range(at: group), in: text) else { return nil }
        return String(text[range])
    }

    /// Every match's capture groups (a missing group is nil), in order.
    func allCaptures(in text: String) -> [[String?]] {
        regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
        }
    }

    /// `text` with every match replaced by `template` ($1 names a group).
    func replacing(in text: String, with template: String) -> String {
        regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}

/// A rules file that cannot be used: names the file and the entry.
struct CleanerRulesError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
