import Foundation
import KijiCore

/// Turns a found expression into its value, unit and normalized form (ANNOTATION.md "numbers"):
/// dates and times are resolved against the reference day (the publication date).
///
/// Weekdays follow news usage: a bare weekday is the most recent such day on or before
/// publication ("talks on Thursday" in a Friday paper is the day before); when the sentence
/// speaks of the future before it ("will", "expected", "scheduled") it is the next such day on or
/// after publication; "last"/"next" Thursday exclude the publication day itself. Months without
/// a year take the publication year. Without a reference, relative dates are null and partial
/// dates get the year "XXXX".
struct ExpressionResolver: Sendable {
    let reference: CivilDate?

    func resolve(_ meaning: FoundExpression.Meaning, tense: DateTense = .unknown) -> NumberValue {
        switch meaning {
        case .cardinal(let v): return NumberValue(kind: .cardinal, value: Self.rounded(v))
        case .approximateCount: return NumberValue(kind: .cardinal)
        case .ordinal(let v): return NumberValue(kind: .ordinal, value: v)
        case .percent(let v): return NumberValue(kind: .percent, value: Self.rounded(v), unit: "%")
        case .money(let v, let unit): return NumberValue(kind: .money, value: Self.rounded(v), unit: unit)
        case .quantity(let v, let unit): return NumberValue(kind: .quantity, value: Self.rounded(v), unit: unit)
        case .duration(let v, let unit):
            return NumberValue(kind: .duration, value: v, unit: unit.singular, normalized: Self.isoDuration(v, unit))
        case .date(let date): return NumberValue(kind: .date, normalized: normalized(date, tense: tense))
        case .time(let time): return NumberValue(kind: .time, normalized: normalized(time))
        }
    }

    /// `value` to 12 significant digits: "8.3 billion" is 8.3e9, not 8300000000.000001.
    static func rounded(_ value: Double) -> Double {
        guard value != 0, value.isFinite else { return value }
        let digits = Int(log10(abs(value)).rounded(.down))
        let scale = pow(10, Double(11 - digits))
        let result = (value * scale).rounded() / scale
        return result.isFinite ? result : value
    }

    static func isoDuration(_ amount: Double, _ unit: NumberLexicon.Unit) -> String {
        let n = format(amount * unit.factor)
        return unit.designator.hasPrefix("T") ? "PT\(n)\(unit.designator.dropFirst())" : "P\(n)\(unit.designator)"
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    func normalized(_ time: TimeExpression) -> String? {
        switch time {
        case .clock(let hour, let minute):
            return "T\(CivilDate.pad(hour, 2)):\(CivilDate.pad(minute, 2))"
        case .dayPart(let date, let part):
            guard let day = day(date) else { return nil }
            return day.isoString + "T" + part
        }
    }

    func normalized(_ date: DateExpression, tense: DateTense = .unknown) -> String? {
        switch date {
        case .calendar(let year, let month, let day):
            let y = year.map { CivilDate.pad($0, 4) } ?? reference.map { CivilDate.pad(impliedYear(month: month, day: day, tense: tense, $0), 4) } ?? "XXXX"
            guard let month else { return y }
            guard let day else { return "\(y)-\(CivilDate.pad(month, 2))" }
            return "\(y)-\(CivilDate.pad(month, 2))-\(CivilDate.pad(day, 2))"
        case .weekday, .relativeDay:
            return self.day(date)?.isoString
        case .relativePeriod(let period, let offset):
            guard let reference else { return nil }
            switch period {
            case "W": return reference.adding(days: 7 * offset).weekString
            case "WE": return reference.adding(days: 7 * offset).weekString + "-WE"
            case "M": return reference.addingMonths(offset).monthString
            case "Y": return CivilDate.pad(reference.year + offset, 4)
            case "Q":
                let index = reference.year * 4 + (reference.month - 1) / 3 + offset
                return "\(CivilDate.pad(index / 4, 4))-Q\(index % 4 + 1)"
            default: return nil
            }
        case .season(let code, let month, let year, let offset):
            if let year { return "\(CivilDate.pad(year, 4))-\(code)" }
            guard let reference, let offset else { return nil }
            var y = reference.year
            let lastMonth = month + 2
            if offset < 0 { y = reference.month > lastMonth ? y : y - 1 }
            if offset > 0 { y = reference.month < month ? y : y + 1 }
            return "\(CivilDate.pad(y, 4))-\(code)"
        case .quarter(let q, let year):
            let y = year.map { CivilDate.pad($0, 4) } ?? reference.map { CivilDate.pad($0.year, 4) } ?? "XXXX"
            return "\(y)-Q\(q)"
        case .ago(let amount, let unit):
            guard let reference, amount == amount.rounded() else { return nil }
            let n = Int(amount * unit.factor)
            switch unit.designator {
            case "D": return reference.adding(days: -n).isoString
            case "W": return reference.adding(days: -7 * n).weekString
            case "M": return reference.addingMonths(-n).monthString
            case "Y": return CivilDate.pad(reference.year - n, 4)
            default: return nil
            }
        case .decade(let decade):
            return String(decade)
        case .namedMonth(let month, let offset):
            guard let reference else { return "XXXX-\(CivilDate.pad(month, 2))" }
            var year = reference.year
            if offset < 0, month >= reference.month { year -= 1 }
            if offset > 0, month <= reference.month { year += 1 }
            return "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))"
        case .century(let ordinal):
            return CivilDate.pad(ordinal - 1, 2)
        case .fiscalYear(let year):
            return "FY" + CivilDate.pad(year, 4)
        case .half(let h, let year):
            let y = year.map { CivilDate.pad($0, 4) } ?? reference.map { CivilDate.pad($0.year, 4) } ?? "XXXX"
            return "\(y)-H\(h)"
        case .unresolvable:
            return nil
        }
    }

    /// The year of a month (and day) written without one: the publication year, unless the
    /// clause's tense says otherwise — a past clause about a later date means the year before
    /// ("since Dec. 12" in November), a future clause about an earlier month the year after
    /// ("will resume in January" in November).
    func impliedYear(month: Int?, day: Int?, tense: DateTense, _ reference: CivilDate) -> Int {
        guard let month else { return reference.year }
        switch tense {
        case .past:
            if let day {
                return CivilDate(year: reference.year, month: month, day: day).dayNumber > reference.dayNumber ? reference.year - 1 : reference.year
            }
            return month > reference.month ? reference.year - 1 : reference.year
        case .future:
            return month < reference.month ? reference.year + 1 : reference.year
        case .unknown:
            return reference.year
        }
    }

    /// The calendar day of a weekday or relative day.
    func day(_ date: DateExpression) -> CivilDate? {
        guard let reference else { return nil }
        switch date {
        case .relativeDay(let offset):
            return reference.adding(days: offset)
        case .weekday(let weekday, let offset, let future):
            let back = (reference.weekday - weekday + 7) % 7
            let ahead = (weekday - reference.weekday + 7) % 7
            switch offset {
            case ..<0: return reference.adding(days: -(back == 0 ? 7 : back))
            case 1...: return reference.adding(days: ahead == 0 ? 7 : ahead)
            default: return future ? reference.adding(days: ahead) : reference.adding(days: -back)
            }
        case .calendar(let year, let month, let day):
            guard let month, let day else { return nil }
            return CivilDate(year: year ?? reference.year, month: month, day: day)
        default:
            return nil
        }
    }
}
