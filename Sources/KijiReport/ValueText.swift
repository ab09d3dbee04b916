import Foundation
import KijiCore

/// A claim's or number's value as a reader writes it: "25%", "USD 1.27tn", "2025-07-09", "90 day".
public enum ValueText {
    public static func of(_ value: NumberValue) -> String {
        switch value.kind {
        case .date, .time, .duration:
            return value.normalized ?? "unresolved \(value.kind.rawValue.lowercased())"
        case .percent:
            return value.value.map { "\(number($0))%" } ?? "?"
        case .money:
            return value.value.map { "\(value.unit ?? "") \(scaled($0))".trimmingCharacters(in: .whitespaces) } ?? "?"
        default:
            return value.value.map { number($0) + (value.unit.map { " \($0)" } ?? "") } ?? "?"
        }
    }

    public static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(format: "%.4g", value)
    }

    static func scaled(_ value: Double) -> String {
        let scales: [(Double, String)] = [(1e12, "tn"), (1e9, "bn"), (1e6, "m")]
        for (scale, suffix) in scales where abs(value) >= scale { return String(format: "%.3g", value / scale) + suffix }
        return number(value)
    }
}
