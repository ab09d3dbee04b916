import ArgumentParser
import Foundation
import KijiCore
import KijiReport
import KijiStore

struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List the claim clusters of a store that span several documents: their values, sources, and whether they agree."
    )

    @OptionGroup var storeOptions: ExistingStoreOptions

    @Flag(name: .long, help: "Only clusters whose values conflict.")
    var conflicts = false

    @Flag(name: .long, help: "JSON (one array) instead of a table.")
    var json = false

    @Flag(name: .long, help: "CSV for spreadsheets (RFC 4180, one row per claim) instead of a table.")
    var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("--json and --csv exclude each other: choose one format") }
    }

    func run() throws {
        var reports = try storeOptions.open().crossDocumentClusters()
        if conflicts { reports = reports.filter { $0.agreement == .conflict } }
        let output = json ? ClaimsReportFormat.json(reports)
            : csv ? ClaimsReportFormat.csv(reports) : ClaimsReportFormat.table(reports)
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// How `kiji claims` shows clusters: a table read at a glance, or JSON.
enum ClaimsReportFormat {
    static func table(_ reports: [ClusterReport]) -> String {
        guard !reports.isEmpty else { return "No claim cluster spans several documents.\n" }
        let header = ["CLUSTER", "DOCS", "AGREE", "VALUES", "SOURCES"]
        let rows = reports.map { report in
            [report.cluster, String(report.documentCount), agreementLabel(report.agreement),
             values(report), report.sources.isEmpty ? "-" : report.sources.joined(separator: "; ")]
        }
        let widths = header.indices.map { column in min(48, ([header] + rows).map { $0[column].count }.max() ?? 0) }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let clipped = cell.count > widths[column] ? String(cell.prefix(widths[column] - 1)) + "…" : cell
                return column == cells.count - 1 ? clipped : clipped.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        let conflicts = reports.filter { $0.agreement == .conflict }.count
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
            + "\n\n\(reports.count) clusters across documents, \(conflicts) with conflicting values.\n"
    }

    static func agreementLabel(_ agreement: ClusterReport.Agreement) -> String {
        switch agreement {
        case .agree: return "yes"
        case .conflict: return "CONFLICT"
        case .unknown: return "-"
        }
    }

    /// The distinct values with how many documents give each: "2025-07-08 (1); 2025-07-09 (1)".
    static func values(_ report: ClusterReport) -> String {
        var counts: [String: Set<String>] = [:]
        var order: [String] = []
        for member in report.members {
            guard let value = member.value else { continue }
            let label = format(value)
            if counts[label] == nil { order.append(label) }
            counts[label, default: []].insert(member.document)
        }
        guard !order.isEmpty else { return "(position)" }
        return order.map { "\($0) (\(counts[$0]!.count))" }.joined(separator: "; ")
    }

    static func format(_ value: NumberValue) -> String { ValueText.of(value) }

    static func json(_ reports: [ClusterReport]) -> String {
        var writer = JSONWriter()
        writer.beginArray()
        for report in reports {
            writer.beginObject()
            writer.key("cluster"); writer.string(report.cluster)
            writer.key("attribute"); writer.string(report.attribute)
            writer.key("documents"); writer.number(report.documentCount)
            writer.key("agreement"); writer.string(report.agreement.rawValue)
            writer.key("claims"); writer.beginArray()
            for member in report.members {
                writer.beginObject()
                writer.key("document"); writer.string(member.document)
                writer.key("text"); writer.string(member.text)
                writer.key("value")
                if let value = member.value {
                    writer.beginObject()
                    writer.key("kind"); writer.string(value.kind.rawValue)
                    writer.key("value"); writer.number(value.value)
                    writer.key("unit"); writer.string(value.unit)
                    writer.key("normalized"); writer.string(value.normalized)
                    writer.endObject()
                } else {
                    writer.null()
                }
                writer.key("source"); writer.string(member.source)
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        return String(decoding: writer.output, as: UTF8.self) + "\n"
    }
}
