import Foundation
import KijiCore

/// Scores the entity stage on the CoNLL-2003 half of the peer suites (`ner_conll/`: `input.jsonl`
/// of `{id, text}`, `gold.jsonl` of `{id, entities: [{start, end, text, type}]}`), the way its
/// `score.py` does: exact-span micro P/R/F1, untyped and typed, with Kiji's OntoNotes types mapped
/// onto CoNLL's four (PERSON→PER; ORG→ORG; GPE, LOC, FAC→LOC; NORP, EVENT, PRODUCT,
/// WORK_OF_ART, LAW, LANGUAGE→MISC).
public enum NerEvaluation {
    /// CoNLL's type for a Kiji type.
    public static func conllType(_ type: EntityType) -> String {
        switch type {
        case .person: return "PER"
        case .org: return "ORG"
        case .gpe, .loc, .fac: return "LOC"
        default: return "MISC"
        }
    }

    public static let types = ["PER", "ORG", "LOC", "MISC"]

    public struct Item: Hashable, Sendable, Decodable {
        public var start: Int
        public var end: Int
        public var type: String
        public var text: String?
    }

    public struct Document: Sendable {
        public var id: String
        public var text: String
        public var gold: [Item]
    }

    /// True positives, predictions and gold items of one figure.
    public struct Tally: Sendable {
        public var matched = 0
        public var predicted = 0
        public var gold = 0

        public init() {}

        public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        mutating func add(gold: Set<Item>, predicted: Set<Item>) {
            matched += gold.intersection(predicted).count
            self.predicted += predicted.count
            self.gold += gold.count
        }
    }

    /// One difference between the prediction and the gold: a missed, spurious or mistyped span.
    public struct Difference: Sendable {
        public var id: String
        public var gold: Item?
        public var predicted: Item?
    }

    public struct Report: Sendable {
        public var documents = 0
        public var untyped = Tally()
        public var typed = Tally()
        public var byType: [String: Tally] = [:]
        public var differences: [Difference] = []
    }

    /// Which documents to score: all, or every other one by position in the file (the first,
    /// third, … are `even`: positions 0, 2, …). The folder's ids are all even already (it is the
    /// even half of the test set), so positions, not ids, split it in two.
    public enum Half: String, Sendable, CaseIterable {
        case all, even, odd

        func holds(position: Int) -> Bool {
            switch self {
            case .all: return true
            case .even: return position % 2 == 0
            case .odd: return position % 2 == 1
            }
        }
    }

    private struct InputLine: Decodable { var id: String; var text: String }
    private struct GoldLine: Decodable { var id: String; var entities: [Item] }

    /// The documents of `peers`/ner_conll, each with its gold entities.
    public static func loadDocuments(peers: String, half: Half = .all) throws -> [Document] {
        let folder = (peers as NSString).appendingPathComponent("ner_conll")
        let inputs: [InputLine] = try jsonLines(folder + "/input.jsonl")
        let gold: [GoldLine] = try jsonLines(folder + "/gold.jsonl")
        let goldByID = Dictionary(gold.map { ($0.id, $0.entities) }, uniquingKeysWith: { first, _ in first })
        return inputs.enumerated().filter { half.holds(position: $0.offset) }.map(\.element).map { Document(id: $0.id, text: $0.text, gold: goldByID[$0.id] ?? []) }
    }

    private static func jsonLines<T: Decodable>(_ path: String) throws -> [T] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StageError("cannot read \(path): give the folder of the peer suites with --peers")
        }
        let decoder = JSONDecoder()
        var items: [T] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
            do { items.append(try decoder.decode(T.self, from: Data(line))) } catch {
                throw StageError("\(path):\(number + 1): \(error)")
            }
        }
        return items
    }

    /// Runs the sentence and entity stages (and the cross-document resolver) over `documents`, in
    /// order, and scores them; documents that fail count as predicting nothing, their errors listed.
    public static func run(_ documents: [Document], jobs: Int = 2) throws -> (report: Report, errors: [String]) {
        let runner = try StageCatalog.runner(stages: ["sentences", "entities"], options: RunOptions(), jobs: jobs)
        let inputs = documents.map { document in
            InputItem(id: document.id, content: .document(KijiCore.Document(id: document.id, source: .plainText(document.text))),
                      byteCount: document.text.utf8.count)
        }
        var predicted: [String: [Entity]] = [:]
        var errors: [String] = []
        runner.run(inputs) { record in
            if let document = record.document { predicted[record.id] = document.entities }
            if let error = record.error { errors.append("\(record.id): \(error)") }
        }
        return (score(documents, predicted: predicted), errors)
    }

    /// Scores the annotated documents (`predicted`, by id) against `documents`' gold.
    public static func score(_ documents: [Document], predicted: [String: [Entity]]) -> Report {
        var report = Report()
        for document in documents {
            report.documents += 1
            let gold = Set(document.gold.map { Item(start: $0.start, end: $0.end, type: $0.type) })
            let found = Set((predicted[document.id] ?? []).map { Item(start: $0.start, end: $0.end, type: conllType($0.type)) })
            let untypedGold = Set(gold.map { Item(start: $0.start, end: $0.end, type: "") })
            let untypedFound = Set(found.map { Item(start: $0.start, end: $0.end, type: "") })
            report.untyped.add(gold: untypedGold, predicted: untypedFound)
            report.typed.add(gold: gold, predicted: found)
            for type in types {
                report.byType[type, default: Tally()].add(gold: gold.filter { $0.type == type },
                                                          predicted: found.filter { $0.type == type })
            }
            report.differences += differences(id: document.id, text: document.text, gold: gold, found: found)
        }
        return report
    }

    /// Gold items not predicted as they are, paired with the prediction of the same span when one
    /// has another type; then predictions no gold item has.
    private static func differences(id: String, text: String, gold: Set<Item>, found: Set<Item>) -> [Difference] {
        let scalars = Array(text.unicodeScalars)
        func named(_ item: Item) -> Item {
            var item = item
            let start = max(0, min(item.start, scalars.count)), end = max(start, min(item.end, scalars.count))
            item.text = String(String.UnicodeScalarView(scalars[start..<end]))
            return item
        }
        let foundBySpan = Dictionary(found.map { ("\($0.start):\($0.end)", $0) }, uniquingKeysWith: { first, _ in first })
        var result: [Difference] = []
        var paired: Set<String> = []
        for item in gold.sorted(by: { $0.start < $1.start }) where !found.contains(item) {
            let span = "\(item.start):\(item.end)"
            let other = foundBySpan[span]
            if other != nil { paired.insert(span) }
            result.append(Difference(id: id, gold: named(item), predicted: other.map(named)))
        }
        let goldSpans = Set(gold.map { "\($0.start):\($0.end)" })
        for item in found.sorted(by: { $0.start < $1.start }) where !gold.contains(item) && !goldSpans.contains("\(item.start):\(item.end)") {
            result.append(Difference(id: id, gold: nil, predicted: named(item)))
        }
        return result
    }
}
