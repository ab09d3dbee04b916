import KijiCore
/// The named rules that decide whether a boundary proposed by ICU ends a sentence.
enum BoundaryRule: String, Sendable, CaseIterable {
    /// A line break: always ends a sentence.
    case paragraph
    /// ICU's own decision, with nothing against it.
    case icu
    /// A lower-case word follows ("Yahoo! in", "“Why?” he asked").
    case lowercaseFollows
    /// A semicolon, comma or colon follows ("from U.S.; Ishiba hopes").
    case punctuationFollows
    /// A period between a digit and a letter with no space ("7203.T"): ICU breaks, a token goes on.
    case insideToken
    /// An abbreviation between words in capitals ("THE U.S. NOT ANYMORE"): capitals are no evidence.
    case allCapitals
    /// An abbreviation inside a line without final punctuation: a heading, where capitals are no evidence.
    case headingLine
    /// A closed quotation followed by its attribution ('"Why?" Smith asked.').
    case quoteAttribution
    /// Three dots before anything but a sentence starter: an omission inside the sentence.
    case ellipsisInside
    /// Four dots, or three and a period: the sentence ends with them.
    case ellipsisEnds
    /// A period, then an ellipsis that opens the next sentence ("compounds. . . . The").
    case ellipsisOpensNext
    /// An abbreviation or an initial before a number ("p. 55", "No. 5", "Jan. 20", "U.S. 10-year").
    case beforeNumber
    /// A title before a name ("Mr. Smith", "Mt. Fuji").
    case titleBeforeName
    /// An abbreviation used only inside sentences ("e.g.", "vs.").
    case internalAbbreviation
    /// A word that continues the phrase of the abbreviation ("U.S. Government", "5 p.m. Thursday").
    case continuation
    /// A common sentence-opening word follows an abbreviation that can end a sentence.
    case sentenceStarter
    /// The stretch before the abbreviation is no sentence by itself ("At 5 a.m.", "In the U.S.").
    case fragment
    /// An abbreviation that can end a sentence, before a capitalized word that does not continue it.
    case abbreviationEnds
    /// An initial inside a name ("Jonas E. Smith", "Albert I. Jones").
    case nameInitial
    /// The pronoun I ends the sentence ("you and I. Did you…").
    case pronounI
}

/// A judgement on one proposed boundary.
enum BoundaryDecision: Equatable {
    var rule: BoundaryRule {
        switch self {
        case .keep(let rule), .drop(let rule), .move(_, let rule): return rule
        }
    }

    case keep(BoundaryRule)
    case drop(BoundaryRule)
    /// The sentence ends earlier, at this scalar offset.
    case move(to: Int, BoundaryRule)
}

/// Corrects ICU's sentence boundaries with what ICU does not know: abbreviations, initials,
/// ellipses and quotation attributions.
struct BoundaryJudge {
    let scanner: ScalarScanner
    let lexicon: SplitterLexicon

    /// Whether the sentence that began at `sentenceStart` ends at ICU's boundary `boundary`
    /// (a scalar offset: the start of the next sentence).
    func decide(boundary: Int, sentenceStart: Int) -> BoundaryDecision {
        let scalars = scanner.scalars
        let contentEnd = scanner.trimmedEnd(boundary, lower: sentenceStart)
        guard contentEnd > sentenceStart else { return .keep(.icu) }
        if scanner.holdsNewline(contentEnd..<boundary) { return .keep(.paragraph) }
        guard let next = scanner.word(from: boundary) else { return .keep(.paragraph) }

        var terminalIndex = contentEnd - 1
        var closedByQuote = false
        while terminalIndex > sentenceStart, ScalarScanner.isCloser(scalars[terminalIndex]) {
            if ScalarScanner.isQuotationMark(scalars[terminalIndex]) { closedByQuote = true }
            terminalIndex -= 1
        }
        if next.isLowercase { return .drop(.lowercaseFollows) }
        if next.first == ";" || next.first == "," || next.first == ":" { return .drop(.punctuationFollows) }
        if closedByQuote, isAttribution(next) { return .drop(.quoteAttribution) }

        let terminal = scalars[terminalIndex]
        if terminal == ".", contentEnd == boundary, terminalIndex > sentenceStart,
           ScalarScanner.isNumeric(scalars[terminalIndex - 1]), isAlphanumeric(next.first) {
            return .drop(.insideToken)
        }
        if terminal == "." || terminal == "…" {
            return decideAfterDots(at: terminalIndex, next: next, sentenceStart: sentenceStart, contentEnd: contentEnd)
        }
        return .keep(.icu)
    }

    // MARK: - Periods and ellipses

    private func decideAfterDots(at terminalIndex: Int, next: ScannedWord, sentenceStart: Int, contentEnd: Int) -> BoundaryDecision {
        let scalars = scanner.scalars
        var runStart = terminalIndex
        var dots = scalars[terminalIndex] == "…" ? 3 : 1
        while runStart > sentenceStart {
            let before = scalars[runStart - 1]
            if before == "." || before == "…" {
                dots += before == "." ? 1 : 3
                runStart -= 1
            } else if before == " ", runStart - 2 >= sentenceStart, scalars[runStart - 2] == "." || scalars[runStart - 2] == "…" {
                dots += scalars[runStart - 2] == "." ? 1 : 3
                runStart -= 2
            } else {
                break
            }
        }
        if dots >= 3 {
            let attached = runStart > sentenceStart && !scanner.isSpace(runStart - 1)
            let spacedAfterFirst = scalars[runStart] == "." && runStart + 1 < terminalIndex && scalars[runStart + 1] == " "
            if attached, spacedAfterFirst, dots >= 4, next.isCapitalized {
                return .move(to: runStart + 1, .ellipsisOpensNext)
            }
            if dots >= 4 { return .keep(.ellipsisEnds) }
            return isStarter(next) ? .keep(.sentenceStarter) : .drop(.ellipsisInside)
        }
        return decideAfterPeriod(at: terminalIndex, next: next, sentenceStart: sentenceStart, contentEnd: contentEnd)
    }

    private func decideAfterPeriod(at period: Int, next: ScannedWord, sentenceStart: Int, contentEnd: Int) -> BoundaryDecision {
        let scalars = scanner.scalars
        var wordStart = period
        while wordStart > sentenceStart, !scanner.isSpace(wordStart - 1), !isJoiner(scalars[wordStart - 1]) { wordStart -= 1 }
        while wordStart < period, !isAlphanumeric(scalars[wordStart]) { wordStart += 1 }
        guard wordStart < period else { return .keep(.icu) }
        let abbreviation = scanner.text(wordStart..<period)
        let kind = lexicon.abbreviations[abbreviation] ?? inferredKind(wordStart..<period)

        if next.startsWithDigit {
            let initial = period - wordStart == 1 && ScalarClass.isLetter(scalars[wordStart])
            let plainWord = kind == nil && !initial && !dottedLetters(wordStart..<period)
            return plainWord ? .keep(.icu) : .drop(.beforeNumber)
        }
        guard let kind else {
            if period - wordStart == 1, ScalarClass.isUppercase(scalars[wordStart]) {
                return decideAfterInitial(scalars[wordStart], at: wordStart, next: next, sentenceStart: sentenceStart)
            }
            if isDottedCapitals(wordStart..<period) {
                return isStarter(next) && lineEndsWithTerminal(from: contentEnd) ? .keep(.sentenceStarter) : .drop(.nameInitial)
            }
            return .keep(.icu)
        }
        switch kind {
        case .title: return .drop(.titleBeforeName)
        case .internal: return .drop(.internalAbbreviation)
        case .saint: return isStarter(next) ? .keep(.sentenceStarter) : .drop(.titleBeforeName)
        case .number, .month, .general: return .keep(.abbreviationEnds)
        case .place, .suffix, .time:
            if continues(kind, next: next) { return .drop(.continuation) }
            if isStarter(next) { return .keep(.sentenceStarter) }
            if isFragment(sentenceStart..<contentEnd) { return .drop(.fragment) }
            if !lineEndsWithTerminal(from: contentEnd) { return .drop(.headingLine) }
            if isAllCapitals(next), let previous = scanner.word(endingAt: wordStart, lower: sentenceStart), isAllCapitals(previous) {
                return .drop(.allCapitals)
            }
            return .keep(.abbreviationEnds)
        }
    }

    /// Single letters joined by periods ("J.P", "N.F.L", "a.k.a").
    private func dottedLetters(_ range: Range<Int>) -> Bool {
        let scalars = scanner.scalars
        var letters = 0
        var run = 0
        for i in range {
            if scalars[i] == "." {
                guard run == 1 else { return false }
                run = 0
            } else if ScalarClass.isLetter(scalars[i]) {
                run += 1
                letters += 1
            } else {
                return false
            }
        }
        return run == 1 && letters >= 2
    }

    /// Dotted lower-case letters not in the lexicon ("y.o.y"): may end a sentence before a capital.
    private func inferredKind(_ range: Range<Int>) -> AbbreviationKind? {
        dottedLetters(range) && ScalarClass.isLowercase(scanner.scalars[range.lowerBound]) ? .general : nil
    }

    /// A word of two letters or more, all capitals ("NOT", "JAPAN").
    private func isAllCapitals(_ word: ScannedWord) -> Bool {
        var letters = 0
        for scalar in word.core.unicodeScalars where ScalarClass.isLetter(scalar) {
            guard ScalarClass.isUppercase(scalar) else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Dotted capitals not in the lexicon ("J.P. Morgan", "W.E.B. Du Bois"): initials of a name
    /// far more often than an acronym at the end of a sentence.
    private func isDottedCapitals(_ range: Range<Int>) -> Bool {
        dottedLetters(range) && ScalarClass.isUppercase(scanner.scalars[range.lowerBound])
    }

    private func decideAfterInitial(_ letter: Unicode.Scalar, at offset: Int, next: ScannedWord, sentenceStart: Int) -> BoundaryDecision {
        if let previous = scanner.word(endingAt: offset, lower: sentenceStart), previous.isCapitalized {
            return isStarter(next) ? .keep(.sentenceStarter) : .drop(.nameInitial)
        }
        if letter == "I" { return .keep(.pronounI) }
        return isStarter(next) ? .keep(.sentenceStarter) : .drop(.nameInitial)
    }

    // MARK: - Evidence

    private func continues(_ kind: AbbreviationKind, next: ScannedWord) -> Bool {
        let word = lookupForm(next.core)
        switch kind {
        case .place:
            if lexicon.titles.contains(word)
                || lexicon.institutions.contains(word) || lexicon.abbreviations[word] == .title {
                return true
            }
            guard next.isCapitalized, next.trailing == nil, let second = scanner.word(after: next), second.isCapitalized else { return false }
            let secondWord = lookupForm(second.core)
            return lexicon.institutions.contains(secondWord) || lexicon.titles.contains(secondWord)
        case .suffix:
            return lexicon.titles.contains(word) || lexicon.abbreviations[word] == .suffix
        case .time:
            return lexicon.calendar.contains(word) || lexicon.calendar.contains(next.withPeriod)
        default:
            return false
        }
    }

    /// True when the line holding `offset` ends with final punctuation (closing marks allowed):
    /// a line without it is a heading ("Japan, U.S. Set For Tug-of-War"), where capitals say
    /// nothing about sentences.
    private func lineEndsWithTerminal(from offset: Int) -> Bool {
        let scalars = scanner.scalars
        var end = offset
        while end < scalars.count, !ScalarScanner.isNewline(scalars[end]) { end += 1 }
        var last = scanner.trimmedEnd(end, lower: offset) - 1
        while last >= offset, ScalarScanner.isCloser(scalars[last]) { last -= 1 }
        return last >= offset && ScalarScanner.isSentenceTerminal(scalars[last])
    }

    /// A common first word of a sentence, not an initial ("I." in "J. I. Rodale").
    private func isStarter(_ word: ScannedWord) -> Bool {
        !word.isInitial && lexicon.sentenceStarters.contains(lookupForm(word.core))
    }

    /// At most three words, the first a preposition or "The": a phrase, not a sentence.
    private func isFragment(_ range: Range<Int>) -> Bool {
        guard scanner.wordCount(range) <= 3, let first = scanner.word(from: range.lowerBound, limit: range.upperBound) else { return false }
        return lexicon.fragmentOpeners.contains(lookupForm(first.core))
    }

    /// After a closing quotation mark: one to three capitalized words, then a verb of saying
    /// that ends the sentence or the clause ("Smith said.", "Mr. Smith asked,").
    private func isAttribution(_ next: ScannedWord) -> Bool {
        var word = next
        var names = 0
        while names < 3, word.isCapitalized, !lexicon.speechVerbs.contains(word.core) {
            guard word.trailing == nil || word.trailing == "." && lexicon.abbreviations[word.core] == .title,
                  let following = scanner.word(after: word) else { return false }
            names += 1
            word = following
        }
        guard names >= 1, lexicon.speechVerbs.contains(word.core) else { return false }
        // "…for Japan.” Ishiba added, “We will…": the attribution opens the next quotation.
        if word.trailing == ",", let following = scanner.word(after: word), following.range.lowerBound > 0,
           ScalarScanner.isQuotationMark(scanner.scalars[following.range.lowerBound - 1]) {
            return false
        }
        return word.trailing == "." || word.trailing == "," || scanner.word(after: word) == nil
    }

    private func lookupForm(_ word: String) -> String {
        guard word.unicodeScalars.contains("’") else { return word }
        var view = String.UnicodeScalarView()
        for scalar in word.unicodeScalars { view.append(scalar == "’" ? "'" : scalar) }
        return String(view)
    }

    /// Marks that join words into one ("Japan-U.S.", "U.S./Japan"): the abbreviation is the last part.
    private func isJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "/" || s == "–" || s == "—" || s == "‐"
    }

    private func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        ScalarClass.isLetter(s) || ScalarScanner.isNumeric(s)
    }
}
