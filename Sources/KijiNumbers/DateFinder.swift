/// Finds dates and times: "Thursday, 1 May", "July 9, 2025", "mid-June", "2019", "the 1990s",
/// "last week", "earlier this month", "this summer", "the third quarter", "16:41", "4 p.m.",
/// "Friday morning". Month and weekday names count only when capitalized.
extension ScanContext {
    func dateOrTime(at i: Int) -> (FoundExpression, Int)? {
        let token = tokens[i]
        switch token.kind {
        case .digits:
            return clockTime(at: i) ?? dayMonth(at: i, from: i) ?? numericDate(at: i) ?? year(at: i, from: i)
        case .symbol:
            return nil
        case .word:
            break
        }
        let e = entry(i)
        // "USA Today", "the Today show": a capitalized relative day inside a sentence is a name.
        if case .day = e.relative, token.capitalized, !startsSentence(i) { return nil }
        if e.flags.contains(.dateModifier) {
            var j = i + 1
            if isHyphen(j), glued(j), glued(j + 1) { j += 1 }
            if j < count, !tokens[j].breakBefore {
                if let found = monthDate(at: j, from: i) ?? weekdayDate(at: j, from: i, offset: 0) ?? year(at: j, from: i) {
                    return found
                }
                if case .modifier = entry(j).relative, let found = relativeDate(at: j, from: i) { return found }
            }
        }
        if let found = monthDate(at: i, from: i) ?? weekdayDate(at: i, from: i, offset: 0) { return found }
        if e.relative != nil, let found = relativeDate(at: i, from: i) { return found }
        if let found = quarter(at: i) { return found }
        if let season = e.season {
            // "summer 2024".
            if i + 1 < count, !tokens[i + 1].breakBefore, let y = yearValue(i + 1) {
                return (expression(i, i + 2, .date(.season(code: season.code, month: season.month, year: y, offset: nil))), i + 2)
            }
        }
        return nil
    }

    // MARK: Month and weekday dates

    /// The month named by token `i` when it is written as a month name.
    func month(at i: Int) -> Int? {
        guard i < count, tokens[i].isWord, tokens[i].capitalized, let month = entry(i).month else { return nil }
        let w = lower(i)
        if isMonthAbbreviation(w) {
            // "Jan." or "Sept 30": an abbreviation needs its period or a day number.
            let dotted = i + 1 < count && glued(i + 1) && lower(i + 1) == "."
            let dayNext = (dotted ? i + 2 : i + 1) < count && tokens[dotted ? i + 2 : i + 1].isDigits
            guard dotted || dayNext else { return nil }
        }
        if w == "may" {
            // "May" the modal ("May I ask"), or a family name ("Theresa May").
            if startsSentence(i), i + 1 < count, tokens[i + 1].isWord, entry(i + 1).flags.contains(.modalMaySubject) { return nil }
            if i > 0, tokens[i - 1].isWord, tokens[i - 1].capitalized, entry(i - 1).weekday == nil,
               !startsSentence(i - 1) || !entry(i - 1).flags.contains(.dateLead) { return nil }
        }
        return month
    }

    /// "Jan", "Sept": a month name shorter than the full one.
    private func isMonthAbbreviation(_ w: String) -> Bool {
        w.count <= 4 && w != "june" && w != "july" && w != "may"
    }

    /// Index after a month token, past an abbreviation's period.
    private func afterMonth(_ i: Int) -> Int {
        i + 1 < count && glued(i + 1) && lower(i + 1) == "." && isMonthAbbreviation(lower(i)) ? i + 2 : i + 1
    }

    /// A day of the month in digits at `i` ("9", "9th"), with the index after it.
    private func dayNumber(at i: Int) -> (Int, Int)? {
        guard i < count, tokens[i].isDigits, tokens[i].length <= 2, let day = Int(lower(i)), (1...31).contains(day) else { return nil }
        var j = i + 1
        if j < count, glued(j), ["st", "nd", "rd", "th"].contains(lower(j)) { j += 1 }
        if j < count, glued(j), tokens[j].isWord || tokens[j].isDigits { return nil }
        return (day, j)
    }

    /// "-17" closing a range of days ("June 16-17", "16-17 June"): the index after it. The range
    /// is one date expression, normalized to its first day.
    private func dayRangeEnd(after j: Int) -> Int? {
        guard isHyphen(j) || word(j) == "\u{2013}", glued(j), glued(j + 1), let (_, end) = dayNumber(at: j + 1) else { return nil }
        return end
    }

    /// A year in digits at `i` (1800–2099, four digits, nothing glued after it).
    func yearValue(_ i: Int) -> Int? {
        guard i < count, tokens[i].isDigits, tokens[i].length == 4, let y = Int(lower(i)), (1800...2099).contains(y) else { return nil }
        if i + 1 < count, glued(i + 1), tokens[i + 1].isWord || tokens[i + 1].isDigits { return nil }
        if i + 2 < count, glued(i + 1), lower(i + 1) == "," || lower(i + 1) == ".", glued(i + 2), tokens[i + 2].isDigits { return nil }
        return y
    }

    /// ", 2025" or " 2025" after a day or month.
    private func trailingYear(at j: Int) -> (Int, Int)? {
        if let y = yearValue(j), !tokens[j].breakBefore { return (y, j + 1) }
        if j + 1 < count, lower(j) == ",", let y = yearValue(j + 1), !tokens[j + 1].breakBefore { return (y, j + 2) }
        return nil
    }

    /// "July 9", "July 9, 2025", "March 2025", "June" (from token `first`, which may hold a modifier).
    func monthDate(at i: Int, from first: Int) -> (FoundExpression, Int)? {
        guard let month = month(at: i) else { return nil }
        let j = afterMonth(i)
        if first == i, let (day, afterDay) = dayNumber(at: j), !tokens[j].breakBefore {
            let k = dayRangeEnd(after: afterDay) ?? afterDay
            if let (y, end) = trailingYear(at: k) {
                return (expression(first, end, .date(.calendar(year: y, month: month, day: day))), end)
            }
            return (expression(first, k, .date(.calendar(year: nil, month: month, day: day))), k)
        }
        if let (y, end) = trailingYear(at: j), lower(j) != "," {
            return (expression(first, end, .date(.calendar(year: y, month: month, day: nil))), end)
        }
        if j < count, isWord(j, "of"), let y = yearValue(j + 1) {
            return (expression(first, j + 2, .date(.calendar(year: y, month: month, day: nil))), j + 2)
        }
        return (expression(first, j, .date(.calendar(year: nil, month: month, day: nil))), j)
    }

    /// "1 May", "8 July 2025".
    func dayMonth(at i: Int, from first: Int) -> (FoundExpression, Int)? {
        guard let (day, afterDay) = dayNumber(at: i) else { return nil }
        let j = dayRangeEnd(after: afterDay) ?? afterDay
        guard j < count, !tokens[j].breakBefore, let month = month(at: j) else { return nil }
        let k = afterMonth(j)
        if let (y, end) = trailingYear(at: k), lower(k) != "," {
            return (expression(first, end, .date(.calendar(year: y, month: month, day: day))), end)
        }
        return (expression(first, k, .date(.calendar(year: nil, month: month, day: day))), k)
    }

    /// "Thursday", "Thursday, 1 May", "Friday morning", "last Friday" (offset from the modifier).
    func weekdayDate(at i: Int, from first: Int, offset: Int) -> (FoundExpression, Int)? {
        guard i < count, tokens[i].isWord, tokens[i].capitalized, let weekday = entry(i).weekday else { return nil }
        // "Black Friday", "Super Tuesday": the name of a day, not a date.
        if i > 0, tokens[i - 1].isWord, tokens[i - 1].capitalized, !tokens[i].breakBefore,
           entry(i - 1).flags.contains(.namedDayWord) { return nil }
        var j = i + 1
        // "Thursday, 1 May", "Thursday, May 1".
        let afterComma = j < count && lower(j) == "," ? j + 1 : j
        if afterComma < count, !tokens[afterComma].breakBefore {
            if let (found, end) = dayMonth(at: afterComma, from: first) ?? monthDayOnly(at: afterComma, from: first) { return (found, end) }
        }
        let future = offset == 0 && hasFutureCue(before: first)
        let date = DateExpression.weekday(weekday, offset: offset, future: future)
        if j < count, !tokens[j].breakBefore, let part = entry(j).dayPart {
            j += 1
            return (expression(first, j, .time(.dayPart(date, part: part))), j)
        }
        return (expression(first, j, .date(date)), j)
    }

    private func monthDayOnly(at i: Int, from first: Int) -> (FoundExpression, Int)? {
        guard month(at: i) != nil, let (day, _) = dayNumber(at: afterMonth(i)) else { return nil }
        _ = day
        return monthDate(at: i, from: i).map { found, end in
            var found = found
            found.start = tokens[first].start
            return (found, end)
        }
    }

    /// A future cue ("will", "expected") earlier in the clause of token `i` (back to a comma or
    /// the sentence start: "talks will resume, officials said Thursday" is past).
    func hasFutureCue(before i: Int) -> Bool {
        var j = i - 1
        var seen = 0
        while j >= 0, seen < 16 {
            let t = tokens[j]
            if t.kind == .symbol, [".", "!", "?", ",", ";", ":", "\"", "\u{201C}", "\u{201D}"].contains(lower(j)) { return false }
            if t.isWord, isFutureCue(j) { return true }
            if t.breakBefore { return false }
            j -= 1
            seen += 1
        }
        return false
    }

    // MARK: Years and numeric dates

    /// "2019", "mid-2025", "the 1990s" (from `first`, which may hold a modifier).
    func year(at i: Int, from first: Int) -> (FoundExpression, Int)? {
        guard i < count, tokens[i].isDigits, tokens[i].length == 4, let y = Int(lower(i)) else { return nil }
        if i + 1 < count, glued(i + 1), lower(i + 1) == "s" || (lower(i + 1) == "’" && isWord(i + 2, "s") && glued(i + 2)) {
            guard (1800...2090).contains(y), y % 10 == 0 else { return nil }
            let end = lower(i + 1) == "s" ? i + 2 : i + 3
            return (expression(first, end, .date(.decade(y / 10))), end)
        }
        guard let year = yearValue(i) else { return nil }
        if first == i {
            if i > 0, entry(i - 1).currency != nil { return nil }
            // "RTX 2060", "Vision 2030", "AC1900": a number in a name.
            let fiscal = i > 0 && glued(i) && tokens[i - 1].isWord && entry(i - 1).flags.contains(.yearPrefix)
            if !fiscal, isInsideName(digitsAt: i) || isNameBeforeDigits(i) { return nil }
            if year < 1900, !["in", "since", "of", "by", "from", "until", "to"].contains(word(i - 1)) { return nil }
            // A year is not followed by a unit, a percent sign or a number word: "2000 tonnes",
            // "2019 over 3" (a capitalized one opens a name: "the 1967 Six-Day War").
            let next = i + 1
            if next < count, !tokens[next].breakBefore {
                let w = lower(next)
                let e = entry(next)
                if e.isPercentWord || e.unit != nil || (e.cardinal != nil && !tokens[next].capitalized)
                    || w == "over" || w == "out" || (e.currency.map { $0.position != .prefix } ?? false) { return nil }
            }
        }
        var end = i + 1
        if isHyphen(end) || word(end) == "\u{2013}", glued(end), glued(end + 1), tokens[end + 1].isDigits, tokens[end + 1].length == 2,
           Int(lower(end + 1)) == (year + 1) % 100, !(end + 2 < count && glued(end + 2) && !(tokens[end + 2].kind == .symbol)) {
            // A fiscal or season year "2024-25": normalized to the year it starts in.
            end += 2
        }
        // "fiscal 2025", "fiscal year 2025": the fiscal year, its words in the span.
        if first == i, end == i + 1, i > 0, !tokens[i].breakBefore {
            if isWord(i - 1, "fiscal") { return (expression(i - 1, end, .date(.fiscalYear(year))), end) }
            if i > 1, isWord(i - 1, "year"), isWord(i - 2, "fiscal"), !tokens[i - 1].breakBefore {
                return (expression(i - 2, end, .date(.fiscalYear(year))), end)
            }
        }
        return (expression(first, end, .date(.calendar(year: year, month: nil, day: nil))), end)
    }

    /// "2025-05-01" and "5/1/2025" (month first).
    func numericDate(at i: Int) -> (FoundExpression, Int)? {
        guard i + 4 < count else { return nil }
        let sep = lower(i + 1)
        guard sep == "-" || sep == "/", glued(i + 1), glued(i + 2), tokens[i + 2].isDigits,
              lower(i + 3) == sep, glued(i + 3), glued(i + 4), tokens[i + 4].isDigits,
              let a = Int(lower(i)), let b = Int(lower(i + 2)), let c = Int(lower(i + 4)) else { return nil }
        if i + 5 < count, glued(i + 5), tokens[i + 5].isDigits || tokens[i + 5].isWord { return nil }
        let date: (Int, Int, Int)
        if sep == "-", tokens[i].length == 4 { date = (a, b, c) }
        else if sep == "/", tokens[i + 4].length == 4 { date = (c, a, b) }
        else { return nil }
        guard (1...12).contains(date.1), (1...31).contains(date.2) else { return nil }
        return (expression(i, i + 5, .date(.calendar(year: date.0, month: date.1, day: date.2))), i + 5)
    }

    // MARK: Relative dates

    /// "last week", "earlier this month", "this summer", "next Friday", "yesterday", "tonight",
    /// "this morning" (from `first`, which may hold an edge word such as "earlier").
    func relativeDate(at i: Int, from first: Int) -> (FoundExpression, Int)? {
        guard let role = entry(i).relative else {
            if lower(i) == "tonight" {
                return (expression(first, i + 1, .time(.dayPart(.relativeDay(0), part: "NI"))), i + 1)
            }
            return nil
        }
        switch role {
        case .day(let offset):
            if i + 1 < count, !tokens[i + 1].breakBefore, let part = entry(i + 1).dayPart {
                return (expression(first, i + 2, .time(.dayPart(.relativeDay(offset), part: part))), i + 2)
            }
            return (expression(first, i + 1, .date(.relativeDay(offset))), i + 1)
        case .modifier(let offset):
            let j = i + 1
            guard j < count, !tokens[j].breakBefore, !glued(j) else { return nil }
            if let (found, end) = weekdayDate(at: j, from: first, offset: offset) { return (found, end) }
            // "last June" is the June before publication, "next January" the one after.
            if offset != 0, let month = month(at: j) {
                let end = afterMonth(j)
                return (expression(first, end, .date(.namedMonth(month, offset: offset))), end)
            }
            let w = lower(j)
            let e = entry(j)
            if case .period(let period) = e.relative {
                return (expression(first, j + 1, .date(.relativePeriod(period, offset: offset))), j + 1)
            }
            if let season = e.season {
                return (expression(first, j + 1, .date(.season(code: season.code, month: season.month, year: nil, offset: offset))), j + 1)
            }
            if offset == 0 || offset == -1, let part = e.dayPart {
                let day = offset == 0 ? 0 : -1
                guard offset == 0 || w == "night" else { return nil }
                return (expression(first, j + 1, .time(.dayPart(.relativeDay(day), part: part))), j + 1)
            }
            return nil
        case .edge:
            guard i + 1 < count, first == i else { return nil }
            return relativeDate(at: i + 1, from: first)
        case .period:
            return nil
        }
    }

    /// "the third quarter", "fourth-quarter", "Q1", "Q3 2025".
    func quarter(at i: Int) -> (FoundExpression, Int)? {
        let w = lower(i)
        if w == "q", i + 1 < count, glued(i + 1), tokens[i + 1].isDigits, let q = Int(lower(i + 1)), (1...4).contains(q) {
            if i + 2 < count, glued(i + 2), tokens[i + 2].isWord || tokens[i + 2].isDigits { return nil }
            if let y = yearValue(i + 2), !tokens[i + 2].breakBefore {
                return (expression(i, i + 3, .date(.quarter(q, year: y))), i + 3)
            }
            return (expression(i, i + 2, .date(.quarter(q, year: nil))), i + 2)
        }
        if w == "h", tokens[i].capitalized, i + 1 < count, glued(i + 1), tokens[i + 1].isDigits, let h = Int(lower(i + 1)), (1...2).contains(h) {
            // "H1", "H2 2025": a half year.
            if i + 2 < count, glued(i + 2), tokens[i + 2].isWord || tokens[i + 2].isDigits { return nil }
            if let y = yearValue(i + 2), !tokens[i + 2].breakBefore {
                return (expression(i, i + 3, .date(.half(h, year: y))), i + 3)
            }
            return (expression(i, i + 2, .date(.half(h, year: nil))), i + 2)
        }
        guard let ordinal = entry(i).ordinal, !ordinal.plural, ordinal.wordClass == .unit, ordinal.value <= 4 else { return nil }
        var j = i + 1
        if isHyphen(j) { j += 1 }
        guard isWord(j, "quarter") else { return nil }
        return (expression(i, j + 1, .date(.quarter(Int(ordinal.value), year: nil))), j + 1)
    }

    // MARK: Times

    /// "16:41", "4:30 p.m.", "4 p.m.", "10am".
    func clockTime(at i: Int) -> (FoundExpression, Int)? {
        guard tokens[i].length <= 2, var hour = Int(lower(i)), hour <= 24 else { return nil }
        var minute = 0
        var j = i + 1
        var hasMinutes = false
        if j + 1 < count, lower(j) == ":", glued(j), glued(j + 1), tokens[j + 1].isDigits, tokens[j + 1].length == 2,
           let m = Int(lower(j + 1)), m < 60 {
            minute = m
            hasMinutes = true
            j += 2
            if j < count, glued(j), lower(j) == ":" { return nil }
        }
        if let (pm, end) = meridiem(at: j) {
            guard hour >= 1, hour <= 12 else { return nil }
            if pm, hour < 12 { hour += 12 }
            if !pm, hour == 12 { hour = 0 }
            let close = afterTimeZone(end)
            return (expression(i, close, .time(.clock(hour: hour, minute: minute))), close)
        }
        guard hasMinutes, hour < 24 else { return nil }
        if j < count, glued(j), tokens[j].isDigits || tokens[j].isWord { return nil }
        let close = afterTimeZone(j)
        return (expression(i, close, .time(.clock(hour: hour, minute: minute))), close)
    }

    /// The index after a time zone written after a clock time ("3 p.m. ET", "14:00 GMT"), or `j`.
    private func afterTimeZone(_ j: Int) -> Int {
        guard j < count, !tokens[j].breakBefore, !glued(j), tokens[j].isWord, tokens[j].capitalized,
              entry(j).flags.contains(.timeZone) else { return j }
        if j + 1 < count, glued(j + 1), tokens[j + 1].isWord || tokens[j + 1].isDigits { return j }
        return j + 1
    }

    /// "a.m." / "p.m." / "am" / "pm" at `j`: whether it is p.m., and the index after it.
    private func meridiem(at j: Int) -> (Bool, Int)? {
        guard j < count, !tokens[j].breakBefore else { return nil }
        let w = lower(j)
        if w == "am" || w == "pm" {
            if j + 1 < count, glued(j + 1), tokens[j + 1].isWord { return nil }
            return (w == "pm", j + 1)
        }
        if w == "a" || w == "p", j + 2 < count, lower(j + 1) == ".", glued(j + 1), glued(j + 2), lower(j + 2) == "m" {
            var end = j + 3
            if end < count, glued(end), lower(end) == "." { end += 1 }
            return (w == "p", end)
        }
        return nil
    }

    func expression(_ first: Int, _ end: Int, _ meaning: FoundExpression.Meaning) -> FoundExpression {
        FoundExpression(start: tokens[first].start, end: tokens[end - 1].end, meaning: meaning, core: nil)
    }
}
