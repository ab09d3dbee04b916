import Foundation
import KijiCleaner
import KijiCore

/// The article-extraction benchmark of the peer suites (`article_extraction/`: `index.tsv`,
/// `html/<id>.html`, `truth/<id>.txt`): runs the cleaner on every page and compares its text
/// with the true body text as multisets of tokens (`TextFolding.tokens`).
public enum ExtractionEvaluation {
    public struct Page: Sendable {
        public var id: String
        public var url: String
        /// Tokens in both texts (multiset intersection), in the prediction, in the truth.
        public var matched: Int
        public var predicted: Int
        public var truth: Int
        /// Why the cleaner failed on the page, if it did (it then counts as predicting nothing).
        public var error: String?

        public var precision: Double { predicted == 0 ? (truth == 0 ? 1 : 0) : Double(matched) / Double(predicted) }
        public var recall: Double { truth == 0 ? (predicted == 0 ? 1 : 0) : Double(matched) / Double(truth) }
        public var f1: Double { ExtractionEvaluation.f1(precision, recall) }
    }

    public struct Report: Sendable {
        public var pages: [Page]
        /// Seconds spent cleaning (reading files excluded).
        public var seconds: Double

        public var microPrecision: Double {
            let predicted = pages.reduce(0) { $0 + $1.predicted }
            return predicted == 0 ? 0 : Double(pages.reduce(0) { $0 + $1.matched }) / Double(predicted)
        }
        public var microRecall: Double {
            let truth = pages.reduce(0) { $0 + $1.truth }
            return truth == 0 ? 0 : Double(pages.reduce(0) { $0 + $1.matched }) / Double(truth)
        }
        public var microF1: Double { ExtractionEvaluation.f1(microPrecision, microRecall) }
        public var meanF1: Double { pages.isEmpty ? 0 : pages.reduce(0) { $0 + $1.f1 } / Double(pages.count) }
        public var pagesPerSecond: Double { seconds > 0 ? Double(pages.count) / seconds : 0 }

        /// The `count` pages with the lowest F1, worst first.
        public func worst(_ count: Int) -> [Page] {
            Array(pages.sorted { ($0.f1, $0.id) < ($1.f1, $1.id) }.prefix(count))
        }
    }

    public struct SuiteError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs the benchmark found in `directory` (the `article_extraction` folder).
    public static func run(directory: String) throws -> Report {
        let folder = URL(fileURLWithPath: directory)
        let indexURL = folder.appendingPathComponent("index.tsv")
        guard let index = try? String(contentsOf: indexURL, encoding: .utf8) else {
            throw SuiteError(description: "cannot read \(indexURL.path): is --peers the folder of the peer suites?")
        }
        let cleaner = try Cleaner()
        var pages: [Page] = []
        var seconds = 0.0
        for line in index.split(whereSeparator: \.isNewline).dropFirst() {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let id = columns.first, !id.isEmpty else { continue }
            let url = columns.count > 1 ? columns[1] : ""
            let htmlURL = folder.appendingPathComponent("html/\(id).html")
            let truthURL = folder.appendingPathComponent("truth/\(id).txt")
            guard let htmlData = try? Data(contentsOf: htmlURL),
                  let truth = try? String(contentsOf: truthURL, encoding: .utf8) else {
                throw SuiteError(description: "page \(id): missing \(htmlURL.lastPathComponent) or \(truthURL.lastPathComponent)")
            }
            let html = String(decoding: htmlData, as: UTF8.self)
            var document = Document(id: id, source: .html(html))
            var error: String?
            let started = Date()
            do { try cleaner.annotate(&document) } catch let failure { error = "\(failure)" }
            seconds += Date().timeIntervalSince(started)
            let counts = tokenCounts(predicted: error == nil ? document.text.string : "", truth: truth)
            pages.append(Page(id: id, url: url, matched: counts.matched, predicted: counts.predicted,
                              truth: counts.truth, error: error))
        }
        guard !pages.isEmpty else { throw SuiteError(description: "\(indexURL.path) lists no pages") }
        return Report(pages: pages, seconds: seconds)
    }

    /// Tokens shared by the two texts as multisets, and the totals of each.
    public static func tokenCounts(predicted: String, truth: String) -> (matched: Int, predicted: Int, truth: Int) {
        let predictedTokens = TextFolding.tokens(predicted)
        let truthTokens = TextFolding.tokens(truth)
        var remaining: [String: Int] = [:]
        for token in truthTokens { remaining[token, default: 0] += 1 }
        var matched = 0
        for token in predictedTokens where (remaining[token] ?? 0) > 0 {
            remaining[token]! -= 1
            matched += 1
        }
        return (matched, predictedTokens.count, truthTokens.count)
    }

    static func f1(_ precision: Double, _ recall: Double) -> Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}
