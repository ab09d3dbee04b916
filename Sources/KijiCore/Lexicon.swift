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
        try rows(name, in: bundle).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The entries of `name` as UTF-8 byte slices, read without Foundation's string machinery
    /// (lexicons are loaded at every start: this is most of the startup's cost otherwise).
    private static func rows(_ name: String, in bundle: Bundle) throws -> [ArraySlice<UInt8>] {
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        guard let url = bundle.url(forResource: base, withExtension: ext),
              let data = try? Data(contentsOf: url) else {
            throw LoadError(description: "lexicon \(name) is missing from \(bundle.bundlePath)")
        }
        let bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw LoadError(description: "lexicon \(name) is not UTF-8")
        }
        var entries: [ArraySlice<UInt8>] = []
        for line in bytes.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) where line.first != UInt8(ascii: "#") {
            let trimmed = trimmingSpaces(line)
            if !trimmed.isEmpty { entries.append(trimmed) }
        }
        guard !entries.isEmpty else { throw LoadError(description: "lexicon \(name) has no entries") }
        return entries
    }

    /// `bytes` without spaces and tabs at either end.
    private static func trimmingSpaces(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 { slice.removeFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice.removeLast() }
        return slice
    }

    /// The entries of `name` as a set of lines.
    public static func set(_ name: String, in bundle: Bundle) throws -> Set<String> {
        Set(try lines(name, in: bundle))
    }

    /// Rows of a tab-separated table; each row must have at least `columns` columns.
    public static func table(_ name: String, in bundle: Bundle, columns: Int) throws -> [[String]] {
        try rows(name, in: bundle).enumerated().map { index, line in
            let row = line.split(separator: 0x09, omittingEmptySubsequences: false)
                .map { String(decoding: trimmingSpaces($0), as: UTF8.self) }
            guard row.count >= columns else {
                throw LoadError(description: "lexicon \(name), entry \(index + 1): expected \(columns) tab-separated columns in '\(String(decoding: line, as: UTF8.self))'")
            }
            return row
        }
    }
}
