import Foundation
import KijiCore

/// Reads gold folders and prediction files for scoring, failing with the file (and line) at fault.
public enum ScoreFiles {
    public struct Malformed: Error, CustomStringConvertible {
        public let description: String
    }

    /// Every `*.json` in `folder`, sorted by name.
    public static func gold(folder: String) throws -> [AnnotatedDocument] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw Malformed(description: "cannot read gold folder \(folder): \(error.localizedDescription)")
        }
        guard !names.isEmpty else { throw Malformed(description: "gold folder \(folder) holds no .json file") }
        return try names.map { name in
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else { throw Malformed(description: "cannot read \(path)") }
            do {
                return try AnnotatedDocument.parse(data)
            } catch {
                throw Malformed(description: "\(path) is not an annotated document (ANNOTATION.md): \(describe(error))")
            }
        }
    }

    /// The documents of a JSONL export; blank lines are skipped.
    public static func predictions(path: String) throws -> [AnnotatedDocument] {
        guard let data = FileManager.default.contents(atPath: path) else { throw Malformed(description: "cannot read \(path)") }
        var documents: [AnnotatedDocument] = []
        for (number, line) in data.split(separator: 10, omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) else { continue }
            do {
                documents.append(try AnnotatedDocument.parse(Data(line)))
            } catch {
                throw Malformed(description: "\(path), line \(number + 1): not an annotated document: \(describe(error))")
            }
        }
        return documents
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\" at \(path(context))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "\(context.debugDescription) at \(path(context))"
        case DecodingError.dataCorrupted(let context):
            return context.debugDescription
        default:
            return "\(error)"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? "top level" : path
    }
}
