import Foundation
import KijiCore

/// Finds written dates ("2 May 2025", "May 3, 2025", "2025-05-03") and tells date lines
/// ("16:41 JST, May 3, 2025", "Published: 3 May 2025") from sentences that mention a date.
struct DateReader: Sendable {
    private let months: [String: Int]
    private let weekdays: Set<String>
    private let lineWords: Set<String>
    private let dayMonthYear: Pattern
    private let monthDayYear: Pattern
    private let numeric: Pattern
    private let numericDayFirst: Pattern
    private let time: Pattern
    private let timeZone: Pattern

    init(bundle: Bundle) throws {
        var months: [String: Int] = [:]
        var weekdays: Set<String> = []
        for row in try Lexicon.table("date_words.tsv", in: bundle, columns: 3) {
            switch row[1] {
            case "month":
                guard let number = Int(row[2]), (1...12).contains(number) else {
                    throw CleanerRulesError("date_words.tsv, \(row[0]): month number must be 1–12")
                }
                months[row[0].lowercased()] = number
            case "weekday": weekdays.insert(row[0].lowercased())
            default: throw CleanerRulesError("date_words.tsv, \(row[0]): kind must be month or weekday")
            }
        }
        self.months = months
        self.weekdays = weekdays
        lineWords = Set(try Lexicon.lines("date_line_words.txt", in: bundle).map { $0.lowercased() })
        let month = "(" + months.keys.sorted { $0.count > $1.count }.joined(separator: "|") + ")"
        dayMonthYear = try Pattern("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + month + "\\b\\.?,?\\s+(\\d{4})\\b", name: "day-month-year")
        monthDayYear = try Pattern("\\b" + month + "\\b\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", name: "month-day-year")
        numeric = try Pattern("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)", name: "year-month-day")
        // "29-05-2025" (day first with a dash or dot, as in Europe and Asia); "05/29/2025" with
        // slashes is month first, as in the US, unless its first number cannot be a month.
        numericDayFirst = try Pattern("(?<!\\d)(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?!\\d)", name: "day-month-year-numeric")
        time = try Pattern("\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?=\\W|$)|\\b\\d{1,2}\\s*[ap]\\.?m\\.?(?=\\W|$)", name: "time")
        timeZone = try Pattern("\\b(?:[A-Z]{2,5}|(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)\\b", name: "time-zone", caseSensitive: true)
    }

    /// The first date written in `text` as `YYYY-MM-DD`, with the range it covers.
    func firstDate(in text: String) -> (iso: String, range: Range<String.Index>)? {
        // Every date pattern holds a four-digit year.
        guard ByteText.hasDigitRun(text, of: 4) else { return nil }
        var best: (iso: String, range: Range<String.Index>)?
        func consider(_ iso: String?, _ range: Range<String.Index>?) {
            guard let iso, let range else { return }
            if best == nil || range.lowerBound < best!.range.lowerBound { best = (iso, range) }
        }
        if let range = dayMonthYear.firstRange(in: text) {
            let parts = dayMonthYear.allCaptures(in: String(text[range]))[0]
            consider(iso(year: parts[3], month: parts[2], day: parts[1]), range)
        }
        if let range = monthDayYear.firstRange(in: text) {
            let parts = monthDayYear.allCaptures(in: String(text[range]))[0]
            consider(iso(year: parts[3], month: parts[1], day: parts[2]), range)
        }
        if let range = numeric.firstRange(in: text) {
            let parts = numeric.allCaptures(in: String(text[range]))[0]
            consider(iso(year: parts[1], monthNumber: parts[2], day: parts[3]), range)
        }
        if let range = numericDayFirst.firstRange(in: text) {
            let parts = numericDayFirst.allCaptures(in: String(text[range]))[0]
            let first = parts[1].flatMap { Int($0) } ?? 0
            let monthFirst = parts[2] == "/" && first <= 12
            consider(iso(year: parts[4], monthNumber: monthFirst ? parts[1] : parts[3], day: monthFirst ? parts[3] : parts[1]), range)
        }
        return best
    }

    /// A date stamp glued before the text of a line ("date 2025-05-23 Japan’s top negotiator…"):
    /// the date, and the rest of the line, which opens with a capital letter or a quotation mark.
    /// The stamp is a date in digits, or any date after a date-line label ("Published").
    func leadingDateStamp(_ line: String) -> (iso: String, rest: String)? {
        guard ByteText.hasDigitRun(line, of: 4), let found = firstDate(in: line) else { return nil }
        let before = line[..<found.range.lowerBound]
        let labels = before.lowercased().split { !($0.isLetter || $0 == ".") }
        guard labels.allSatisfy({ lineWords.contains(String($0)) }) else { return nil }
        let digitsOnly = line[found.range].allSatisfy { $0.isNumber || "-/.".contains($0) }
        guard digitsOnly || !labels.isEmpty else { return nil }
        let rest = line[found.range.upperBound...].trimmingCharacters(in: .whitespaces)
        guard let first = rest.first, first.isUppercase || TextShape.openingQuotes.contains(first) else { return nil }
        return (found.iso, rest)
    }

    /// A line that holds a short name glued to or followed by a date and nothing else ("Japan
    /// Times29-05-2025", "Kyodo News, 3 May 2025"): the name (an outlet) and the date.
    func nameAndDate(_ line: String) -> (name: String, iso: String)? {
        guard ByteText.hasDigitRun(line, of: 4), ByteText.hasAtMostCharacters(line, 80),
              let found = firstDate(in: line), holdsOnlyTimesAndLabels(String(line[found.range.upperBound...])) else { return nil }
        let name = line[..<found.range.lowerBound].trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "|-–—·")))
        // "Tokyo, 3 May 2025" is a place and its date, no outlet.
        guard !name.hasSuffix(",") else { return nil }
        let words = name.split(separator: " ")
        guard (1...5).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return (name, found.iso)
    }

    /// The date of a line that holds nothing but a date, times, time zones, weekdays and
    /// labels such as "Published"/"Updated"; nil for any other line.
    func dateOfDateLine(_ line: String) -> String? {
        guard ByteText.hasDigitRun(line, of: 4), ByteText.hasAtMostCharacters(line, 100),
              let found = firstDate(in: line) else { return nil }
        var rest = line
        rest.replaceSubrange(found.range, with: " ")
        return holdsOnlyTimesAndLabels(rest) ? found.iso : nil
    }

    /// A line that holds a time and nothing but labels ("Updated at 1:23 p.m.", "16:41 JST").
    func isTimeLine(_ line: String) -> Bool {
        ByteText.hasDigitRun(line, of: 1) && ByteText.hasAtMostCharacters(line, 60) && time.matches(line)
            && holdsOnlyTimesAndLabels(line)
    }

    private func holdsOnlyTimesAndLabels(_ text: String) -> Bool {
        var rest = time.replacing(in: text, with: " ")
        rest = timeZone.replacing(in: rest, with: " ")
        let words = rest.lowercased().split { !($0.isLetter || $0.isNumber || $0 == ".") }
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            .filter { !$0.isEmpty }
        return words.allSatisfy { lineWords.contains($0) || weekdays.contains($0) || lineWords.contains($0 + ".") }
    }

    /// `YYYY-MM-DD` from the start of an ISO 8601 timestamp ("2025-05-03T16:41:00+09:00").
    func isoDate(fromTimestamp value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if let range = numeric.firstRange(in: trimmed), range.lowerBound == trimmed.startIndex {
            let parts = numeric.allCaptures(in: String(trimmed[range]))[0]
            return iso(year: parts[1], monthNumber: parts[2], day: parts[3])
        }
        return firstDate(in: trimmed)?.iso
    }

    private func iso(year: String?, month: String?, day: String?) -> String? {
        guard let month, let number = months[month.lowercased()] else { return nil }
        return iso(year: year, monthNumber: String(number), day: day)
    }

    private func iso(year: String?, monthNumber: String?, day: String?) -> String? {
        guard let year = year.flatMap({ Int($0) }), let month = monthNumber.flatMap({ Int($0) }),
              let day = day.flatMap({ Int($0) }),
              (1000...2999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        func padded(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }
}
