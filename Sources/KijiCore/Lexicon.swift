import Foundation

/// Rules and word lists kept as data files in a module's resources: one entry a line, `#`
/// starts a comment, blank lines are skipped; a tab separates the columns of a table.
public enum Lexicon {
    public struct LoadError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The entries of `name` (a file name with extension) in `bundle`. Throws when the file is
    /// missing or holds no entry, so a broken resource fails loudly when the stage is built.
    public static func lines(_ name: String, in bundle: Bundle) throws -> [String] {
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        guard let url = bundle.url(forResource: base, withExtension: ext),
              let content = try? String(contentsOf: url, encoding: .utf8) else {
            throw LoadError(description: "lexicon \(name) is missing from \(bundle.bundlePath)")
        }
        let entries = content.split(whereSeparator: \.isNewline).compactMap { line -> String? in
            let body = line.hasPrefix("#") ? "" : String(line)
            let trimmed = body.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
        guard !entries.isEmpty else { throw LoadError(description: "lexicon \(name) has no entries") }
        return entries
    }

    /// The entries of `name` as a set of lines.
    public static func set(_ name: String, in bundle: Bundle) throws -> Set<String> {
        Set(try lines(name, in: bundle))
    }

    /// Rows of a tab-separated table; each row must have at least `columns` columns.
    public static func table(_ name: String, in bundle: Bundle, columns: Int) throws -> [[String]] {
        try lines(name, in: bundle).enumerated().map { index, line in
            let row = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard row.count >= columns else {
                throw LoadError(description: "lexicon \(name), entry \(index + 1): expected \(columns) tab-separated columns in '\(line)'")
            }
            return row
        }
    }
}
