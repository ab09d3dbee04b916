import KijiCore

/// Claims that rest on a number: a rate, a sum, a date or deadline, a duration, a count.
/// A number makes a claim when a head noun of the lexicon ("tariff", "talks", "election") governs
/// it nearby; the attribute is built from the head's modifiers, the head and the role of the
/// value ("auto" + "tariff" + "rate"). Numbers with no head (a weekday of an interview, "two
/// governments") make none.
struct FactFinder {
    let lexicon: ClaimLexicon

    /// A number's claim before the sentence-level fields (span, subject, source) are filled in.
    struct Fact {
        var terms: [String]
        var value: NumberValue
        var number: NumberMention
        var headIndex: Int
        /// The word the fact stands on (its number, or the head of a "similar" fact): finds its clause.
        var anchorIndex: Int
        var rule: String
    }

    static let claimKinds: Set<NumberKind> = [.percent, .money, .date, .duration, .cardinal, .quantity]

    func facts(in sentence: SentenceContext) -> [Fact] {
        var facts: [Fact] = []
        for number in sentence.numbers where Self.claimKinds.contains(number.kind) {
            guard let range = sentence.wordRange(number.start, number.end), !isCompoundCount(number, range, in: sentence),
                  let head = head(for: number, at: range, in: sentence) else { continue }
            let role = role(of: number, head: head, numberWords: range, in: sentence)
            let before = preModifiers(of: head, in: sentence)
            let ordinal = ordinalTerm(of: head, in: sentence)
            let lists = postModifiers(of: head, in: sentence)
            let concept = lexicon.heads[sentence.words[head].text]!.concept
            // A list of sectors ("tariffs on automobiles, steel and aluminum") holds one fact per sector.
            let groups: [[String]] = lists.sectors.isEmpty ? [[]] : lists.sectors.map { [$0] }
            for group in groups {
                var terms = before + lists.others + group
                if let ordinal { terms.insert(ordinal, at: 0) }
                terms = unique(terms.filter { $0 != concept })
                facts.append(Fact(terms: terms + [concept, role], value: number.numberValue, number: number,
                                  headIndex: head, anchorIndex: range.lowerBound, rule: "fact.\(number.kind.rawValue.lowercased())"))
            }
        }
        return facts + similarFacts(in: sentence, after: facts)
    }

    /// A count that counts nothing: one written into a compound adjective ("one-game
    /// suspension", "all-in-one investments"), or a small one that only refers back to parties
    /// already named ("the two countries", "these three nations").
    private func isCompoundCount(_ number: NumberMention, _ range: Range<Int>, in sentence: SentenceContext) -> Bool {
        guard number.kind == .cardinal, let first = range.first, let last = range.last else { return false }
        if sentence.words[last].end > number.end || sentence.words[first].start < number.start { return true }
        guard let value = number.value, value <= 3, first > 0 else { return false }
        return Self.referring.contains(sentence.words[first - 1].text)
    }

    /// Determiners before a small count that make it a reference ("the two countries").
    static let referring: Set<String> = ["the", "these", "those", "both"]

    /// "A 25% levy on steel started in March, with a similar tax on autos": a head qualified by
    /// "similar" repeats the rate of the sentence's previous fact for its own modifiers.
    private func similarFacts(in sentence: SentenceContext, after facts: [Fact]) -> [Fact] {
        var found: [Fact] = []
        for (index, word) in sentence.words.enumerated() where word.text == "similar" {
            guard let head = (index + 1...min(index + 2, sentence.words.count - 1)).first(where: { sentence.flags[$0].contains(.head) }),
                  let model = facts.last(where: { $0.headIndex < index && $0.value.kind != .date }) else { continue }
            let concept = lexicon.heads[sentence.words[head].text]!.concept
            let lists = postModifiers(of: head, in: sentence)
            let terms = (lists.others + lists.sectors).filter { $0 != concept }
            guard !terms.isEmpty else { continue }
            found.append(Fact(terms: terms + [concept, model.terms.last!], value: model.value, number: model.number,
                              headIndex: head, anchorIndex: head, rule: "fact.similar"))
        }
        return found
    }

    // MARK: Head

    /// How far a head may stand from its number, by kind: counts and rates sit next to their noun
    /// ("40 countries", "25% tariffs"); dates and sums may close a longer phrase.
    private func reach(_ kind: NumberKind) -> (left: Int, right: Int) {
        switch kind {
        case .cardinal, .quantity: return (0, 3)
        case .percent: return (5, 4)
        case .duration: return (5, 3)
        case .money: return (12, 4)
        default: return (10, 4)
        }
    }

    /// The head word that governs the number: within reach on the left (across commas and
    /// dashes, not across ";" or ":"; further past a verb of change, whose subject it may be),
    /// or on the right up to the next clause break; a higher priority wins, then the nearer one,
    /// then the left one. A head word that qualifies the noun after it ("tax credit") is none.
    private func head(for number: NumberMention, at range: Range<Int>, in sentence: SentenceContext) -> Int? {
        let words = sentence.words
        let reach = reach(number.kind)
        var best: (index: Int, priority: Int, distance: Int)?
        // Not a head: a word of a number, one that qualifies the noun after it ("tax credit"),
        // or a verb ("can vote", "will delay").
        func isHead(_ index: Int) -> Bool {
            sentence.flags[index].contains(.head) && sentence.number(at: index) == nil
                && !(index + 1 < words.count && lexicon.headCompounds.contains(words[index + 1].text))
                && !(index > 0 && (Self.auxiliaries.contains(words[index - 1].text) || words[index - 1].text.hasSuffix("n't")))
        }
        // "a loss of $304.7 million on revenue of $167.4 million": the noun the number completes.
        let before = range.lowerBound - 1
        if before >= 1, Self.completing.contains(words[before].text), isHead(before - 1) { return before - 1 }
        func consider(_ index: Int, distance: Int) {
            guard isHead(index), let head = lexicon.heads[words[index].text] else { return }
            if let current = best {
                if head.priority < current.priority { return }
                if head.priority == current.priority, distance >= current.distance { return }
            }
            best = (index, head.priority, distance)
        }
        var index = range.lowerBound - 1
        var distance = 1
        var left = reach.left
        while index >= 0, distance <= left {
            let text = words[index].text
            if text == ";" || text == ":" { break }
            if left == reach.left, number.kind != .date, lexicon.changeVerbs.contains(text) { left += Self.pastChangeVerb }
            consider(index, distance: distance)
            // A comma on the left is a step of its own: "talks, telling reporters on Friday" is far.
            distance += text == "," ? 3 : (ClaimWords.clauseBreaks.contains(text) ? 0 : 1)
            index -= 1
        }
        index = range.upperBound
        distance = 1
        // A number that opens the sentence ("In mid-June, the two leaders could meet…") governs
        // the clause after its comma.
        var opening = range.lowerBound <= 1 && number.kind == .date ? 8 : 0
        while index < words.count, distance <= reach.right + opening {
            let text = words[index].text
            if text == ",", opening > 0 { opening = distance + 8; index += 1; continue }
            if ClaimWords.clauseBreaks.contains(text) || text == "." { break }
            consider(index, distance: distance)
            distance += 1
            index += 1
        }
        return best?.index
    }

    /// Words a head may stand further left once a verb of change is passed (not for dates:
    /// "tariffs will reduce output by 2020" dates the output, not the tariffs).
    static let pastChangeVerb = 6
    /// Words after which a head word is a verb.
    static let auxiliaries: Set<String> = ["can", "could", "will", "would", "shall", "should", "may", "might", "must", "cannot", "to"]
    /// Words between a noun and the number that completes it ("revenue of $27.5 billion").
    static let completing: Set<String> = ["of", "worth"]

    // MARK: Modifiers

    /// Modifiers just before the head ("upper house elections", "baseline 10% tariff",
    /// "24 percent “reciprocal tariff”"), skipping numbers and quotation marks.
    private func preModifiers(of head: Int, in sentence: SentenceContext) -> [String] {
        var terms: [String] = []
        var index = head - 1
        var seen = 0
        while index >= 0, seen < 4 {
            let word = sentence.words[index]
            if word.text == "\"" || word.text == "'" || sentence.number(at: index) != nil || word.text == "percent" {
                index -= 1
                continue
            }
            if let term = lexicon.modifiers[word.text] { terms.insert(term, at: 0) }
            else if word.text != "house", word.text != "so-called" { break }
            index -= 1
            seen += 1
        }
        return terms
    }

    /// An ordinal that counts the head ("second round of talks", "third ministerial session",
    /// "second visit ... for talks"): "round2". Only for heads the lexicon says are counted.
    private func ordinalTerm(of head: Int, in sentence: SentenceContext) -> String? {
        guard let concept = lexicon.heads[sentence.words[head].text]?.concept,
              lexicon.ordinalHeads.contains(concept) else { return nil }
        var index = head - 1
        while index >= 0, index >= head - 8 {
            let word = sentence.words[index]
            if ClaimWords.clauseBreaks.contains(word.text) { break }
            if let number = sentence.number(at: index), number.kind == .ordinal, let value = number.value {
                return "round\(Int(value))"
            }
            index -= 1
        }
        return nil
    }

    /// Modifiers in the phrase after the head ("tariffs on automobiles, steel, and aluminum",
    /// "suspension of reciprocal tariffs", "levy on US imports of steel"): sector terms apart,
    /// since a list of sectors is one fact each. Goods without a sector ("tariffs of 25% on
    /// Japanese imports", "on all goods") qualify the fact as `allGoods`: a levy on everything a
    /// country sells is not the levy on its cars.
    private func postModifiers(of head: Int, in sentence: SentenceContext) -> (others: [String], sectors: [String]) {
        var others: [String] = []
        var sectors: [String] = []
        let mainPriority = lexicon.heads[sentence.words[head].text]?.priority ?? 0
        var index = head + 1
        var walked = 0
        var namesGoods = false
        while index < sentence.words.count, walked < 9 {
            let word = sentence.words[index]
            if Self.genericGoods.contains(word.text) { namesGoods = true }
            if word.text == "and" || word.text == "or", index + 1 < sentence.words.count,
               ["a", "an", "the"].contains(sentence.words[index + 1].text) {
                break  // a new noun phrase: "a similar tax on autos and a baseline 10% tariff"
            }
            if let term = lexicon.modifiers[word.text] {
                if Self.sectorTerms.contains(term) {
                    if !sectors.contains(term) { sectors.append(term) }
                } else {
                    others.append(term)
                }
            } else if let inner = lexicon.heads[word.text], inner.priority > 0, inner.priority < mainPriority {
                others.append(inner.concept)  // "suspension of reciprocal tariffs": the tariff qualifies the pause
            } else if !Self.phraseGlue.contains(word.text), sentence.entity(at: index) == nil, !isParticiple(word.text),
                      sentence.number(at: index) == nil, word.text != "percent", word.text != "%" {  // "tariffs of 25% on …"
                break
            }
            index += 1
            walked += 1
        }
        if namesGoods, sectors.isEmpty, !others.contains(Self.allGoods) { others.append(Self.allGoods) }
        return (others, sectors)
    }

    /// A past participle qualifying the noun after it ("tariff on imported automobiles"): an "-ed"
    /// form the lemma table knows as an inflection.
    private func isParticiple(_ word: String) -> Bool {
        word.hasSuffix("ed") && (lexicon.forms?.lemma(word) ?? word) != word
    }

    static let genericGoods: Set<String> = ["goods", "imports", "exports", "products"]
    static let allGoods = "all_goods"
    static let sectorTerms: Set<String> = ["auto", "steel_aluminum", "semiconductor", "pharmaceutical", "lumber", "agriculture"]
    static let phraseGlue: Set<String> = ["on", "of", "for", "against", "to", "and", "or", ",", "the", "a", "an", "all", "most",
                                          "imports", "exports", "goods", "products", "\"", "'", "so-called", "parts"]

    // MARK: Role

    /// What the value gives about the head: a start, an end, an announcement, else the kind's
    /// role ("rate", "date", "length"). For dates, a role word counts where it ties the date to
    /// the head: between the two ("tariff started in March", "suspension set to end on July 9"),
    /// just around the date ("kicking in earlier this month"), or as a noun of the head
    /// ("the expiration of the 90-day suspension ... on 8 July").
    private func role(of number: NumberMention, head: Int, numberWords: Range<Int>, in sentence: SentenceContext) -> String {
        let fallback = lexicon.kindRoles[number.kind] ?? "value"
        guard number.kind == .date else { return fallback }
        let words = sentence.words
        var places: [Int] = []
        if head < numberWords.lowerBound {
            places += Array((head + 1)..<numberWords.lowerBound)
        } else {
            places += Array(max(0, numberWords.lowerBound - 2)..<numberWords.lowerBound)
            places += Array(numberWords.upperBound..<head)
        }
        if numberWords.upperBound < words.count { places.append(numberWords.upperBound) }
        for index in stride(from: head - 1, through: max(0, head - 6), by: -1) where index + 1 < words.count && words[index + 1].text == "of" {
            places.append(index)
        }
        let nearest = places.compactMap { index in lexicon.dateRoles[words[index].text].map { (role: $0, distance: abs(index - numberWords.lowerBound)) } }
            .min { $0.distance < $1.distance }
        return nearest?.role ?? fallback
    }

    private func unique(_ terms: [String]) -> [String] {
        var seen: Set<String> = []
        return terms.filter { seen.insert($0).inserted }
    }
}
