/// Finds every numeric expression of a text: one left-to-right pass over its tokens; at each
/// token the finders are tried in order (dates and times, money with a prefix, "percent of N",
/// "a/an" + unit of time, then a number with what follows it) and the first that matches
/// consumes its tokens.
extension ScanContext {
    func findExpressions() -> [FoundExpression] {
        var found: [FoundExpression] = []
        var i = 0
        while i < count {
            if tokens[i].kind != .digits, !entry(i).flags.contains(.starter) {
                i += 1
                continue
            }
            if let (expressions, next) = expressions(at: i) {
                for var expression in expressions {
                    if expression.tense == .unknown, case .date(.calendar(year: nil, month: .some, day: _)) = expression.meaning {
                        expression.tense = tense(ofDateAt: i, end: next)
                    }
                    found.append(expression)
                }
                i = max(next, i + 1)
            } else {
                i += 1
            }
        }
        return found
    }

    private func expressions(at i: Int) -> ([FoundExpression], Int)? {
        if let (found, next) = dateOrTime(at: i) ?? prefixedMoney(at: i) ?? percentOf(at: i) ?? articleDuration(at: i)
            ?? approximateCount(at: i) ?? multiplicative(at: i) {
            return ([found], next)
        }
        return numberExpression(at: i)
    }

    /// "dozens of", "thousands of": a count without a value (not after a number: "two hundreds").
    private func approximateCount(at i: Int) -> (FoundExpression, Int)? {
        guard tokens[i].isWord, entry(i).flags.contains(.approximateCount), isWord(i + 1, "of"), !tokens[i + 1].breakBefore else { return nil }
        if i > 0, !tokens[i].breakBefore, tokens[i - 1].isDigits || isNumberWord(i - 1) { return nil }
        return (expression(i, i + 1, .approximateCount), i + 1)
    }

    /// "spoke by phone twice": how many times, a count.
    private func multiplicative(at i: Int) -> (FoundExpression, Int)? {
        guard tokens[i].isWord, !tokens[i].capitalized || startsSentence(i),
              let value = NumberLexicon.multiplicatives[lower(i)] else { return nil }
        return (expression(i, i + 1, .cardinal(value)), i + 1)
    }

    /// "Ishiba first met Trump", "Japan, first considered likely": "first" before a verb in the
    /// past, with no determiner before it, is the adverb (at first, for the first time), no rank.
    private func isAdverbFirst(_ phrase: NumberPhrase) -> Bool {
        guard phrase.inWords, phrase.end == phrase.first + 1, lower(phrase.first) == "first",
              phrase.end < count, tokens[phrase.end].isWord, !tokens[phrase.end].breakBefore,
              !tokens[phrase.end].capitalized else { return false }
        let next = lower(phrase.end)
        guard entry(phrase.end).flags.contains(.pastCue) || (next.hasSuffix("ed") && next.count > 4) else { return false }
        let before = phrase.first - 1
        guard before >= 0, !tokens[phrase.first].breakBefore else { return false }
        if tokens[before].isWord { return !entry(before).flags.contains(.determiner) && lower(before) != "s" }
        return lower(before) == ","
    }

    /// A number in digits or words at `i`, with a leading "minus"/"negative".
    func number(at i: Int, money: Bool) -> NumberPhrase? {
        guard i < count else { return nil }
        let token = tokens[i]
        switch token.kind {
        case .digits: return digitNumber(at: i, money: money)
        case .symbol:
            let symbol = lower(i)
            return symbol == "." || symbol == "-" || symbol == "\u{2212}" ? digitNumber(at: i, money: money) : nil
        case .word:
            if isWord(i, "minus") || isWord(i, "negative"), i + 1 < count, !tokens[i + 1].breakBefore,
               var phrase = number(at: i + 1, money: money), !phrase.isOrdinal {
                phrase.first = i
                phrase.value = -phrase.value
                phrase.isPlainInteger = false
                return phrase
            }
            return wordNumber(at: i)
        }
    }

    // MARK: Money

    /// A currency before its amount: "$1.1 trillion", "USD 1.27tn", "¥3bn", "c $ 16.4 million".
    func prefixedMoney(at i: Int) -> (FoundExpression, Int)? {
        guard tokens[i].kind != .digits,
              let (currency, j) = longestMatch(lexicon.currencies, at: i),
              currency.position != .suffix, !currency.isSubunit else { return nil }
        if currency.position == .glued, !(i + 1..<j).allSatisfy({ glued($0) }) { return nil }
        // A currency code in letters before an amount is written in capitals ("USD 5", not "usd 5").
        if j == i + 1, tokens[i].isWord, original(i).uppercased() != original(i) { return nil }
        guard j < count, !tokens[j].breakBefore, let phrase = number(at: j, money: true), !phrase.isOrdinal else { return nil }
        var value = phrase.value
        var end = phrase.end
        if let second = moneyRangeEnd(after: phrase) {
            // "$5-10 million": the range, valued at its first amount.
            if phrase.scale == 1 { value *= second.scale }
            end = second.end
        } else if isWord(end, "and"), let (cents, after) = trailingCents(at: end + 1) {
            value += cents
            end = after
        }
        var found = expression(i, end, .money(value, unit: currency.unit))
        found.core = (tokens[phrase.first].start, tokens[phrase.end - 1].end, phrase.value)
        return (found, end)
    }

    /// The second amount of a range after a prefixed amount: "$5-10", "$5-10 million", "$5 to
    /// 10 million" (with "to" only when a scale closes it).
    private func moneyRangeEnd(after phrase: NumberPhrase) -> NumberPhrase? {
        let k = phrase.end
        guard !phrase.inWords, k + 1 < count, !tokens[k].breakBefore, !tokens[k + 1].breakBefore, tokens[k + 1].isDigits else { return nil }
        let dashed = isRangeDash(k) && glued(k) && glued(k + 1)
        // "between $5 and 10 million", like "$5 to 10 million".
        let between = isWord(k, "and") && phrase.first > 1 && isWord(phrase.first - 2, "between")
        guard dashed || isWord(k, "to") || between, let second = number(at: k + 1, money: true), !second.isOrdinal, !second.isFraction,
              dashed || second.scale != 1 else { return nil }
        return second
    }

    /// The currency after an amount ending before token `k` ("5 dollars", "one-yen", "100元").
    private func suffixCurrency(at k: Int) -> (NumberLexicon.Currency, Int)? {
        guard k < count, !tokens[k].breakBefore else { return nil }
        var start = k
        if isHyphen(k), glued(k), glued(k + 1) { start = k + 1 }
        guard let (currency, end) = longestMatch(lexicon.currencies, at: start),
              currency.position == .suffix || currency.position == .both else { return nil }
        if end < count, glued(end), tokens[end].isWord { return nil }
        return (currency, end)
    }

    /// Cents after a whole amount: "50 cents", "forty-five" closing the expression; as a fraction of the unit.
    private func trailingCents(at k: Int) -> (Double, Int)? {
        guard k < count, !tokens[k].breakBefore, let phrase = number(at: k, money: false),
              !phrase.isOrdinal, !phrase.isFraction, phrase.value >= 1, phrase.value < 100, phrase.value == phrase.value.rounded() else { return nil }
        if let (currency, end) = longestMatch(lexicon.currencies, at: phrase.end), currency.isSubunit {
            return (phrase.value * currency.scale, end)
        }
        let next = phrase.end
        if next >= count || tokens[next].breakBefore || tokens[next].kind == .symbol || isWord(next, "and") {
            return (phrase.value / 100, next)
        }
        return nil
    }

    // MARK: Percent and durations without a number

    /// "percent of 10", "per cent of twenty-two": the number after the word.
    func percentOf(at i: Int) -> (FoundExpression, Int)? {
        guard tokens[i].isWord, let j = percentWord(at: i),
              isWord(j, "of"), let phrase = number(at: j + 1, money: false), !phrase.isOrdinal else { return nil }
        if i > 0, number(at: i - 1, money: false) != nil { return nil }
        var found = expression(i, phrase.end, .percent(phrase.value))
        found.core = (tokens[phrase.first].start, tokens[phrase.end - 1].end, phrase.value)
        return (found, phrase.end)
    }

    /// "%", "percent", "per cent", "percentage points" at `k`: the index after it.
    private func percentWord(at k: Int) -> Int? {
        longestMatch(lexicon.percentWords, at: k)?.end
    }

    /// "for a year", "within an hour", "a year ago".
    func articleDuration(at i: Int) -> (FoundExpression, Int)? {
        guard isWord(i, "a") || isWord(i, "an"), i + 1 < count, !tokens[i + 1].breakBefore,
              let unit = entry(i + 1).unit, unit.isDuration else { return nil }
        if isWord(i + 2, "ago") {
            return (expression(i, i + 3, .date(.ago(1, unit: unit))), i + 3)
        }
        if let relative = relativeToEvent(1, unit, at: i + 2) { return (expression(i, i + 3, relative), i + 3) }
        guard i > 0, entry(i - 1).flags.contains(.durationCue) else { return nil }
        return (expression(i, i + 2, .duration(1, unit: unit)), i + 2)
    }

    // MARK: A number and what follows it

    private func numberExpression(at i: Int) -> ([FoundExpression], Int)? {
        guard var phrase = number(at: i, money: false) else { return nil }
        if !phrase.inWords, isInsideName(digitsAt: phrase.first) { return ([], phrase.end) }
        var end = phrase.end
        func found(_ meaning: FoundExpression.Meaning, to last: Int, from first: Int? = nil) -> ([FoundExpression], Int) {
            var expression = expression(first ?? phrase.first, last, meaning)
            expression.core = (tokens[phrase.first].start, tokens[phrase.end - 1].end, phrase.value)
            return ([expression], last)
        }
        let gluedWord = !phrase.inWords && end < count && glued(end) && tokens[end].isWord
        // "the Six-Day War", "the Hundred Years' War": a capitalized number word inside a sentence
        // names something, whatever follows it.
        if phrase.inWords, tokens[phrase.first].capitalized, !startsSentence(phrase.first) { return ([], end) }
        if !phrase.isOrdinal, !phrase.isFraction {
            if let merged = range(from: phrase) { return merged }
            if let (fraction, last) = overFraction(after: phrase) {
                phrase.value = fraction
                return found(.cardinal(fraction), to: last)
            }
            if end < count, !tokens[end].breakBefore, let last = percentWord(at: end) ?? hyphenated(end, percentWord) {
                if !(last < count && glued(last) && tokens[last].isWord) { return found(.percent(phrase.value), to: last) }
            }
            if let (currency, last) = suffixCurrency(at: end) {
                var value = phrase.value
                var close = last
                if !currency.isSubunit {
                    let k = isWord(last, "and") ? last + 1 : last
                    if let (cents, after) = trailingCents(at: k) {
                        value += cents
                        close = after
                    }
                }
                return found(.money(value, unit: currency.unit), to: close)
            }
            if let (unit, last) = unit(after: end) {
                if isIdiomaticOne(phrase, unitAt: last - 1) { return ([], last) }
                if unit.isDuration {
                    if isWord(last, "ago") { return found(.date(.ago(phrase.value, unit: unit)), to: last + 1) }
                    if let relative = relativeToEvent(phrase.value, unit, at: last) { return found(relative, to: last + 1) }
                    // An age: "the 45-year-old" is 45 years (TimeML's DURATION P45Y).
                    if isHyphen(last), isWord(last + 1, "old") { return found(.duration(phrase.value, unit: unit), to: last + 2) }
                    return found(.duration(phrase.value, unit: unit), to: last)
                }
                return found(.quantity(phrase.value, unit: unit.singular), to: last)
            }
        }
        if gluedWord { return ([], end + 1) }
        if isCapitalizedInsideName(phrase) || isPronounOne(phrase) { return ([], end) }
        if phrase.isOrdinal, isWord(end, "century"), !tokens[end].breakBefore || isHyphen(end - 1) {
            // "the 21st century" is the century of the years 20xx (TIMEX3 "20").
            return found(.date(.century(Int(phrase.value))), to: end + 1)
        }
        if isAdverbFirst(phrase) { return ([], end) }
        if phrase.isOrdinal { return found(.ordinal(phrase.value), to: end) }
        if phrase.inWords, !phrase.isFraction, phrase.value == phrase.value.rounded(), phrase.first >= 1, isWord(phrase.first - 1, "number"),
           !tokens[phrase.first - 1].capitalized, !tokens[phrase.first].breakBefore, (1...10).contains(phrase.value) {
            // "the number one party": a rank.
            return found(.ordinal(phrase.value), to: end, from: phrase.first - 1)
        }
        if phrase.isPlainInteger, phrase.first >= 2, lower(phrase.first - 1) == ".", glued(phrase.first - 1),
           lower(phrase.first - 2) == "no", tokens[phrase.first - 2].capitalized {
            // "No. 2": a rank.
            return found(.ordinal(phrase.value), to: end, from: phrase.first - 2)
        }
        var first = phrase.first
        if first > 0, isWord(first - 1, "top"), !tokens[first].breakBefore { first -= 1 }
        end = phrase.end
        return found(.cardinal(phrase.value), to: end, from: first)
    }

    /// "a year earlier", "two weeks later" (not "earlier than"): a date relative to the story's
    /// time. Years back are resolved against publication ("sales rose from a year earlier");
    /// other spans cannot be placed.
    private func relativeToEvent(_ amount: Double, _ unit: NumberLexicon.Unit, at k: Int) -> FoundExpression.Meaning? {
        guard isWord(k, "earlier") || isWord(k, "later"), !tokens[k].breakBefore, !isWord(k + 1, "than") else { return nil }
        if isWord(k, "earlier"), unit.designator == "Y" { return .date(.ago(amount, unit: unit)) }
        return .date(.unresolvable)
    }

    /// A range of two numbers read as one expression: "10-20%", "24-17", "30 to 40 percent",
    /// "5-10 million tonnes". It takes the second number's kind and unit and the first's value
    /// (scaled as the second is); "to" and "between … and" join only numbers with a unit ("from 16
    /// to 80" is two).
    private func range(from phrase: NumberPhrase) -> ([FoundExpression], Int)? {
        let k = phrase.end
        guard !phrase.inWords, k + 1 < count, !tokens[k].breakBefore, !tokens[k + 1].breakBefore, tokens[k + 1].isDigits,
              !isCapitalizedInsideName(phrase) else { return nil }
        let dashed = isRangeDash(k) && glued(k) && glued(k + 1)
        let between = isWord(k, "and") && phrase.first > 0 && isWord(phrase.first - 1, "between")
        guard dashed || isWord(k, "to") || between, let second = number(at: k + 1, money: false), !second.isOrdinal, !second.isFraction,
              let (expressions, next) = numberExpression(at: k + 1), expressions.count == 1,
              expressions[0].start == tokens[k + 1].start else { return nil }
        let value = phrase.scale == 1 ? phrase.value * second.scale : phrase.value
        let meaning: FoundExpression.Meaning
        switch expressions[0].meaning {
        case .percent: meaning = .percent(value)
        case .money(_, let unit): meaning = .money(value, unit: unit)
        case .quantity(_, let unit): meaning = .quantity(value, unit: unit)
        case .duration(_, let unit): meaning = .duration(value, unit: unit)
        case .cardinal where dashed: meaning = .cardinal(value)
        default: return nil
        }
        var found = expression(phrase.first, next, meaning)
        found.core = (tokens[phrase.first].start, tokens[phrase.end - 1].end, phrase.value)
        return ([found], next)
    }

    /// "one day he would return": "one" + a spaced unit of time is an idiom unless a duration cue
    /// stands before it ("for one day") — "one-day" and "one year later" aside.
    private func isIdiomaticOne(_ phrase: NumberPhrase, unitAt u: Int) -> Bool {
        guard phrase.inWords, phrase.end == phrase.first + 1, lower(phrase.first) == "one",
              u == phrase.end, entry(u).unit?.isDuration == true else { return false }
        let before = phrase.first - 1
        return !(before >= 0 && entry(before).flags.contains(.durationCue))
    }

    /// `finder` applied after a hyphen written against both neighbours ("25-percent").
    private func hyphenated(_ k: Int, _ finder: (Int) -> Int?) -> Int? {
        guard isHyphen(k), glued(k), glued(k + 1) else { return nil }
        return finder(k + 1)
    }

    /// The unit after a number: spaced ("90 days", "10 tonnes"), hyphenated ("90-day") or glued ("29km").
    private func unit(after k: Int) -> (NumberLexicon.Unit, Int)? {
        guard k < count, !tokens[k].breakBefore else { return nil }
        let start = isHyphen(k) && glued(k) && glued(k + 1) ? k + 1 : k
        guard let (unit, end) = longestMatch(lexicon.units, at: start) else { return nil }
        if end < count, glued(end), tokens[end].isWord || tokens[end].isDigits { return nil }
        return (unit, end)
    }

    /// "2000 over 3", "one out of three": a fraction when nothing is counted after it.
    private func overFraction(after phrase: NumberPhrase) -> (Double, Int)? {
        let k = phrase.end
        let start: Int
        if isWord(k, "over") { start = k + 1 } else if isWord(k, "out"), isWord(k + 1, "of") { start = k + 2 } else { return nil }
        guard let denominator = number(at: start, money: false), !denominator.isOrdinal, denominator.value != 0,
              !(denominator.end < count && tokens[denominator.end].isWord && !tokens[denominator.end].breakBefore) else { return nil }
        return (phrase.value / denominator.value, denominator.end)
    }
}
