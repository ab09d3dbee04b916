import Foundation
import KijiCore

/// Names the property a claim gives when no head noun of the lexicon governs it, from the
/// language of the sentence: the noun the number quantifies ("38 seats" → seat, "a 7.1-magnitude
/// quake" → quake) or, for a date or a duration, the event word it dates ("the verdict on Friday"
/// → verdict), lemmatized with the lemma table; the value's role follows ("seat_count",
/// "verdict_date"). A statement is named by the word its verb governs ("vowed to appeal" → appeal).
struct AttributeNamer {
    let lexicon: ClaimLexicon

    func terms(for number: NumberMention, at range: Range<Int>, in sentence: SentenceContext) -> [String] {
        let role = role(of: number, at: range, in: sentence)
        let noun: String?
        var qualifiers: [String] = []
        switch number.kind {
        case .date, .duration, .time:
            let event = eventNoun(near: range, in: sentence)
            qualifiers = event.map { modifiers(before: $0.index, in: sentence) } ?? []
            noun = event?.name
                ?? contentWord(in: sentence, from: range.lowerBound - 1, step: -1, limit: 8)
                ?? contentWord(in: sentence, from: range.upperBound, step: 1, limit: 4)
        case .percent where levyTerms(for: number, at: range, in: sentence) != nil:
            return levyTerms(for: number, at: range, in: sentence)!
        default:
            noun = phraseHead(in: sentence, after: range.upperBound)
                ?? contentWord(in: sentence, from: range.lowerBound - 1, step: -1, limit: 6)
        }
        return qualifiers + [noun ?? "value", role]
    }

    /// Rule `rate-on-goods`: a rate on goods the lexicon names is a levy on them ("25 percent on
    /// Japanese auto imports" → auto_tariff_rate), whatever noun opens the sentence ("Imports of…").
    func levyTerms(for number: NumberMention, at range: Range<Int>, in sentence: SentenceContext) -> [String]? {
        guard number.kind == .percent, let levy = lexicon.heads["tariff"]?.concept else { return nil }
        let goods = goodsAfter(range.upperBound, in: sentence)
        return goods.isEmpty ? nil : goods + [levy, role(of: number, at: range, in: sentence)]
    }

    /// The sector qualifiers of an "on …" phrase right after a rate ("percent on Japanese auto
    /// imports" → auto), skipping names, participles and the words that glue goods together.
    private func goodsAfter(_ start: Int, in sentence: SentenceContext) -> [String] {
        let words = sentence.words
        var index = start
        while index < words.count, ["percent", "%"].contains(words[index].text) { index += 1 }
        guard index < words.count, words[index].text == "on" else { return [] }
        var goods: [String] = []
        index += 1
        while index < words.count, index <= start + 6 {
            let word = words[index].text
            if let term = lexicon.modifiers[word], FactFinder.sectorTerms.contains(term) {
                if !goods.contains(term) { goods.append(term) }
            } else if !(FactFinder.phraseGlue.contains(word) || sentence.entity(at: index) != nil) {
                break
            }
            index += 1
        }
        return goods
    }

    /// The lexicon's qualifiers just before an event noun ("the lower house election" →
    /// lower_house), so that two events of one kind stay apart.
    private func modifiers(before index: Int, in sentence: SentenceContext) -> [String] {
        var terms: [String] = []
        var position = index - 1
        while position >= 0, position >= index - 3 {
            let word = sentence.words[position].text
            if let term = lexicon.modifiers[word] { if !terms.contains(term) { terms.insert(term, at: 0) } }
            else if word != "house" { break }
            position -= 1
        }
        return terms
    }

    /// The first word after a statement's verb that says what it is about ("agreed to continue
    /// talks" → continue), else the verb itself.
    func terms(for statement: StatementFinder.Statement, in sentence: SentenceContext) -> [String] {
        // Persons ("told reporters", "officials said") are who speaks or listens, not the topic.
        guard let verb = statement.topicVerb ?? statement.verb else {
            return [contentWord(in: sentence, from: 0, step: 1, limit: sentence.words.count, skippingPersons: true) ?? "statement"]
        }
        let own = lemma(sentence.words[verb].text)
        return [contentWord(in: sentence, from: verb + 1, step: 1, limit: 8, skippingPersons: true) ?? own]
    }

    /// The event noun nearest to a date or duration in its sentence, within `eventReach` words
    /// and not across ";" ("held their third round of talks on Friday" → talk), named by the
    /// lexicon's concept when it has one ("round" → talks), lemmatized.
    private func eventNoun(near range: Range<Int>, in sentence: SentenceContext) -> (index: Int, name: String)? {
        let words = sentence.words
        var best: (index: Int, distance: Int)?
        for index in max(0, range.lowerBound - Self.eventReach)..<min(words.count, range.upperBound + Self.eventReach)
        where !range.contains(index) && lexicon.eventNouns.contains(words[index].text) && sentence.entity(at: index) == nil
            && !(index > 0 && FactFinder.auxiliaries.contains(words[index - 1].text)) {  // "can vote" is a verb
            let between = index < range.lowerBound ? index..<range.lowerBound : range.upperBound..<index
            if between.contains(where: { words[$0].text == ";" || words[$0].text == "." }) { continue }
            let distance = index < range.lowerBound ? range.lowerBound - index : index - range.upperBound + 1
            if best == nil || distance < best!.distance { best = (index, distance) }
        }
        guard let best else { return nil }
        let word = words[best.index].text
        return (best.index, lemma(lexicon.heads[word]?.concept ?? word))
    }

    static let eventReach = 10

    /// The head of the noun phrase a number opens: the last of the content words right after it
    /// ("$7,500 federal tax credit" → credit, "38 seats" → seat), skipping "percent" and "of".
    private func phraseHead(in sentence: SentenceContext, after start: Int) -> String? {
        var index = start
        while index < sentence.words.count, ["percent", "%", "of", "more", "-"].contains(sentence.words[index].text) { index += 1 }
        var head: String?
        while index < sentence.words.count, index < start + 5, isContent(index, in: sentence) {
            let word = sentence.words[index].text
            let base = lemma(word)
            // An inflected verb ends the phrase: "34,000 fans watched" → fan.
            if head != nil, base != word, word.hasSuffix("ed") || word.hasSuffix("ing") { break }
            head = base
            index += 1
        }
        return head
    }

    private func isContent(_ index: Int, in sentence: SentenceContext) -> Bool {
        let text = sentence.words[index].text
        guard let first = text.unicodeScalars.first, CharacterSet.letters.contains(first), text.count > 2,
              !Self.functionWords.contains(text), sentence.number(at: index) == nil, sentence.entity(at: index) == nil else { return false }
        let classes = lexicon.statementClasses(text)
        return !classes.contains(.speech) && !classes.contains(.hedge)
    }

    /// A date's role from a role word next to it ("started in March", "expires on July 9"),
    /// else the kind's ("date", "rate", "count").
    private func role(of number: NumberMention, at range: Range<Int>, in sentence: SentenceContext) -> String {
        let fallback = lexicon.kindRoles[number.kind] ?? "value"
        guard number.kind == .date else { return fallback }
        let words = sentence.words
        for index in max(0, range.lowerBound - 3)..<min(words.count, range.upperBound + 1) where !range.contains(index) {
            if let role = lexicon.dateRoles[words[index].text] { return role }
        }
        return fallback
    }

    /// The lemma of the nearest content word from `start` walking by `step`: not a function word,
    /// a number, punctuation, a name or a verb of saying; stops at a clause break.
    private func contentWord(in sentence: SentenceContext, from start: Int, step: Int, limit: Int,
                             skippingPersons: Bool = false) -> String? {
        var index = start
        var walked = 0
        if step > 0, index < sentence.words.count, sentence.words[index].text == "," { index += 1 }  // "This year, visitors…"
        while index >= 0, index < sentence.words.count, walked < limit {
            let text = sentence.words[index].text
            if text == ";" || text == "." || text == ":" || (step > 0 && text == ",") { return nil }
            if isContent(index, in: sentence), !(skippingPersons && lexicon.personNouns.contains(lemma(text))) { return lemma(text) }
            index += step
            walked += 1
        }
        return nil
    }

    private func lemma(_ word: String) -> String {
        lexicon.forms?.lemma(word) ?? word
    }

    static let functionWords: Set<String> = [
        "the", "and", "for", "with", "from", "that", "this", "these", "those", "into", "onto", "about", "than", "then",
        "their", "them", "they", "his", "her", "its", "our", "your", "was", "were", "are", "been", "being", "has", "have",
        "had", "not", "but", "will", "shall", "should", "can", "must", "also", "only", "just", "after", "before", "during",
        "since", "until", "over", "under", "more", "most", "less", "least", "some", "any", "all", "each", "both", "such",
        "which", "who", "whom", "whose", "what", "when", "where", "while", "there", "here", "again", "still", "already",
        "around", "nearly", "almost", "roughly", "approximately", "percent", "per", "cent", "out", "off", "via", "upon",
        "within", "without", "among", "between", "through", "across", "against", "toward", "towards", "like", "very",
        "even", "ever", "now", "yet", "well", "other", "another", "same", "own", "last", "next", "this", "early", "late",
        "earlier", "later", "local", "time", "way", "did", "does", "doing", "done", "one", "ahead", "top", "plus", "minus", "him", "she", "her", "them", "you", "who", "its",
    ]
}
