import Foundation
import KijiCore

/// Which numbers of a sentence are claims (ANNOTATION.md "claims"): every number and date the
/// number stage found is a candidate, and the general signals of what the guide excludes drop
/// some: the date of the statement itself ("said on Friday", "in an interview Wednesday"), a
/// reference date ("as of March", "last year" beside the quantity it dates), the "from" value of a
/// change ("to 27.5% from 2.5%"), a small spelled-out count of participants ("the two leaders",
/// "four sources"), an ordinal that does not count a party's events ("his eighth trip" counts;
/// "the fourth largest" does not), times of day, and a count the document already gave.
struct NumberCandidates {
    let lexicon: ClaimLexicon

    /// Counts the document's earlier claims gave, by kind and value (a restated count is no new claim).
    typealias Recent = Set<String>

    static func key(_ number: NumberMention) -> String {
        "\(number.kind.rawValue):\(number.value.map { "\($0)" } ?? number.normalized ?? "")"
    }

    func claims(in sentence: SentenceContext, recent: Recent) -> [NumberMention] {
        guard !sentence.isQuestion else { return [] }
        return sentence.numbers.filter { number in
            guard let range = sentence.wordRange(number.start, number.end) else { return false }
            return isClaim(number, range, in: sentence, recent: recent)
        }
    }

    private func isClaim(_ number: NumberMention, _ range: Range<Int>, in sentence: SentenceContext, recent: Recent) -> Bool {
        let words = sentence.words
        let first = range.lowerBound, last = range.upperBound - 1
        if isHedged(before: first, in: sentence) { return false }
        switch number.kind {
        case .time:
            return false
        case .date:
            if isStatementDate(first: first, last: last, in: sentence) { return false }
            if first >= 2, words[first - 2].text == "as", words[first - 1].text == "of" { return false }
            if isIsoStamp(number.text) { return false }
            // The point another date is counted from: "one week after this weekend's visit".
            if first >= 2, ["after", "before"].contains(words[first - 1].text), Self.timeUnits.contains(words[first - 2].text) { return false }
            // A time frame of another value: "last year" beside it, or a date in an opening
            // clause ("When Ishiba first met Trump in February, his plan … $1 trillion").
            let framesValue = sentence.numbers.contains { ![.date, .time, .ordinal].contains($0.kind) }
            if framesValue, number.text.lowercased().hasPrefix("last") || sentence.isInOpeningClause(first) { return false }
        case .cardinal:
            if words[last].end > number.end || words[first].start < number.start { return false }  // "one-game"
            if let value = number.value, value <= 4, value == value.rounded(),
               !number.text.unicodeScalars.contains(where: { CharacterSet.decimalDigits.contains($0) }) { return false }
            if recent.contains(Self.key(number)) { return false }
        case .ordinal:
            guard first > 0 else { return false }
            let before = words[first - 1].text
            // A person's own events: "his eighth trip", "Akazawa's first visit" (not "Friday's third round").
            guard Self.possessives.contains(before) || (before.hasSuffix("'s") && sentence.entity(at: first - 1)?.type == .person) else { return false }
            if last + 1 < words.count, words[last + 1].text.hasSuffix("est") { return false }
        default:
            break
        }
        if first > 0, words[first - 1].text == "from", ![.date, .time, .duration].contains(number.kind),
           hasChangeTarget(of: number, in: sentence) { return false }
        return true
    }

    /// Speculation: a modal of possibility earlier in the number's clause, outside quotations and
    /// other values ("He may hold another round … on Friday" predicts; "May 30" is a date). Hedging
    /// adverbs and adjectives qualify something else as often ("the most likely outcome before …").
    private func isHedged(before first: Int, in sentence: SentenceContext) -> Bool {
        var index = first - 1
        while index >= 0, !ClaimWords.clauseBreaks.contains(sentence.words[index].text) {
            if Self.possibilityModals.contains(sentence.words[index].text), !sentence.isQuoted(index), sentence.number(at: index) == nil,
               sentence.entity(at: index) == nil { return true }
            index -= 1
        }
        return false
    }

    /// A date told as the time of the statement: a verb of saying or a noun of the occasion in the
    /// eight words before it (with no other value between), or a verb of saying just after it.
    private func isStatementDate(first: Int, last: Int, in sentence: SentenceContext) -> Bool {
        let words = sentence.words
        // The occasion of a statement counts only in a sentence that makes one ("in a phone
        // interview on Wednesday, Trump said"; not "attend a conference next week").
        // Words of a name are no verbs ("the United States").
        let states = words.indices.contains { sentence.entity(at: $0) == nil && isSaying(words[$0].text) }
        for index in stride(from: first - 1, through: max(0, first - 8), by: -1) where sentence.entity(at: index) == nil {
            // A value between the verb and the date is the fact the date belongs to ("announced
            // this would rise to 25 percent on August 1").
            if let number = sentence.number(at: index), ![.date, .time].contains(number.kind) { return false }
            // So does a reported clause between them ("confirmed that they would begin talks on Friday").
            if Self.reportedClause.contains(words[index].text) { return false }
            if isSaying(words[index].text) { return true }
            if lexicon.statementClasses(words[index].text).contains(.communication) {
                // "it was learned Wednesday": a passive report dates itself.
                if states || (index > 0 && ["was", "were"].contains(words[index - 1].text)) { return true }
            }
        }
        for index in (last + 1)..<min(words.count, last + 3) where sentence.entity(at: index) == nil && isSaying(words[index].text) {
            return true
        }
        return false
    }

    /// A verb of saying that does not date a fact by itself ("announced" gives an announcement's date).
    private func isSaying(_ word: String) -> Bool {
        lexicon.statementClasses(word).contains(.speech) && lexicon.dateRoles[word] == nil
    }


    /// Whether another value of the number's kind follows "to" ("from 10% to 25%", "to 27.5
    /// percent from 2.5 percent"): the "from" value is the earlier one.
    private func hasChangeTarget(of number: NumberMention, in sentence: SentenceContext) -> Bool {
        sentence.numbers.contains { other in
            guard other.start != number.start, other.kind == number.kind,
                  let range = sentence.wordRange(other.start, other.end), range.lowerBound > 0 else { return false }
            return sentence.words[range.lowerBound - 1].text == "to"
        }
    }

    /// "2025-05-23": a date stamp of the page, not of the story.
    private func isIsoStamp(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 10 else { return false }
        return scalars.enumerated().allSatisfy { index, scalar in
            index == 4 || index == 7 ? scalar == "-" : CharacterSet.decimalDigits.contains(scalar)
        }
    }

    /// A person's events are counted ("his eighth trip"); "their third round", "its first
    /// agreement" name which one rather than count a party's own.
    static let reportedClause: Set<String> = ["that", "will", "would", "to"]
    static let possessives: Set<String> = ["his", "her", "my"]
    static let possibilityModals: Set<String> = ["may", "might"]
    static let timeUnits: Set<String> = ["day", "days", "week", "weeks", "month", "months", "year", "years", "hours"]
}
