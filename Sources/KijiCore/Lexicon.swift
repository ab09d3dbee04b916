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
        let bytes = try contents(name, in: bundle)
        return try bytes.withUnsafeBufferPointer { buffer in
            try entries(buffer, name: name).map { string(buffer, $0) }
        }
    }

    /// The entries of `name` as a set of lines.
    public static func set(_ name: String, in bundle: Bundle) throws -> Set<String> {
        Set(try lines(name, in: bundle))
    }

    /// Rows of a tab-separated table; each row must have at least `columns` columns.
    public static func table(_ name: String, in bundle: Bundle, columns: Int) throws -> [[String]] {
        let bytes = try contents(name, in: bundle)
        return try bytes.withUnsafeBufferPointer { buffer in
            let lines = try entries(buffer, name: name)
            var rows: [[String]] = []
            rows.reserveCapacity(lines.count)
            for (index, line) in lines.enumerated() {
                var row: [String] = []
                row.reserveCapacity(columns)
                var start = line.lowerBound
                for position in line where buffer[position] == 0x09 {
                    row.append(string(buffer, trimmingSpaces(buffer, start..<position)))
                    start = position + 1
                }
                row.append(string(buffer, trimmingSpaces(buffer, start..<line.upperBound)))
                guard row.count >= columns else {
                    throw LoadError(description: "lexicon \(name), entry \(index + 1): expected \(columns) tab-separated columns in '\(string(buffer, line))'")
                }
                rows.append(row)
            }
            return rows
        }
    }

    /// The bytes of `name`, checked to be UTF-8.
    private static func contents(_ name: String, in bundle: Bundle) throws -> [UInt8] {
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
        return bytes
    }

    /// The byte ranges of the entries: lines split at LF or CR, trimmed of spaces and tabs,
    /// without comments and blank lines. Read by index, without Foundation's string machinery
    /// or generic splitting (lexicons are loaded at every start).
    private static func entries(_ bytes: UnsafeBufferPointer<UInt8>, name: String) throws -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        func close(_ end: Int) {
            if start < end, bytes[start] != UInt8(ascii: "#") {
                let trimmed = trimmingSpaces(bytes, start..<end)
                if !trimmed.isEmpty { ranges.append(trimmed) }
            }
        }
        for position in 0..<bytes.count where bytes[position] == 0x0A || bytes[position] == 0x0D {
            close(position)
            start = position + 1
        }
        close(bytes.count)
        guard !ranges.isEmpty else { throw LoadError(description: "lexicon \(name) has no entries") }
        return ranges
    }

    /// `range` without spaces and tabs at either end.
    private static func trimmingSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        return lower..<upper
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
