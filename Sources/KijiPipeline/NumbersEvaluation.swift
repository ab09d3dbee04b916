import Foundation
import KijiCore
import KijiNumbers

/// Runs the number recognizer on Recognizers-Text's English specs (`numbers_en.json` in the peer
/// folder): each input is a document with no metadata and no entities.
///
/// A case is exactly right when every expected result is found — same span, value within 0.5%
/// (both null counts as equal), the kind of the spec's model, and the unit when the spec names
/// an ISO 4217 code ("USD"; its "Dollar", "Cent", "Pound" are names, not codes, and are not
/// compared) — and no other span of the kinds the model covers is reported:
/// - NumberModel: plain numbers, i.e. CARDINAL mentions plus the bare number inside MONEY,
///   PERCENT and DURATION mentions ("10000" in "$10000", "3" in "3 years"), which the model also
///   reports; ORDINAL, DATE, TIME and QUANTITY are other models.
/// - PercentModel: PERCENT. OrdinalModel: ORDINAL. CurrencyModel: MONEY.
public enum NumbersEvaluation {
    public struct Case: Decodable, Sendable {
        public var source: String
        public var input: String
        public var results: [Expected]
    }

    public struct Expected: Decodable, Sendable {
        public var text: String
        public var kind: String
        public var value: Double?
        public var unit: String?
        public var start: Int
        public var end: Int
    }

    public struct Failure: Sendable {
        public var index: Int
        public var source: String
        public var input: String
        /// Expected results not found, as "text=value unit".
        public var missing: [String]
        /// Reported spans the spec does not hold.
        public var extra: [String]
    }

    public struct Report: Sendable {
        public var total = 0
        public var correct = 0
        /// Source model → (correct, total), sorted by name when printed.
        public var bySource: [String: (correct: Int, total: Int)] = [:]
        public var failures: [Failure] = []

        public var percent: Double { total == 0 ? 0 : 100 * Double(correct) / Double(total) }
    }

    /// The cases of `peers`/numbers_en.json.
    public static func loadCases(peers: String) throws -> [Case] {
        let path = (peers as NSString).appendingPathComponent("numbers_en.json")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StageError("cannot read \(path): give the folder of the peer suites with --peers")
        }
        do {
            return try JSONDecoder().decode([Case].self, from: data)
        } catch {
            throw StageError("\(path) is not a list of {source, input, results}: \(error)")
        }
    }

    public static func run(_ cases: [Case], recognizer: NumberRecognizer) -> Report {
        var report = Report()
        for (index, peerCase) in cases.enumerated() {
            var document = Document(id: "peer-\(index)", source: .plainText(peerCase.input), text: peerCase.input)
            document.sentences = [document.text.span(0, document.text.count)]
            let reported = comparable(recognizer.recognize(document), source: peerCase.source)
            let expected = peerCase.results
            var missing: [String] = []
            for want in expected where !reported.contains(where: { matches($0, want) }) {
                missing.append(describe(want.text, want.value, want.unit))
            }
            let extra = reported.filter { got in !expected.contains { $0.start == got.start && $0.end == got.end } }
                .map { describe($0.text, $0.value, $0.unit) }
            let right = missing.isEmpty && extra.isEmpty
            report.total += 1
            var tally = report.bySource[peerCase.source] ?? (0, 0)
            tally.total += 1
            if right {
                report.correct += 1
                tally.correct += 1
            } else {
                report.failures.append(Failure(index: index, source: peerCase.source, input: peerCase.input, missing: missing, extra: extra))
            }
            report.bySource[peerCase.source] = tally
        }
        return report
    }

    /// Our mentions that the source model would report.
    static func comparable(_ recognized: [NumberRecognizer.Recognized], source: String) -> [NumberMention] {
        switch source {
        case "NumberModel":
            return recognized.compactMap { item in
                switch item.mention.kind {
                case .cardinal: return item.mention
                case .money, .percent, .duration: return item.core
                default: return nil
                }
            }
        case "PercentModel": return recognized.map(\.mention).filter { $0.kind == .percent }
        case "OrdinalModel": return recognized.map(\.mention).filter { $0.kind == .ordinal }
        case "CurrencyModel": return recognized.map(\.mention).filter { $0.kind == .money }
        default: return []
        }
    }

    static func matches(_ got: NumberMention, _ want: Expected) -> Bool {
        guard got.start == want.start, got.end == want.end else { return false }
        switch (got.value, want.value) {
        case (nil, nil): break
        case (let a?, let b?):
            guard abs(a - b) <= 0.005 * max(abs(b), 1e-12) else { return false }
        default: return false
        }
        if let unit = want.unit, isISOCode(unit), got.unit != unit { return false }
        return true
    }

    static func isISOCode(_ unit: String) -> Bool {
        unit.count == 3 && unit.unicodeScalars.allSatisfy { $0.value >= 65 && $0.value <= 90 }
    }

    static func describe(_ text: String, _ value: Double?, _ unit: String?) -> String {
        "'\(text)'=\(value.map { String($0) } ?? "null")\(unit.map { " " + $0 } ?? "")"
    }
}
