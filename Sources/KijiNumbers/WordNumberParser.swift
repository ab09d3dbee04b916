/// Numbers written in words: cardinals ("twenty-one trillion and three hundred"), decimals
/// ("two hundred point zero three"), ordinals ("twenty-first"), fractions ("one-third", "five
/// eighths", "one and a half", "a hundred trillionths"), "half a dozen". Word values come from
/// the lexicon and are composed in one pass (units, tens, hundreds, then decreasing scales).
extension ScanContext {
    /// Words that may follow a fraction after "by" ("cut by a third in a year").
    static let prepositionsAfterFraction: Set<String> = ["in", "on", "at", "from", "since", "to", "over", "after", "during", "and", "or"]
    enum WordElementKind {
        case cardinal(NumberLexicon.NumberWord)
        case ordinal(NumberLexicon.OrdinalWord)
        case fraction(Double)
        case article, and, point
    }

    struct WordElement {
        let token: Int
        let kind: WordElementKind
        /// Joined to the element before by a hyphen ("one-third", "fifty - two").
        let hyphenBefore: Bool

        var isDenominator: Bool {
            switch kind {
            case .ordinal, .fraction: return true
            default: return false
            }
        }
    }

    /// The number in words starting at token `i`, if any.
    func wordNumber(at i: Int) -> NumberPhrase? {
        let elements = wordElements(at: i)
        guard !elements.isEmpty else { return nil }
        if let last = elements.last, last.isDenominator {
            return fractionOrOrdinal(elements)
        }
        return cardinal(elements, upTo: elements.count)
    }

    func isNumberWord(_ j: Int) -> Bool {
        guard j < count, tokens[j].isWord else { return false }
        let e = entry(j)
        return e.cardinal != nil || e.ordinal != nil || e.fraction != nil
    }

    private func isScaleLike(_ j: Int) -> Bool {
        guard j < count, tokens[j].isWord, let word = entry(j).cardinal else { return false }
        return word.wordClass == .hundred || word.wordClass == .scale || word.wordClass == .dozen
    }

    private func isDenominatorWord(_ j: Int) -> Bool {
        guard j < count, tokens[j].isWord else { return false }
        return entry(j).ordinal != nil || entry(j).fraction != nil
    }

    /// "twenty-first", "twenty first" at `j`: an article before it may make a fraction ("a twenty-first").
    private func isTensBeforeOrdinal(_ j: Int) -> Bool {
        guard j < count, tokens[j].isWord, let tens = entry(j).cardinal, tens.wordClass == .tens else { return false }
        let next = isHyphen(j + 1) ? j + 2 : j + 1
        return next < count && tokens[next].isWord && entry(next).ordinal != nil
    }

    /// The run of number words at `i`, with the articles, "and", "point" and hyphens that join them.
    func wordElements(at i: Int) -> [WordElement] {
        var elements: [WordElement] = []
        var j = i
        var hyphen = false
        while j < count {
            let token = tokens[j]
            if !elements.isEmpty, token.breakBefore { break }
            if !elements.isEmpty, isHyphen(j), isNumberWord(j + 1) {
                hyphen = true
                j += 1
                continue
            }
            guard token.isWord else { break }
            let w = lower(j)
            let e = entry(j)
            let kind: WordElementKind
            if let word = e.cardinal {
                kind = .cardinal(word)
            } else if let ordinal = e.ordinal {
                kind = .ordinal(ordinal)
            } else if let denominator = e.fraction {
                kind = .fraction(denominator)
            } else if w == "a" || w == "an" {
                let afterHalfOrAnd: Bool
                if let last = elements.last {
                    switch last.kind {
                    case .and: afterHalfOrAnd = isDenominatorWord(j + 1)
                    case .fraction: afterHalfOrAnd = isScaleLike(j + 1)
                    default: afterHalfOrAnd = false
                    }
                } else {
                    afterHalfOrAnd = isScaleLike(j + 1) || isDenominatorWord(j + 1) || isTensBeforeOrdinal(j + 1)
                }
                guard afterHalfOrAnd else { break }
                kind = .article
            } else if w == "and", !elements.isEmpty {
                guard isNumberWord(j + 1) || ((isWord(j + 1, "a") || isWord(j + 1, "an")) && isDenominatorWord(j + 2)) else { break }
                kind = .and
            } else if w == "point", !elements.isEmpty, j + 1 < count, let next = entry(j + 1).cardinal,
                      next.wordClass == .unit || next.wordClass == .teen || next.wordClass == .tens {
                kind = .point
            } else {
                break
            }
            if !elements.isEmpty, hyphen == false, !token.spaceBefore { break }
            elements.append(WordElement(token: j, kind: kind, hyphenBefore: hyphen))
            hyphen = false
            j += 1
            switch kind {
            case .ordinal: return elements
            case .fraction where !(isWord(j, "a") && isScaleLike(j + 1)): return elements
            default: continue
            }
        }
        while let last = elements.last {
            switch last.kind {
            case .and, .article, .point: elements.removeLast()
            default: return elements
            }
        }
        return elements
    }

    /// A cardinal from `elements[..<limit]`, as far as they compose; nil when nothing does.
    private func cardinal(_ elements: [WordElement], upTo limit: Int) -> NumberPhrase? {
        if case .fraction = elements[0].kind, elements.count > 2, case .article = elements[1].kind {
            // "half a dozen", "half a million".
            let rest = WordComposer.compose(elements[1...], context: self)
            guard rest.consumed > 0 else { return nil }
            var phrase = phrase(elements, 0, 1 + rest.consumed, value: 0.5 * rest.value)
            phrase.isFraction = true
            return phrase
        }
        let result = WordComposer.compose(elements[0..<limit], context: self)
        guard result.consumed > 0 else { return nil }
        if result.consumed == 1, case .article = elements[0].kind { return nil }
        var phrase = phrase(elements, 0, result.consumed, value: result.value)
        phrase.isFraction = result.hasDecimal
        return phrase
    }

    private func phrase(_ elements: [WordElement], _ from: Int, _ to: Int, value: Double) -> NumberPhrase {
        NumberPhrase(first: elements[from].token, end: elements[to - 1].token + 1, value: value, inWords: true)
    }

    /// A run that ends in an ordinal or a fraction word.
    private func fractionOrOrdinal(_ elements: [WordElement]) -> NumberPhrase? {
        let d = elements.count - 1
        let denominator = elements[d]
        let denominatorValue: Double
        var singularOrdinal = false
        var ordinalUnit: NumberLexicon.OrdinalWord?
        switch denominator.kind {
        case .ordinal(let ordinal):
            denominatorValue = ordinal.value
            singularOrdinal = !ordinal.plural
            ordinalUnit = ordinal
        case .fraction(let value): denominatorValue = value
        default: return nil
        }
        if d == 0 {
            if let ordinal = ordinalUnit {
                guard !ordinal.plural else { return nil }
                var phrase = phrase(elements, 0, 1, value: ordinal.value)
                phrase.isOrdinal = true
                return phrase
            }
            // "half" on its own; "quarter" alone is no number.
            guard lower(denominator.token) == "half" else { return nil }
            // "the first half", "the second half" of a match or a year: a period, not a fraction.
            if denominator.token > 0, ["first", "second"].contains(lower(denominator.token - 1)) { return nil }
            var phrase = phrase(elements, 0, 1, value: 0.5)
            phrase.isFraction = true
            return phrase
        }
        func fraction(_ value: Double) -> NumberPhrase {
            var phrase = phrase(elements, 0, elements.count, value: value)
            phrase.isFraction = true
            return phrase
        }
        /// A singular ordinal is a denominator only in "one-third", "a fifth of", "one eighth." — not
        /// in "a third round" or "a third-party auditor".
        let after = denominator.token + 1
        let compoundAdjective = isHyphen(after) && glued(after) && glued(after + 1) && after + 1 < count && tokens[after + 1].isWord
        // "cut by a third in a trial": after "by", a preposition may follow the fraction.
        let afterBy = elements[0].token > 0 && isWord(elements[0].token - 1, "by")
            && (after >= count || !tokens[after].isWord || Self.prepositionsAfterFraction.contains(lower(after)))
        let denominatorStandsAlone = !compoundAdjective && (denominator.hyphenBefore || isWord(after, "of")
            || !(after < count && tokens[after].isWord) || afterBy)

        // "one hundred thirty-fifths" = 100/35: a tens word before a unit ordinal belongs to it.
        if let ordinal = ordinalUnit, ordinal.wordClass == .unit, d >= 2,
           case .cardinal(let tens) = elements[d - 1].kind, tens.wordClass == .tens,
           case .cardinal = elements[d - 2].kind {
            let numerator = WordComposer.compose(elements[0..<(d - 1)], context: self)
            if numerator.consumed == d - 1, !singularOrdinal || denominatorStandsAlone {
                return fraction(numerator.value / (tens.value + ordinal.value))
            }
        }
        // Mixed numbers: "one and a half", "one hundred and three quarters".
        if let a = elements[0..<d].lastIndex(where: { if case .and = $0.kind { return true } else { return false } }), a + 2 == d {
            var numerator: Double?
            switch elements[a + 1].kind {
            case .article: numerator = 1
            case .cardinal(let word) where word.wordClass == .unit: numerator = word.value
            default: numerator = nil
            }
            let whole = WordComposer.compose(elements[0..<a], context: self)
            if let numerator, whole.consumed == a {
                return fraction(whole.value + numerator / denominatorValue)
            }
        }
        let numerator = WordComposer.compose(elements[0..<d], context: self)
        if numerator.consumed < d {
            // Two numbers side by side: the second belongs to the denominator ("one one hundred fifth").
            guard numerator.consumed > 0, let ordinal = ordinalUnit else { return cardinal(elements, upTo: d) }
            var start = numerator.consumed
            if case .and = elements[start].kind { start += 1 }
            var end = d
            if case .and = elements[end - 1].kind { end -= 1 }
            let group = WordComposer.compose(elements[start..<end], context: self)
            if group.consumed == end - start, group.lastClass == .hundred || group.lastClass == .tens,
               !singularOrdinal || denominatorStandsAlone {
                return fraction(numerator.value / (group.value + ordinal.value))
            }
            return cardinal(elements, upTo: d)
        }
        let single = d == 1
        if singularOrdinal, let ordinal = ordinalUnit {
            if single, numerator.value == 1 {
                if denominatorStandsAlone, ordinal.value >= 3 { return fraction(1 / ordinal.value) }
                return cardinal(elements, upTo: 1)
            }
            // "twenty-first", "one hundred fifth": a compound ordinal.
            if let value = WordComposer.compose(elements[0..<d], context: self, thenOrdinal: ordinal) {
                var phrase = phrase(elements, 0, elements.count, value: value)
                phrase.isOrdinal = true
                return phrase
            }
        }
        return fraction(numerator.value / denominatorValue)
    }
}

/// Adds up number words: units, teens and tens into a group below a thousand, "hundred"
/// multiplies the group, scales close it in decreasing order ("lakh crore" multiplies).
struct WordComposer {
    var total = 0.0
    var current = 0.0
    var last: NumberLexicon.WordClass?
    var lastScale = Double.infinity
    var lastAdded = 0.0
    var complete = false

    struct Result {
        var value: Double
        var consumed: Int
        var lastClass: NumberLexicon.WordClass?
        var hasDecimal = false
    }

    mutating func add(_ word: NumberLexicon.NumberWord) -> Bool {
        guard !complete else { return false }
        let v = word.value
        switch word.wordClass {
        case .unit:
            if v == 0 {
                guard last == nil else { return false }
                complete = true
            } else {
                guard last == nil || last == .tens || last == .hundred || last == .scale else { return false }
            }
            current += v
            lastAdded = v
        case .teen, .tens:
            guard last == nil || last == .hundred || last == .scale else { return false }
            current += v
            lastAdded = v
        case .hundred:
            guard let last, last == .unit || last == .teen || last == .tens, current > 0, current < 100 else { return false }
            current *= 100
        case .scale:
            guard last != nil else { return false }
            if current == 0, last == .scale, v > lastScale {
                total *= v
            } else {
                guard v < lastScale, current > 0 else { return false }
                total += current * v
                current = 0
            }
            lastScale = v
        case .dozen:
            guard let last, last == .unit || last == .teen || last == .tens else { return false }
            current += lastAdded * (v - 1)
        }
        last = word.wordClass
        return true
    }

    var value: Double { total + current }

    static func compose(_ elements: ArraySlice<ScanContext.WordElement>, context: ScanContext) -> Result {
        var composer = WordComposer()
        var consumed = 0
        var index = elements.startIndex
        while index < elements.endIndex {
            let element = elements[index]
            switch element.kind {
            case .article:
                guard composer.last == nil else { return Result(value: composer.value, consumed: consumed, lastClass: composer.last) }
                composer.current = 1
                composer.lastAdded = 1
                composer.last = .unit
            case .and:
                guard composer.last == .hundred || composer.last == .scale, index + 1 < elements.endIndex,
                      case .cardinal(let next) = elements[index + 1].kind,
                      next.wordClass == .unit || next.wordClass == .teen || next.wordClass == .tens else {
                    return Result(value: composer.value, consumed: consumed, lastClass: composer.last)
                }
            case .point:
                guard composer.last != nil else { return Result(value: composer.value, consumed: consumed, lastClass: composer.last) }
                var digits = ""
                var k = index + 1
                var lastWasTens = false
                while k < elements.endIndex, case .cardinal(let word) = elements[k].kind {
                    let v = Int(word.value)
                    switch word.wordClass {
                    case .unit:
                        if lastWasTens { digits.removeLast() }
                        digits += String(v)
                        lastWasTens = false
                    case .teen: digits += String(v); lastWasTens = false
                    case .tens: digits += String(v); lastWasTens = true
                    default: k = elements.endIndex; continue
                    }
                    k += 1
                }
                let k2 = min(k, elements.endIndex)
                guard !digits.isEmpty, let fraction = Double("0." + digits) else {
                    return Result(value: composer.value, consumed: consumed, lastClass: composer.last)
                }
                return Result(value: composer.value + fraction, consumed: k2 - elements.startIndex, lastClass: composer.last, hasDecimal: true)
            case .cardinal(let word):
                guard composer.add(word) else { return Result(value: composer.value, consumed: consumed, lastClass: composer.last) }
            case .ordinal, .fraction:
                return Result(value: composer.value, consumed: consumed, lastClass: composer.last)
            }
            index += 1
            consumed = index - elements.startIndex
        }
        return Result(value: composer.value, consumed: consumed, lastClass: composer.last)
    }

    /// The ordinal value of `elements` followed by `ordinal` when they compose ("twenty" +
    /// "first" = 21st, "one hundred" + "fifth" = 105th); nil otherwise.
    static func compose(_ elements: ArraySlice<ScanContext.WordElement>, context: ScanContext,
                        thenOrdinal ordinal: NumberLexicon.OrdinalWord) -> Double? {
        var composer = WordComposer()
        for element in elements {
            switch element.kind {
            case .cardinal(let word): guard composer.add(word) else { return nil }
            case .and: continue
            case .article:
                guard composer.last == nil else { return nil }
                composer.current = 1
                composer.last = .unit
            default: return nil
            }
        }
        guard composer.add(NumberLexicon.NumberWord(wordClass: ordinal.wordClass, value: ordinal.value)) else { return nil }
        return composer.value
    }
}
