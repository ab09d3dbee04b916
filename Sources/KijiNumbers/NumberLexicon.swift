import Foundation
import KijiCore

/// The word lists of the number recognizer (Resources/*.tsv, *.txt), loaded and checked once
/// when the stage is built. Multi-token entries are keyed by their tokens joined with one space,
/// as `NumberTokenizer` splits them ("u . s . $").
struct NumberLexicon: Sendable {
    enum WordClass: Sendable { case unit, teen, tens, hundred, scale, dozen }

    struct NumberWord: Sendable {
        let wordClass: WordClass
        let value: Double
    }

    struct OrdinalWord: Sendable {
        let wordClass: WordClass
        let value: Double
        /// "fifths": a fraction denominator only.
        let plural: Bool
    }

    struct SuffixScale: Sendable {
        enum Placement: String, Sendable { case glued, spaced, money }
        let multiplier: Double
        let placement: Placement
    }

    struct Currency: Sendable {
        enum Position: String, Sendable { case prefix, suffix, both, glued }
        let unit: String
        let position: Position
        /// 1 for a currency, 0.01 for a subunit (cent, penny).
        let scale: Double
        var isSubunit: Bool { scale != 1 }
    }

    struct Unit: Sendable {
        let singular: String
        let isDuration: Bool
        /// ISO 8601 designator ("D", "Y", "TH" for hours) and how many of it one unit is.
        let designator: String
        let factor: Double
    }

    enum RelativeRole: Sendable { case modifier(Int), period(String), day(Int), edge }

    /// Every word and symbol of the lists below, and what they say about each (by token id).
    let vocabulary: Vocabulary
    /// By token id; entry 0, for words the lexicon does not know, says nothing.
    let entries: [WordEntry]
    /// Abbreviated scales after digits, matched case-sensitively ("bn", "M").
    let suffixScales: [String: SuffixScale]
    let currencies: PhraseTable<Currency>
    let units: PhraseTable<Unit>
    let percentWords: PhraseTable<Bool>
    let slashDenominators: Set<Int>
    /// Idioms with "one" in them, as token sequences.
    let oneIdioms: [[String]]
    /// Adverbs of how many times: "twice", "thrice" (CARDINAL, the count).
    static let multiplicatives: [String: Double] = ["twice": 2, "thrice": 3]

    init(bundle: Bundle = .module) throws {
        func number(_ text: String, _ file: String) throws -> Double {
            guard let value = Double(text) else { throw NumberLexiconError("\(file): '\(text)' is not a number") }
            return value
        }
        func wordClass(_ text: String, _ file: String) throws -> WordClass {
            switch text {
            case "unit": return .unit
            case "teen": return .teen
            case "tens": return .tens
            case "hundred": return .hundred
            case "scale": return .scale
            case "dozen": return .dozen
            default: throw NumberLexiconError("\(file): unknown class '\(text)'")
            }
        }

        var cardinals: [String: NumberWord] = [:]
        for row in try Lexicon.table("number_words.tsv", in: bundle, columns: 3) {
            cardinals[row[0]] = NumberWord(wordClass: try wordClass(row[1], "number_words.tsv"), value: try number(row[2], "number_words.tsv"))
        }
        var ordinals: [String: OrdinalWord] = [:]
        for row in try Lexicon.table("ordinal_words.tsv", in: bundle, columns: 3) {
            let cls = try wordClass(row[1], "ordinal_words.tsv")
            let value = try number(row[2], "ordinal_words.tsv")
            ordinals[row[0]] = OrdinalWord(wordClass: cls, value: value, plural: false)
            if row.count < 4 || row[3] != "noplural" {
                ordinals[row[0] + "s"] = OrdinalWord(wordClass: cls, value: value, plural: true)
            }
        }
        var fractionWords: [String: Double] = [:]
        for row in try Lexicon.table("fraction_words.tsv", in: bundle, columns: 2) {
            fractionWords[row[0]] = try number(row[1], "fraction_words.tsv")
        }
        var suffixScales: [String: SuffixScale] = [:]
        for row in try Lexicon.table("scale_suffixes.tsv", in: bundle, columns: 3) {
            guard let placement = SuffixScale.Placement(rawValue: row[2]) else {
                throw NumberLexiconError("scale_suffixes.tsv: unknown placement '\(row[2])'")
            }
            suffixScales[row[0]] = SuffixScale(multiplier: try number(row[1], "scale_suffixes.tsv"), placement: placement)
        }
        func intTable(_ file: String) throws -> [String: Int] {
            var table: [String: Int] = [:]
            for row in try Lexicon.table(file, in: bundle, columns: 2) {
                guard let value = Int(row[1]) else { throw NumberLexiconError("\(file): '\(row[1])' is not an integer") }
                table[row[0]] = value
            }
            return table
        }
        let months = try intTable("months.tsv")
        let weekdays = try intTable("weekdays.tsv")
        var seasons: [String: (code: String, month: Int)] = [:]
        for row in try Lexicon.table("seasons.tsv", in: bundle, columns: 3) {
            guard let month = Int(row[2]) else { throw NumberLexiconError("seasons.tsv: '\(row[2])' is not a month") }
            seasons[row[0]] = (row[1], month)
        }
        var dayParts: [String: String] = [:]
        for row in try Lexicon.table("day_parts.tsv", in: bundle, columns: 2) { dayParts[row[0]] = row[1] }

        var currencies = PhraseTable<Currency>(startFlag: .currencyStart)
        for row in try Lexicon.table("currencies.tsv", in: bundle, columns: 4) {
            guard let position = Currency.Position(rawValue: row[2]) else {
                throw NumberLexiconError("currencies.tsv: unknown position '\(row[2])'")
            }
            currencies.insert(Self.key(row[0]), Currency(unit: row[1], position: position, scale: try number(row[3], "currencies.tsv")))
        }
        var units = PhraseTable<Unit>(startFlag: .unitStart)
        for row in try Lexicon.table("units.tsv", in: bundle, columns: 4) {
            let isDuration: Bool
            switch row[2] {
            case "duration": isDuration = true
            case "quantity": isDuration = false
            default: throw NumberLexiconError("units.tsv: unknown kind '\(row[2])'")
            }
            var designator = "", factor = 1.0
            if isDuration {
                let parts = row[3].split(separator: "*")
                guard parts.count == 2, let f = Double(parts[1]) else {
                    throw NumberLexiconError("units.tsv: duration '\(row[0])' needs DESIGNATOR*FACTOR, got '\(row[3])'")
                }
                designator = String(parts[0])
                factor = f
            }
            units.insert(Self.key(row[0]), Unit(singular: row[1], isDuration: isDuration, designator: designator, factor: factor))
        }
        var percentWords = PhraseTable<Bool>(startFlag: .percentStart)
        for line in try Lexicon.lines("percent_words.tsv", in: bundle) { percentWords.insert(Self.key(line), true) }
        var relative: [String: RelativeRole] = [:]
        for row in try Lexicon.table("relative_dates.tsv", in: bundle, columns: 3) {
            switch row[1] {
            case "modifier":
                guard let v = Int(row[2]) else { throw NumberLexiconError("relative_dates.tsv: bad offset '\(row[2])'") }
                relative[row[0]] = .modifier(v)
            case "period": relative[row[0]] = .period(row[2])
            case "day":
                guard let v = Int(row[2]) else { throw NumberLexiconError("relative_dates.tsv: bad offset '\(row[2])'") }
                relative[row[0]] = .day(v)
            case "edge": relative[row[0]] = .edge
            default: throw NumberLexiconError("relative_dates.tsv: unknown role '\(row[1])'")
            }
        }
        var before = Set<String>(), after = Set<String>()
        for row in try Lexicon.table("one_pronoun.tsv", in: bundle, columns: 2) {
            switch row[1] {
            case "before": before.insert(row[0])
            case "after": after.insert(row[0])
            default: throw NumberLexiconError("one_pronoun.tsv: side must be before or after, got '\(row[1])'")
            }
        }
        var idioms: [[String]] = []
        for line in try Lexicon.lines("one_idioms.txt", in: bundle) {
            let words = Self.key(line).split(separator: " ").map(String.init)
            guard words.contains("one") else { throw NumberLexiconError("one_idioms.txt: '\(line)' has no 'one'") }
            idioms.append(words)
        }

        let dateModifiers = try Lexicon.set("month_modifiers.txt", in: bundle)
        var futureCues = Set<String>(), futureCuesBeforeTo = Set<String>()
        for line in try Lexicon.lines("future_cues.txt", in: bundle) {
            let words = line.split(separator: " ")
            switch words.count {
            case 1: futureCues.insert(line)
            case 2 where words[1] == "to": futureCuesBeforeTo.insert(String(words[0]))
            default: throw NumberLexiconError("future_cues.txt: '\(line)' is neither a word nor a word and \"to\"")
            }
        }
        let nameNumberHeads = try Lexicon.set("name_number_heads.txt", in: bundle)
        let dateLeads = try Lexicon.set("date_lead_words.txt", in: bundle)
        let namedDayWords = try Lexicon.set("named_day_words.txt", in: bundle)
        let pastCues = try Lexicon.set("past_cues.txt", in: bundle)
        let approximateCounts = try Lexicon.set("approximate_counts.txt", in: bundle)
        let determiners = try Lexicon.set("determiners.txt", in: bundle)
        let yearPrefixes = try Lexicon.set("year_prefixes.txt", in: bundle)
        let timeZones = Set(try Lexicon.lines("time_zones.txt", in: bundle).map { $0.lowercased() })
        let durationCues = try Lexicon.set("duration_cues.txt", in: bundle)
        let modalMaySubjects = try Lexicon.set("modal_may_subjects.txt", in: bundle)
        self.suffixScales = suffixScales
        self.currencies = currencies
        self.units = units
        self.percentWords = percentWords
        self.slashDenominators = Set(try Lexicon.lines("slash_denominators.txt", in: bundle).map { line in
            guard let value = Int(line) else { throw NumberLexiconError("slash_denominators.txt: '\(line)' is not an integer") }
            return value
        })
        self.oneIdioms = idioms

        var starters = Set(cardinals.keys).union(ordinals.keys).union(fractionWords.keys).union(months.keys)
            .union(weekdays.keys).union(seasons.keys).union(relative.keys).union(dayParts.keys)
            .union(currencies.firstTokens).union(percentWords.firstTokens)
        starters.formUnion(dateModifiers)
        starters.formUnion(["a", "an", "minus", "negative", "q", "h", "tonight", ".", "-", "\u{2212}"])
        starters.formUnion(Self.multiplicatives.keys)
        starters.formUnion(approximateCounts)

        let flagged: [(Set<String>, WordEntry.Flags)] = [
            (starters, .starter), (dateModifiers, .dateModifier), (futureCues, .futureCue),
            (durationCues, .durationCue), (modalMaySubjects, .modalMaySubject),
            (before, .pronounBefore), (after, .pronounAfter),
            (currencies.firstTokens, .currencyStart), (units.firstTokens, .unitStart),
            (percentWords.firstTokens, .percentStart),
            (futureCuesBeforeTo, .futureCueBeforeTo), (nameNumberHeads, .nameNumberHead), (dateLeads, .dateLead),
            (namedDayWords, .namedDayWord), (pastCues, .pastCue), (approximateCounts, .approximateCount), (determiners, .determiner), (yearPrefixes, .yearPrefix),
            (timeZones, .timeZone),
        ]
        var words = currencies.allTokens.union(units.allTokens).union(percentWords.allTokens).union(Self.scannerWords)
        for (set, _) in flagged { words.formUnion(set) }
        for keys in [Array(cardinals.keys), Array(ordinals.keys), Array(fractionWords.keys), Array(months.keys),
                     Array(weekdays.keys), Array(seasons.keys), Array(dayParts.keys), Array(relative.keys)] {
            words.formUnion(keys)
        }
        let vocabulary = Vocabulary(words: words)
        var entries = Array(repeating: WordEntry(), count: vocabulary.count + 1)
        for index in entries.indices.dropFirst() {
            let word = vocabulary.word(Int32(index))
            var entry = WordEntry()
            for (set, flag) in flagged where set.contains(word) { entry.flags.insert(flag) }
            entry.cardinal = cardinals[word]
            entry.ordinal = ordinals[word]
            entry.fraction = fractionWords[word]
            entry.month = months[word]
            entry.weekday = weekdays[word]
            entry.season = seasons[word]
            entry.dayPart = dayParts[word]
            entry.relative = relative[word]
            entry.currency = currencies[word]
            entry.unit = units[word]
            entry.isPercentWord = percentWords[word] != nil
            entries[index] = entry
        }
        self.vocabulary = vocabulary
        self.entries = entries
    }

    /// Words and marks the finders compare tokens with: in the vocabulary, their text is read
    /// rather than rebuilt (a speed matter only: a token outside the vocabulary compares the same).
    static let scannerWords: Set<String> = [
        ",", ".", ":", ";", "!", "?", "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "(", ")", "[", "]",
        "\u{2014}", "\u{2013}", "-", "\u{2010}", "\u{2011}", "\u{2212}", "/", "^", "+", "'",
        "s", "e", "st", "nd", "rd", "th", "of", "and", "a", "an", "to", "over", "out", "ago", "old", "top", "no",
        "am", "pm", "p", "m", "q", "minus", "negative", "point", "since", "than", "in", "on", "at", "during",
        "from", "until", "till", "through", "by", "before",
    ]

    /// An entry as the tokenizer would split it: its tokens, lower case, joined with one space.
    static func key(_ text: String) -> String {
        NumberTokenizer.lowerTexts(text).joined(separator: " ")
    }
}

/// A resource file of the number recognizer that does not hold what it should.
struct NumberLexiconError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
