import KijiCore

/// When two claim values are incompatible (SCORING.md): numbers of one kind and unit that
/// differ by more than 0.5%, or dates neither of which contains the other. Unknown values never conflict.
enum ValueConflict {
    static func conflict(_ a: NumberValue?, _ b: NumberValue?) -> Bool {
        guard let a, let b else { return false }
        if a.kind == .date || b.kind == .date {
            guard a.kind == b.kind, let x = a.normalized.flatMap(DateExtent.init), let y = b.normalized.flatMap(DateExtent.init) else { return false }
            return !x.contains(y) && !y.contains(x)
        }
        guard a.kind == b.kind, a.unit == b.unit else { return false }
        if let x = a.value, let y = b.value { return !Matching.closeValues(x, y) }
        if let x = a.normalized, let y = b.normalized { return x != y }
        return false
    }

    /// Whether the values of a set of claims hold any conflicting pair.
    static func holdsConflict(_ values: [NumberValue?]) -> Bool {
        for i in values.indices {
            for j in values.indices where j > i && conflict(values[i], values[j]) { return true }
        }
        return false
    }
}

/// The days a TIMEX3-style date value covers: a day, month, year, ISO week or season; the year may
/// be unknown ("XXXX-07-20"), in which case it fits that day of any year.
struct DateExtent {
    /// nil for "XXXX".
    let year: Int?
    /// Inclusive range of (month * 100 + day) within the year, or of days since 1 Jan year 0 when a week.
    let first: Int
    let last: Int

    init?(_ value: String) {
        let parts = value.split(separator: "-").map(String.init)
        guard let yearPart = parts.first, yearPart.count == 4 else { return nil }
        year = yearPart == "XXXX" ? nil : Int(yearPart)
        if year == nil && yearPart != "XXXX" { return nil }
        switch parts.count {
        case 1:
            (first, last) = (101, 1231)
        case 2:
            let part = parts[1]
            if let month = Int(part), (1...12).contains(month) {
                (first, last) = (month * 100 + 1, month * 100 + 31)
            } else if part.hasPrefix("W"), let week = Int(part.dropFirst()), let year {
                let start = DateExtent.isoWeekStart(year: year, week: week)
                let end = DateExtent.monthDay(year: year, dayOfYear: start.dayOfYear + 6)
                (first, last) = (start.monthDay, end)
            } else {
                let seasons = ["SP": (321, 620), "SU": (601, 831), "FA": (901, 1130), "AU": (901, 1130), "WI": (1201, 1231)]
                guard let range = seasons[part] else { return nil }
                (first, last) = range
            }
        default:
            guard let month = Int(parts[1]), let day = Int(parts[2].prefix(2)) else { return nil }
            (first, last) = (month * 100 + day, month * 100 + day)
        }
    }

    func contains(_ other: DateExtent) -> Bool {
        if let year, let otherYear = other.year, year != otherYear { return false }
        return first <= other.first && other.last <= last
    }

    private static let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    private static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    /// Day of week of 1 January (0 = Monday), Gauss's method.
    private static func weekdayOfJanuaryFirst(_ year: Int) -> Int {
        let y = year - 1
        let sundayBased = (1 + 5 * (y % 4) + 4 * (y % 100) + 6 * (y % 400)) % 7
        return (sundayBased + 6) % 7
    }

    private static func isoWeekStart(year: Int, week: Int) -> (dayOfYear: Int, monthDay: Int) {
        let weekday = weekdayOfJanuaryFirst(year)
        // Monday of week 1 is the Monday on or before 4 January.
        let mondayOfWeekOne = 4 - ((weekday + 3) % 7)
        let day = max(1, mondayOfWeekOne + (week - 1) * 7)
        return (day, monthDay(year: year, dayOfYear: day))
    }

    private static func monthDay(year: Int, dayOfYear: Int) -> Int {
        var remaining = dayOfYear
        for (index, length) in monthLengths.enumerated() {
            let days = index == 1 && isLeap(year) ? 29 : length
            if remaining <= days { return (index + 1) * 100 + remaining }
            remaining -= days
        }
        return 1231
    }
}
