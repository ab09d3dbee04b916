import KijiCore

/// Whether two claim values say the same thing (SCORING.md): numbers of one kind and unit agree
/// within 0.5%; a date agrees with a date that contains it ("2025-07" holds "2025-07-09", "2025-SU"
/// holds June to August, "XXXX-07-20" fits July 20 of any year). A missing value is unknown.
public enum ValueAgreement: Int, Sendable, Comparable {
    case conflict = 0, unknown = 1, compatible = 2, equal = 3

    public static func < (lhs: ValueAgreement, rhs: ValueAgreement) -> Bool { lhs.rawValue < rhs.rawValue }

    public static func of(_ a: NumberValue?, _ b: NumberValue?) -> ValueAgreement {
        guard let a, let b else { return .unknown }
        if a.kind == .date || a.kind == .time || b.kind == .date || b.kind == .time {
            guard a.kind == b.kind, let x = a.normalized.flatMap(DateExtent.init), let y = b.normalized.flatMap(DateExtent.init) else {
                return .unknown
            }
            if a.normalized == b.normalized || x.sameTime(y) { return .equal }
            return x.contains(y) || y.contains(x) ? .compatible : .conflict
        }
        guard a.kind == b.kind, a.unit == b.unit, let x = a.value, let y = b.value else { return .unknown }
        let scale = max(abs(x), abs(y))
        return abs(x - y) <= 0.005 * scale ? .equal : .conflict
    }
}

/// The stretch of time a TIMEX3-style date names: a year (or any year), a set of months, a day.
struct DateExtent {
    var year: Int?
    var months: Set<Int>
    var day: Int?

    init?(_ text: String) {
        let parts = text.split(separator: "-").map(String.init)
        guard let first = parts.first, first.count == 4 else { return nil }
        if first == "XXXX" { year = nil } else if let value = Int(first) { year = value } else { return nil }
        months = Set(1...12)
        day = nil
        if parts.count >= 2 {
            switch parts[1] {
            case "SP": months = [3, 4, 5]
            case "SU": months = [6, 7, 8]
            case "FA": months = [9, 10, 11]
            case "WI": months = [12, 1, 2]
            case let month where Int(month).map({ (1...12).contains($0) }) == true: months = [Int(month)!]
            default: return nil
            }
        }
        if parts.count >= 3 {
            guard let value = Int(parts[2]) else { return nil }
            day = value
        }
    }

    /// The same months and day, one year unknown ("XXXX-05" and "2025-05").
    func sameTime(_ other: DateExtent) -> Bool {
        months == other.months && day == other.day && (year == nil || other.year == nil || year == other.year)
    }

    /// Whether every day of `other` lies in this extent.
    func contains(_ other: DateExtent) -> Bool {
        if let year, let otherYear = other.year, year != otherYear { return false }
        guard other.months.isSubset(of: months) else { return false }
        if let day { return other.day == day }
        return true
    }
}
