/// What the finders report: where a numeric expression stands and what it says, before it is
/// resolved against the publication date (`ExpressionResolver`).
struct FoundExpression {
    var start: Int
    var end: Int
    var meaning: Meaning
    /// The bare number inside the expression ("1.27tn" in "USD 1.27tn"), as a scalar range and value.
    var core: (start: Int, end: Int, value: Double)?
    /// For a month or day without a year: the tense of its clause.
    var tense: DateTense = .unknown

    enum Meaning {
        case cardinal(Double)
        /// "dozens of": a count without a value.
        case approximateCount
        case ordinal(Double)
        case percent(Double)
        case money(Double, unit: String)
        case quantity(Double, unit: String)
        case duration(Double, unit: NumberLexicon.Unit)
        case date(DateExpression)
        case time(TimeExpression)
    }
}

/// A date as written, resolved later.
enum DateExpression {
    /// Absolute or partial: "1 May" (day and month), "mid-June" (month), "2019" (year).
    case calendar(year: Int?, month: Int?, day: Int?)
    /// A weekday ("Thursday"); `offset` -1 for "last Thursday", +1 for "next Thursday", 0 as written.
    case weekday(Int, offset: Int, future: Bool)
    /// A day relative to publication ("yesterday": -1).
    case relativeDay(Int)
    /// A period relative to publication: "last week" is (period "W", offset -1).
    case relativePeriod(String, offset: Int)
    /// A season: of a given year ("summer 2024") or relative to publication ("this summer").
    case season(code: String, month: Int, year: Int?, offset: Int?)
    /// A calendar quarter ("the third quarter", "Q1 2025").
    case quarter(Int, year: Int?)
    /// "three years ago": an amount of a duration unit before publication.
    case ago(Double, unit: NumberLexicon.Unit)
    /// A decade ("the 1990s").
    case decade(Int)
    /// A month named with "last" (offset -1) or "next" (+1): the nearest one before or after
    /// publication, never the publication's own month.
    case namedMonth(Int, offset: Int)
    /// A century by its ordinal ("the 21st century": 21).
    case century(Int)
    /// A fiscal year ("fiscal 2025").
    case fiscalYear(Int)
    /// A half year ("H1 2025": 1).
    case half(Int, year: Int?)
    /// A date that cannot be placed on a calendar ("52-year-old").
    case unresolvable
}

/// A time of day as written.
enum TimeExpression {
    /// "16:41", "4 p.m.".
    case clock(hour: Int, minute: Int)
    /// "Friday morning", "this morning": a part (TIMEX3 "MO", "AF", "EV", "NI") of a date.
    case dayPart(DateExpression, part: String)
}
