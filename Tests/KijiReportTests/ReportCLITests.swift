import Foundation
import Testing
import KijiTestSupport

/// The commands around the report, run as a user runs them: `report --store`, a malformed input
/// line, `claims --csv`, `--version`.
@Suite struct ReportCLITests {
    @Test func aReportOfTheStoreHasEveryArticleAndItsClusters() throws {
        let corpus = try CorpusRun.shared.get()
        let site = try KijiProgram.temporaryFolder().appendingPathComponent("site")
        let result = try KijiProgram.kiji(["report", "--store", corpus.store.path, "--out", site.path])
        #expect(result.status == 0, "\(result.stderr)")
        let articles = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("articles").path)
        #expect(articles.count == 15)
        let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(DOM.matches(of: #"<tr><td><a href="articles/"#, in: index).count == 15)
        // The store's cross-document clusters are the claims page's clusters.
        let clusters = try KijiProgram.kiji(["claims", "--store", corpus.store.path, "--json"])
        let reported = try JSONSerialization.jsonObject(with: Data(clusters.stdout.utf8)) as? [[String: Any]] ?? []
        let claims = try String(contentsOf: site.appendingPathComponent("claims.html"), encoding: .utf8)
        let shownClusters = DOM.matches(of: #"Cluster <code>([^<]*)</code>"#, in: claims, group: 1).map(DOM.unescape)
        #expect(!reported.isEmpty)
        #expect(Set(shownClusters) == Set(reported.compactMap { $0["cluster"] as? String }))
    }

    @Test func aMalformedLineBecomesAnErrorRowInsteadOfStoppingTheReport() throws {
        let folder = try KijiProgram.temporaryFolder()
        let input = folder.appendingPathComponent("broken.jsonl")
        try Data("{\"id\": \"ok\", \"error\": \"empty input\"}\n{\"id\": 3, \"text\": \n".utf8).write(to: input)
        let result = try KijiProgram.kiji(["report", input.path, "--out", folder.appendingPathComponent("site").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("2 articles (2 not processed"))
        let index = try String(contentsOf: folder.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(index.contains("broken.jsonl line 2"))
    }

    @Test func reportWantsInputsOrAStore() throws {
        let result = try KijiProgram.kiji(["report", "--out", try KijiProgram.temporaryFolder().path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("give INPUT files or --store PATH"))
    }

    @Test func claimsAsCSVHaveOneRowPerClaimOfEachCluster() throws {
        let corpus = try CorpusRun.shared.get()
        let csv = try KijiProgram.kiji(["claims", "--store", corpus.store.path, "--csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let records = CSV.records(csv.stdout)
        #expect(records.first == ["cluster", "attribute", "documents", "agreement", "document", "value", "kind",
                                  "number", "unit", "normalized", "source", "text"])
        let json = try KijiProgram.kiji(["claims", "--store", corpus.store.path, "--json"])
        let clusters = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        let claims = clusters.flatMap { cluster in
            (cluster["claims"] as? [[String: Any]] ?? []).map { (cluster["cluster"] as! String, $0) }
        }
        #expect(records.count - 1 == claims.count)
        for (record, (cluster, claim)) in zip(records.dropFirst(), claims) {
            #expect(record.count == 12)
            #expect(record[0] == cluster)
            #expect(record[4] == claim["document"] as? String)
            #expect(record[11] == claim["text"] as? String)
        }
    }

    @Test func versionIsPrinted() throws {
        let result = try KijiProgram.kiji(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(result.stdout)")
    }
}

/// Reads RFC 4180 CSV (quoted fields, doubled quotation marks, CRLF) into records.
enum CSV {
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",": record.append(field); field = ""
            case "\r": continue
            case "\n": record.append(field); records.append(record); record = []; field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
