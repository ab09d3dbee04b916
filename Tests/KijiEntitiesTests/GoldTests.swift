import Foundation
import KijiCore
import Testing
@testable import KijiEntities

/// The recognizer and the resolver over the gold articles with their gold text and sentences,
/// scored as SCORING.md does (normalized text and type; canonicals as folded tokens, a trailing
/// corporate suffix dropped). Floors, raised when the score rises, never lowered silently.
@Test func goldFloors() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let gold = root.appendingPathComponent("gold")
    guard let files = try? FileManager.default.contentsOfDirectory(at: gold, includingPropertiesForKeys: nil)
        .filter({ $0.pathExtension == "json" }).sorted(by: { $0.lastPathComponent < $1.lastPathComponent }),
        !files.isEmpty else { return }
    let recognizer = try EntityRecognizer()
    let resolver = CanonicalResolver()
    var matched = 0, predicted = 0, expected = 0, sameCanonical = 0
    for file in files {
        let annotated = try AnnotatedDocument.parse(Data(contentsOf: file))
        var document = annotated.document
        document.entities = []
        document.tokens = try WordTokenizer.tokens(of: document.text)
        try recognizer.annotate(&document)
        try resolver.annotate(&document)
        var pool = annotated.entities
        predicted += document.entities.count
        expected += pool.count
        for entity in document.entities {
            let key = TextFolding.normalize(entity.text)
            guard let hit = pool.firstIndex(where: { TextFolding.normalize($0.text) == key && $0.type == entity.type }) else { continue }
            matched += 1
            if canonicalTokens(pool[hit].canonical) == canonicalTokens(entity.canonical) { sameCanonical += 1 }
            pool.remove(at: hit)
        }
    }
    let precision = Double(matched) / Double(max(predicted, 1)), recall = Double(matched) / Double(max(expected, 1))
    let f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    let canonicalAccuracy = Double(sameCanonical) / Double(max(matched, 1))
    print("gold entities with resolver: F1 \(f1), canonical accuracy \(canonicalAccuracy) (\(sameCanonical)/\(matched))")
    #expect(f1 >= 0.97, "entity F1 \(f1)")
    #expect(canonicalAccuracy >= 0.98, "canonical accuracy \(canonicalAccuracy)")
}

private func canonicalTokens(_ canonical: String) -> [String] {
    var tokens = TextFolding.tokens(canonical)
    let suffixes: Set<String> = ["corporation", "corp", "inc", "co", "ltd", "llc", "plc", "group", "holdings"]
    if tokens.count > 1, let last = tokens.last, suffixes.contains(last) { tokens.removeLast() }
    return tokens
}
