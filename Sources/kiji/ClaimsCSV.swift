import KijiCore
import KijiReport
import KijiStore

extension ClaimsReportFormat {
    static let csvHeader = ["cluster", "attribute", "documents", "agreement", "document", "value", "kind",
                            "number", "unit", "normalized", "source", "text"]

    /// One row per claim of each cluster, RFC 4180: comma-separated, CRLF line ends, a field
    /// holding a comma, quotation mark or line break quoted with its quotation marks doubled.
    static func csv(_ reports: [ClusterReport]) -> String {
        var rows = [csvHeader]
        for report in reports {
            for member in report.members {
                let value = member.value
                rows.append([report.cluster, report.attribute, String(report.documentCount), report.agreement.rawValue,
                             member.document, value.map(format) ?? "", value?.kind.rawValue ?? "",
                             value?.value.map(ValueText.number) ?? "", value?.unit ?? "", value?.normalized ?? "",
                             member.source ?? "", member.text])
            }
        }
        return rows.map { $0.map(csvField).joined(separator: ",") + "\r\n" }.joined()
    }

    static func csvField(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
