import KijiCore

/// Whether two claim values say the same thing (SCORING.md): numbers of one kind and unit agree
/// within 0.5%; a date agrees with a date that contains it ("2025-07" holds "2025-07-09", "2025-SU"
/// holds June to August, "XXXX-07-20" fits July 20 of any year). A missing value is unknown.
public enum ValueAgreement: Int, Sendable, Comparable {
    case conflict = 0, unknown = 1, compatible = 2, equal = 3

    public static func < (lhs: ValueAgreement, rhs: ValueAgreement) -> Bool { lhs.rawValue < rhs.rawValue }

    public static func of(_ a: NumberValue?, _ b: NumberValue?) -> ValueAgreement {
        guard let a, let b else { return .unknown }
        return of(ComparableValue(a), ComparableValue(b))
    }

    /// The agreement of two values whose dates are already parsed (the linker compares one
    /// claim with many cluster values: each is parsed once).
    static func of(_ a: ComparableValue, _ b: ComparableValue) -> ValueAgreement {
        let (p, q) = (a.value, b.value)
        if p.kind == .date || p.kind == .time || q.kind == .date || q.kind == .time {
            guard p.kind == q.kind, let x = a.extent, let y = b.extent else { return .unknown }
            if p.normalized == q.normalized || x.sameTime(y) { return .equal }
            return x.contains(y) || y.contains(x) ? .compatible : .conflict
        }
        guard p.kind == q.kind, p.unit == q.unit, let x = p.value, let y = q.value else { return .unknown }
        let scale = max(abs(x), abs(y))
        return abs(x - y) <= 0.005 * scale ? .equal : .conflict
    }
}

/// A value with its date extent parsed, ready to be compared many times.
struct ComparableValue: Sendable {
    let value: NumberValue
    /// The extent of a date or time value's `normalized`, when it parses.
    let extent: DateExtent?

    init(_ value: NumberValue) {
        self.value = value
        extent = value.kind == .date || value.kind == .time ? value.normalized.flatMap(DateExtent.init) : nil
    }
}

/// The stretch of time a TIMEX3-style date names: a year (or any year), a set of months, a day,
/// or an ISO week ("2025-W21": its seven days, as the scorer reads it).
struct DateExtent: Sendable {
    var year: Int?
    /// Bit `m` set for each month `m` (1...12) of the extent.
    var months: UInt16
    var day: Int?
    /// For a week, its first and last day as month * 100 + day.
    var week: ClosedRange<Int>?

    static let allMonths: UInt16 = 0b1_1111_1111_1110

    init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard let first = parts.first, first.count == 4 else { return nil }
        if first == "XXXX" { year = nil } else if let value = Int(first) { year = value } else { return nil }
        months = Self.allMonths
        day = nil
        week = nil
        if parts.count >= 2 {
            switch parts[1] {
            case "SP": months = Self.mask([3, 4, 5])
            case "SU": months = Self.mask([6, 7, 8])
            case "FA": months = Self.mask([9, 10, 11])
            case "WI": months = Self.mask([12, 1, 2])
            case let part where part.first == "W":
                guard let year, let number = Int(part.dropFirst()), (1...53).contains(number) else { return nil }
                let days = Self.isoWeek(number, of: year)
                week = days
                months = Self.mask(Array((days.lowerBound / 100)...(days.upperBound / 100)))
            case let month:
                guard let value = Int(month), (1...12).contains(value) else { return nil }
                months = 1 << UInt16(value)
            }
        }
        if parts.count >= 3 {
            guard week == nil, let value = Int(parts[2]) else { return nil }
            day = value
        }
    }

    private static func mask(_ months: [Int]) -> UInt16 {
        months.reduce(0) { $0 | 1 << UInt16($1) }
    }

    /// The same months and day (or week), one year unknown ("XXXX-05" and "2025-05").
    func sameTime(_ other: DateExtent) -> Bool {
        months == other.months && day == other.day && week == other.week
            && (year == nil || other.year == nil || year == other.year)
    }

    /// Whether every day of `other` lies in this extent.
    func contains(_ other: DateExtent) -> Bool {
        if let year, let otherYear = other.year, year != otherYear { return false }
        guard other.months & ~months == 0 else { return false }
        if let day { return other.day == day && other.week == nil }
        if let week {
            if let otherWeek = other.week { return week.lowerBound <= otherWeek.lowerBound && otherWeek.upperBound <= week.upperBound }
            guard let otherDay = other.day, let month = Self.singleMonth(other.months) else { return false }
            return week.contains(month * 100 + otherDay)
        }
        return true
    }

    private static func singleMonth(_ months: UInt16) -> Int? {
        months.nonzeroBitCount == 1 ? months.trailingZeroBitCount : nil
    }

    // MARK: ISO weeks (as the scorer computes them: a week that starts in the previous year
    // starts on 1 January, one that ends in the next ends on 31 December)

    private static let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    static func isoWeek(_ week: Int, of year: Int) -> ClosedRange<Int> {
        let y = year - 1
        let januaryFirst = ((1 + 5 * (y % 4) + 4 * (y % 100) + 6 * (y % 400)) % 7 + 6) % 7  // 0 = Monday
        let mondayOfWeekOne = 4 - ((januaryFirst + 3) % 7)
        let first = max(1, mondayOfWeekOne + (week - 1) * 7)
        return monthDay(year: year, dayOfYear: first)...monthDay(year: year, dayOfYear: first + 6)
    }

    private static func monthDay(year: Int, dayOfYear: Int) -> Int {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        var remaining = dayOfYear
        for (index, length) in monthLengths.enumerated() {
            let days = index == 1 && leap ? 29 : length
            if remaining <= days { return (index + 1) * 100 + remaining }
            remaining -= days
        }
        return 1231
    }
}
