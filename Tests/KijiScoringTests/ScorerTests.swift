import Foundation
import KijiCore
import Testing
@testable import KijiScoring

/// Builds an annotated document from the parts a test cares about.
private func document(_ id: String, _ fields: String) throws -> AnnotatedDocument {
    try AnnotatedDocument.parse(Data("{\"id\":\"\(id)\",\(fields)}".utf8))
}

private func claim(_ text: String, cluster: String, date: String? = nil, percent: Double? = nil) -> String {
    let value: String
    if let date { value = "{\"kind\":\"DATE\",\"value\":null,\"unit\":null,\"normalized\":\"\(date)\"}" }
    else if let percent { value = "{\"kind\":\"PERCENT\",\"value\":\(percent),\"unit\":\"%\",\"normalized\":null}" }
    else { value = "null" }
    return "{\"start\":0,\"end\":1,\"text\":\"\(text)\",\"subject\":null,\"attribute\":\"a\",\"value\":\(value),\"source\":null,\"cluster\":\"\(cluster)\"}"
}

@Test func numbersMatchOnceALeadingApproximatorIsDropped() throws {
    let gold = try document("d", #""text":"x","numbers":[{"start":0,"end":2,"text":"40","kind":"CARDINAL","value":40,"unit":null,"normalized":null}]"#)
    let predicted = try document("d", #""text":"x","numbers":[{"start":0,"end":8,"text":"about 40","kind":"CARDINAL","value":40.1,"unit":null,"normalized":null}]"#)
    let report = Scorer.score(gold: [gold], predicted: [predicted])
    #expect(report.numbers.detection == Counts(matched: 1, predicted: 1, gold: 1))
    #expect(report.numbers.value.value == 1, "40.1 is within 0.5% of 40")
    #expect(report.numbers.normalized.total == 0, "normalized accuracy counts only where gold has one")
}

@Test func entityCanonicalsCompareAsFoldedTokensWithoutCorporateSuffix() throws {
    let gold = try document("d", #""text":"x","entities":[{"start":0,"end":4,"text":"Katō","type":"PERSON","canonical":"Katsunobu Kato"},{"start":5,"end":9,"text":"Sony","type":"ORG","canonical":"Sony Group"},{"start":10,"end":15,"text":"Tokyo","type":"GPE","canonical":"Tokyo"}]"#)
    let predicted = try document("d", #""text":"x","entities":[{"start":0,"end":4,"text":"Katō","type":"PERSON","canonical":"Katsunobu Katō"},{"start":5,"end":9,"text":"Sony","type":"ORG","canonical":"Sony"},{"start":10,"end":15,"text":"Tokyo","type":"ORG","canonical":"Tokyo"}]"#)
    let report = Scorer.score(gold: [gold], predicted: [predicted])
    #expect(report.entities.typed == Counts(matched: 2, predicted: 3, gold: 3), "Tokyo's type differs")
    #expect(report.entities.untyped.matched == 3)
    #expect(report.entities.canonical == Accuracy(correct: 2, total: 2))
}

@Test func quotesMatchByJaccardAndSpeakersByFamilyName() throws {
    let gold = try document("d", #""text":"x","quotes":[{"start":0,"end":1,"text":"We had frank and constructive discussions","kind":"direct","speaker":"Ryosei Akazawa","speaker_mention":null,"cue":"say"}]"#)
    let predicted = try document("d", #""text":"x","quotes":[{"start":0,"end":1,"text":"We had frank and constructive discussions,","kind":"direct","speaker":"Akazawa","speaker_mention":null,"cue":"say"}]"#)
    let report = Scorer.score(gold: [gold], predicted: [predicted])
    #expect(report.quotes.span.matched == 1)
    #expect(report.quotes.speaker.value == 1)
    #expect(report.quotes.endToEnd.f1 == 1)
}

@Test func unnamedSourcesMatchByHeadNounButNotAPersonOfThatName() {
    #expect(Matching.sameSpeaker("official", "senior government official"))
    #expect(!Matching.sameSpeaker("Official", "senior government official"))
    #expect(Matching.sameSpeaker(nil, nil))
    #expect(!Matching.sameSpeaker("Shigeru Ishiba", nil))
}

@Test func claimLinksAndConflictsAcrossDocuments() throws {
    let goldA = try document("a", "\"text\":\"x\",\"claims\":[\(claim("the pause ends on 8 July", cluster: "pause", date: "2025-07-08")),\(claim("tariff of 25 percent on cars", cluster: "auto", percent: 25))]")
    let goldB = try document("b", "\"text\":\"x\",\"claims\":[\(claim("the suspension is set to end on July 9", cluster: "pause", date: "2025-07-09")),\(claim("a 25% tariff on cars", cluster: "auto", percent: 25))]")
    let predA = try document("a", "\"text\":\"x\",\"claims\":[\(claim("the pause ends on 8 July", cluster: "p1", date: "2025-07-08")),\(claim("tariff of 25 percent on cars", cluster: "t", percent: 25))]")
    let predB = try document("b", "\"text\":\"x\",\"claims\":[\(claim("the suspension is set to end on July 9", cluster: "p1", date: "2025-07-09")),\(claim("a 25% tariff on cars", cluster: "other", percent: 25))]")
    let report = Scorer.score(gold: [goldA, goldB], predicted: [predA, predB])
    #expect(report.claims.detection.f1 == 1)
    #expect(report.claims.links.gold == 2)
    #expect(report.claims.links.matched == 1, "the auto tariff link is missed")
    #expect(report.claims.linkPrecision == 1)
    #expect(report.claims.conflicts == Accuracy(correct: 1, total: 1))
}

@Test func datesContainingEachOtherDoNotConflict() {
    func date(_ normalized: String) -> NumberValue { NumberValue(kind: .date, normalized: normalized) }
    #expect(!ValueConflict.conflict(date("2025-07"), date("2025-07-09")))
    #expect(!ValueConflict.conflict(date("2025-SU"), date("2025-06-15")))
    #expect(!ValueConflict.conflict(date("XXXX-07-20"), date("2025-07-20")))
    #expect(!ValueConflict.conflict(date("2025-W18"), date("2025-05-01")))
    #expect(ValueConflict.conflict(date("2025-07-08"), date("2025-07-09")))
    #expect(ValueConflict.conflict(date("2025-W18"), date("2025-05-08")))
    #expect(!ValueConflict.conflict(date("2025-07-08"), nil))
    #expect(ValueConflict.conflict(NumberValue(kind: .percent, value: 24, unit: "%"), NumberValue(kind: .percent, value: 25, unit: "%")))
}

@Test func aGoldDocumentWithoutPredictionScoresAsEmpty() throws {
    let gold = try document("d", #""text":"Hello world.","sentences":[{"start":0,"end":12,"text":"Hello world."}]"#)
    let report = Scorer.score(gold: [gold], predicted: [AnnotatedDocument(id: "d", error: "binary file")])
    #expect(report.missing == ["d"])
    #expect(report.sentences == Counts(matched: 0, predicted: 0, gold: 1))
    #expect(report.cleaner.recall == 0)
}

@Test func malformedPredictionsNameTheLine() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("kiji-malformed-\(UUID()).jsonl").path
    try Data("{\"id\":\"a\",\"text\":\"x\",\"sentences\":[]}\n{\"id\":\"b\",\"sentences\":[{\"start\":0}]}\n".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: ScoreFiles.Malformed.self) { try ScoreFiles.predictions(path: path) }
    do {
        _ = try ScoreFiles.predictions(path: path)
    } catch {
        #expect("\(error)".contains("line 2"))
    }
}

@Test func metaScoresPublishedWhereGoldStatesItAndOutletsByTheirDistinctWords() throws {
    let gold = [try document("a", #""meta":{"title":"T","published":"2025-05-29","outlet":"The Japan Times"},"text":"x""#),
                try document("b", #""meta":{"title":null,"published":null,"outlet":"Kyodo News"},"text":"x""#),
                try document("c", #""meta":{"title":null,"published":null,"outlet":"Reuters"},"text":"x""#)]
    let predicted = [try document("a", #""meta":{"title":"T","published":"2025-05-29","outlet":"Japan Times"},"text":"x""#),
                     try document("b", #""meta":{"title":null,"published":"2025-06-28","outlet":"KYODO"},"text":"x""#),
                     try document("c", #""meta":{"title":null,"published":null,"outlet":"Reuters Breakingviews"},"text":"x""#)]
    let report = Scorer.score(gold: gold, predicted: predicted)
    #expect(report.meta.title == Accuracy(correct: 3, total: 3))
    #expect(report.meta.published == Accuracy(correct: 1, total: 1), "only documents whose gold states a date count")
    #expect(report.meta.spuriousPublished == 1)
    #expect(report.meta.outlet == Accuracy(correct: 2, total: 3), "another word that is not generic names another outlet")
}
