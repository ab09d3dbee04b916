/// A number found in the text, before its meaning (money, percent, date…) is decided: the
/// tokens it covers and its value.
struct NumberPhrase {
    var first: Int
    var end: Int
    var value: Double
    /// Written in words ("twenty-four"), not digits.
    var inWords: Bool
    var isOrdinal = false
    var isFraction = false
    /// Plain digits only, no separators, sign, decimals or scale ("2019").
    var isPlainInteger = false
    /// Number of digits of a plain integer.
    var digitCount = 0
    /// The scale written after the digits ("bn", "million"): 1 when none.
    var scale = 1.0
}

extension ScanContext {
    /// The number in digits starting at token `i` (a digits token, a leading "." or a sign):
    /// grouping ("1,234,567", "1 234 567"), decimals ("1.27", ".08", "5,00"), exponents
    /// ("1.3e6", "2.5^-1"), and abbreviated scales ("1.27tn", "10k"; "m" only when `money`).
    func digitNumber(at i: Int, money: Bool) -> NumberPhrase? {
        var j = i
        var negative = false
        if j < count, tokens[j].kind == .symbol, (lower(j) == "-" || lower(j) == "\u{2212}"),
           glued(j + 1), j + 1 < count, tokens[j + 1].isDigits || (lower(j + 1) == "." && glued(j + 2) && tokens[j + 2].isDigits) {
            // A sign only where a minus can stand: not between two words or numbers ("2019-20", "SCP-173").
            if j > 0, glued(j), tokens[j - 1].kind != .symbol { return nil }
            negative = true
            j += 1
        }
        var text = ""
        var plain = true
        if j < count, lower(j) == ".", glued(j + 1), j + 1 < count, tokens[j + 1].isDigits {
            // ".08": a decimal with no integer part, unless it continues a number ("1.2.08").
            if j > 0, glued(j), tokens[j - 1].isDigits { return nil }
            text = "0." + lower(j + 1)
            j += 2
            plain = false
        } else {
            guard j < count, tokens[j].isDigits else { return nil }
            text = lower(j)
            j += 1
            // Thousands separators: "," then exactly three digits, every time.
            if text.count <= 3 {
                var k = j
                var grouped = ""
                while k + 1 < count, lower(k) == ",", glued(k), glued(k + 1), tokens[k + 1].isDigits, tokens[k + 1].length == 3 {
                    grouped += lower(k + 1)
                    k += 2
                }
                if !grouped.isEmpty, !(k + 1 < count && lower(k) == "," && glued(k) && glued(k + 1) && tokens[k + 1].isDigits) {
                    text += grouped
                    j = k
                    plain = false
                } else if grouped.isEmpty {
                    // Spaced groups ("1 234 567", "40 000"): one space, three digits each.
                    var k = j
                    var spaced = ""
                    while k < count, tokens[k].isDigits, tokens[k].length == 3, singleSpaceBefore(k) {
                        spaced += lower(k)
                        k += 1
                    }
                    // Not before a capitalized word: "400 737 Max jets" is 400 of the 737 Max.
                    if !spaced.isEmpty, !(k < count && tokens[k].isDigits && !glued(k)),
                       !(k < count && tokens[k].capitalized && singleSpaceBefore(k)) {
                        text += spaced
                        j = k
                        plain = false
                    }
                }
            }
            let listBefore = i > 0 && glued(i) && lower(i - 1) == "," && i > 1 && glued(i - 1) && tokens[i - 2].isDigits
            let dottedBefore = j - 1 > 1 && glued(j - 1) && lower(j - 2) == "." && glued(j - 2) && tokens[j - 3].isDigits
            if j + 1 < count, lower(j) == ".", glued(j), glued(j + 1), tokens[j + 1].isDigits, !dottedBefore,
               !(j + 3 < count && lower(j + 2) == "." && glued(j + 2) && glued(j + 3) && tokens[j + 3].isDigits) {
                text += "." + lower(j + 1)
                j += 2
                plain = false
            } else if plain, j + 1 < count, lower(j) == ",", glued(j), glued(j + 1), tokens[j + 1].isDigits,
                      tokens[j + 1].length <= 2, !listBefore,
                      !(j + 2 < count && lower(j + 2) == "," && glued(j + 2)) {
                // A decimal comma ("1,3", "5,00"), not a list ("22,24,26").
                text += "." + lower(j + 1)
                j += 2
                plain = false
            }
        }
        guard var value = Double(text) else { return nil }
        let digitCount = plain ? text.count : 0
        if plain, let (fraction, end) = slashFraction(at: j - 1) {
            // "3/4", "-4/5".
            let phrase = NumberPhrase(first: i, end: end, value: negative ? -fraction : fraction, inWords: false, isFraction: true)
            return phrase
        }
        if plain, j < count, tokens[j].isDigits, !tokens[j].breakBefore, !glued(j), let (fraction, end) = slashFraction(at: j) {
            // "2 1/4".
            let whole = value + fraction
            return NumberPhrase(first: i, end: end, value: negative ? -whole : whole, inWords: false, isFraction: true)
        }
        // Exponents: "1e10", "12.32e+14", "1.1^23", "2.5^-1".
        if j < count, glued(j), lower(j) == "e" || lower(j) == "^" {
            var k = j + 1
            var minus = 0
            while k < count, glued(k), lower(k) == "-" || lower(k) == "+" {
                if lower(k) == "-" { minus += 1 }
                k += 1
            }
            if k < count, glued(k), tokens[k].isDigits, let exponent = Double(lower(k)),
               !(k + 1 < count && glued(k + 1) && tokens[k + 1].isWord) {
                let signed = minus % 2 == 1 ? -exponent : exponent
                value = lower(j) == "e" ? value * integerPower(10, signed) : integerPower(value, signed)
                j = k + 1
                plain = false
            }
        }
        // Abbreviated scales.
        var suffixScale = 1.0
        if j < count, tokens[j].isWord, let scale = lexicon.suffixScales[original(j)] {
            let isGlued = glued(j)
            let fits: Bool
            switch scale.placement {
            case .glued: fits = isGlued
            case .spaced: fits = isGlued || singleSpaceBefore(j)
            case .money: fits = money && (isGlued || singleSpaceBefore(j))
            }
            if fits, !(j + 1 < count && glued(j + 1) && tokens[j + 1].isWord) {
                value *= scale.multiplier
                suffixScale = scale.multiplier
                j += 1
                plain = false
            }
        }
        var phrase = NumberPhrase(first: i, end: j, value: negative ? -value : value, inWords: false)
        phrase.scale = suffixScale
        phrase.isPlainInteger = plain && !negative
        phrase.digitCount = digitCount
        // Scale words after digits: "1.1 trillion", "3 dozens", "13 lakh", "1 lakh crore".
        extendWithScaleWords(&phrase)
        // Ordinal suffixes: "21st", "4th".
        if phrase.isPlainInteger, phrase.end < count, glued(phrase.end), tokens[phrase.end].isWord {
            switch lower(phrase.end) {
            case "st", "nd", "rd", "th":
                phrase.isOrdinal = true
                phrase.end += 1
            default: break
            }
        }
        return phrase
    }

    /// Scale and dozen words after a number: multiplies its value and takes them into its span.
    func extendWithScaleWords(_ phrase: inout NumberPhrase) {
        var lastScale = Double.infinity
        var j = phrase.end
        while j < count, tokens[j].isWord, !tokens[j].breakBefore, let word = entry(j).cardinal {
            switch word.wordClass {
            case .scale, .hundred, .dozen:
                if word.wordClass == .scale, word.value < lastScale || lastScale == .infinity {
                    lastScale = word.value
                } else if word.wordClass == .scale, word.value > lastScale {
                    lastScale = word.value
                } else if word.wordClass == .hundred, lastScale != .infinity {
                    return
                }
                phrase.value *= word.value
                phrase.scale *= word.value
                phrase.end = j + 1
                phrase.isPlainInteger = false
                j += 1
            default:
                return
            }
        }
    }

    /// A fraction "n/d" whose numerator is the digits token `i`: a known denominator, larger than
    /// the numerator, and no date around it ("5/1/2025").
    func slashFraction(at i: Int) -> (Double, Int)? {
        guard i + 2 < count, tokens[i].isDigits, lower(i + 1) == "/", glued(i + 1), glued(i + 2), tokens[i + 2].isDigits,
              let numerator = Int(lower(i)), let denominator = Int(lower(i + 2)),
              numerator < denominator, lexicon.slashDenominators.contains(denominator) else { return nil }
        if i > 0, glued(i), lower(i - 1) == "/" { return nil }
        if i + 3 < count, glued(i + 3), lower(i + 3) == "/" || tokens[i + 3].isWord || tokens[i + 3].isDigits { return nil }
        return (Double(numerator) / Double(denominator), i + 3)
    }

    /// Exactly one white-space scalar (a space, a no-break or narrow no-break space) before token `i`.
    func singleSpaceBefore(_ i: Int) -> Bool {
        guard i > 0, i < count else { return false }
        let gap = tokens[i].start - tokens[i - 1].end
        return gap == 1 && scalars[tokens[i].start - 1].properties.isWhitespace && !tokens[i].breakBefore
    }
}

/// `base` to an integer power (the exponents written in texts are integers); NaN otherwise.
func integerPower(_ base: Double, _ exponent: Double) -> Double {
    if exponent == exponent.rounded(), abs(exponent) < 400 {
        var result = 1.0
        for _ in 0..<Int(abs(exponent)) { result *= base }
        return exponent < 0 ? 1 / result : result
    }
    return .nan
}
