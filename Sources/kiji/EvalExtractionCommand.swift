import ArgumentParser
import Foundation
import KijiPipeline

struct EvalExtractionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Score the article-extraction benchmark (token F1 of body text)."
    )

    @Option(name: .long, help: "Folder of the peer suites.")
    var peers: String = defaultPeersPath

    @Option(name: .long, help: "How many of the worst pages to list.")
    var worst = 10

    func run() throws {
        let directory = (peers as NSString).appendingPathComponent("article_extraction")
        let report: ExtractionEvaluation.Report
        do {
            report = try ExtractionEvaluation.run(directory: directory)
        } catch let error as ExtractionEvaluation.SuiteError {
            throw ValidationError(error.description)
        }
        print("article extraction: \(report.pages.count) pages")
        print(String(format: "micro  P %.3f  R %.3f  F1 %.3f", report.microPrecision, report.microRecall, report.microF1))
        print(String(format: "mean per-page F1 %.3f", report.meanF1))
        print(String(format: "%.1f pages/s (%.2f s cleaning)", report.pagesPerSecond, report.seconds))
        let failures = report.pages.filter { $0.error != nil }
        if !failures.isEmpty { print("errors: \(failures.count)") }
        print("worst pages:")
        for page in report.worst(worst) {
            var line = String(format: "  F1 %.3f  P %.3f  R %.3f  %@  %@", page.f1, page.precision, page.recall,
                              String(page.id.prefix(12)), page.url)
            if let error = page.error { line += "  error: \(error)" }
            print(line)
        }
    }
}
