import Testing
import KijiCore
@testable import KijiClaims

@Suite struct ClaimLinkerTests {
    /// A one-sentence document with its numbers (given by text), through the extractor.
    func extracted(_ id: String, _ text: String, number: String, _ value: NumberValue,
                   also others: [(String, NumberValue)] = []) throws -> Document {
        var document = Document(id: id, source: .annotated, text: text)
        document.sentences = [document.text.span(0, document.text.count)]
        let scalars = Array(text.unicodeScalars)
        document.numbers = ([(number, value)] + others).map { phrase, value in
            let start = scalars.indices.first { scalars[$0...].starts(with: phrase.unicodeScalars) }!
            return NumberMention(span: document.text.span(start, start + phrase.unicodeScalars.count), value: value)
        }.sorted { $0.start < $1.start }
        try ClaimExtractor().annotate(&document)
        return document
    }

    func link(_ documents: [Document], linker: ClaimLinker? = nil) throws -> [Document] {
        let linker = try linker ?? ClaimLinker()
        return try documents.map { document in
            var document = document
            try linker.annotate(&document)
            return document
        }
    }

    let rate25 = NumberValue(kind: .percent, value: 25, unit: "%")

    @Test func sameFactInDifferentWordingsLinks() throws {
        let documents = try link([
            extracted("a", "Japan faces a 25% levy on autos.", number: "25%", rate25),
            extracted("b", "Automakers pay the 25% tariff on car exports.", number: "25%", rate25),
            extracted("c", "The 25% tariffs on automobiles stay.", number: "25%", rate25),
        ])
        let clusters = documents.flatMap(\.claims).map(\.cluster)
        #expect(clusters.count == 3)
        #expect(Set(clusters).count == 1, "clusters: \(clusters)")
    }

    @Test func aValueReportedAsChangedIsAnUpdateOfItsFact() throws {
        let rate15 = NumberValue(kind: .percent, value: 15, unit: "%")
        let documents = try link([
            extracted("a", "Japan faces a 25% levy on autos.", number: "25%", rate25),
            extracted("b", "The levy on autos was cut to 15%.", number: "15%", rate15),
            extracted("c", "Automakers pay a 15% tariff on autos now.", number: "15%", rate15),
        ])
        let clusters = documents.map { $0.claims[0].cluster }
        #expect(clusters[1] == clusters[0] + ClusterIndex.updateMark + "-1", "clusters: \(clusters)")
        #expect(clusters[2] == clusters[1])
        #expect(ClusterIndex.base(of: clusters[1]) == clusters[0])
    }

    @Test func aLevyOnAllGoodsIsNotTheLevyOnCars() throws {
        let documents = try link([
            extracted("a", "Japan faces a 25% tariff on autos.", number: "25%", rate25),
            extracted("b", "Washington would impose tariffs of 25% on all imports.", number: "25%", rate25),
            extracted("c", "A 25% levy on all goods from Japan starts soon.", number: "25%", rate25),
        ])
        let claims = documents.map { $0.claims[0] }
        #expect(claims[1].attribute == "all_goods_tariff_rate")
        #expect(claims[0].cluster != claims[1].cluster)
        #expect(claims[1].cluster == claims[2].cluster, "clusters: \(claims.map(\.cluster))")
    }

    @Test func differentFactsStayApart() throws {
        let documents = try link([
            extracted("a", "A 25% tariff on automobiles applies.", number: "25%", rate25),
            extracted("b", "A 25% tariff on steel applies.", number: "25%", rate25),
            extracted("c", "The second round of talks was held on 1 May.", number: "1 May", NumberValue(kind: .date, normalized: "2025-05-01"),
                      also: [("second", NumberValue(kind: .ordinal, value: 2))]),
            extracted("d", "The third round of talks is set for 1 May.", number: "1 May", NumberValue(kind: .date, normalized: "2025-05-01"),
                      also: [("third", NumberValue(kind: .ordinal, value: 3))]),
        ])
        let clusters = documents.flatMap(\.claims).map(\.cluster)
        #expect(clusters.count == 4)
        #expect(Set(clusters).count == 4, "clusters: \(clusters)")
    }

    @Test func differingValuesOfOneFactAreAConflict() throws {
        let documents = try link([
            extracted("a", "The 90-day suspension of reciprocal tariffs ends on 8 July.", number: "8 July", NumberValue(kind: .date, normalized: "2025-07-08")),
            extracted("b", "Talks go on, with the suspension set to end on July 9.", number: "July 9", NumberValue(kind: .date, normalized: "2025-07-09")),
        ])
        let claims = documents.flatMap(\.claims).filter { $0.value?.kind == .date }
        #expect(claims.count == 2)
        #expect(claims[0].cluster == claims[1].cluster)
        #expect(ValueAgreement.of(claims[0].value, claims[1].value) == .conflict)
        #expect(ValueAgreement.of(NumberValue(kind: .date, normalized: "2025-SU"), NumberValue(kind: .date, normalized: "XXXX-07-20")) == .compatible)
    }

    @Test func blockingKeepsCandidateCountsSmall() throws {
        let linker = try ClaimLinker()
        // Many stored clusters about other things: none shares a block with the new claim.
        for index in 0..<500 {
            let claim = Claim(span: Span(start: 0, end: 1, text: "x"), subject: nil, attribute: "topic\(index)_holdings_amount",
                              value: NumberValue(kind: .money, value: Double(index), unit: "USD"), source: nil, cluster: "c\(index)")
            linker.restore(claim)
        }
        _ = try link([extracted("new", "The 25% tariff on automobiles applies.", number: "25%", rate25)], linker: linker)
        #expect(linker.lastCandidateCount == 0)
        _ = try link([extracted("new2", "A 25% tariff on cars applies.", number: "25%", rate25)], linker: linker)
        #expect(linker.lastCandidateCount == 1)
    }

    @Test func claimsOfOneSpanStayApartWithinADocumentOnly() throws {
        let text = "A 25% tariff on steel took effect in March."
        let march = NumberValue(kind: .date, normalized: "2025-03")
        let documents = try link([
            extracted("a", text, number: "25%", rate25, also: [("March", march)]),
            extracted("b", text, number: "25%", rate25, also: [("March", march)]),
        ])
        let a = documents[0].claims.map(\.cluster), b = documents[1].claims.map(\.cluster)
        #expect(a.count == 2 && Set(a).count == 2, "one span's two rates share a cluster: \(a)")
        #expect(a == b, "the same sentence in another document joins the same clusters: \(a) vs \(b)")
    }

    @Test func isoWeeksAreExtentsOfSevenDays() {
        let week = NumberValue(kind: .date, normalized: "2025-W21")  // Monday 19 May to Sunday 25 May 2025
        #expect(ValueAgreement.of(week, NumberValue(kind: .date, normalized: "2025-05-20")) == .compatible)
        #expect(ValueAgreement.of(week, NumberValue(kind: .date, normalized: "2025-05-27")) == .conflict)
        #expect(ValueAgreement.of(week, NumberValue(kind: .date, normalized: "2025-05")) == .compatible)
        #expect(ValueAgreement.of(week, week) == .equal)
    }

    @Test func aBlockKeepsABoundedNumberOfClusters() throws {
        let linker = try ClaimLinker()
        // Many clusters of one key whose dates could not be resolved: none can take the others in.
        for index in 0..<(3 * ClusterIndex.clustersPerBlock) {
            let claim = Claim(span: Span(start: 0, end: 1, text: "x"), subject: nil, attribute: "deal_date",
                              value: NumberValue(kind: .date, normalized: "2025-Q\(index)"), source: nil, cluster: "c\(index)")
            linker.restore(claim)
        }
        _ = try link([extracted("new", "A deal is expected on 1 May.", number: "1 May", NumberValue(kind: .date, normalized: "2025-05-01"))],
                     linker: linker)
        #expect(linker.lastCandidateCount <= ClusterIndex.clustersPerBlock)
        #expect(linker.lastCandidateCount > 0)
    }

    @Test func anUnresolvedDateJoinsTheSameQualifiedFactOnly() throws {
        let may2 = NumberValue(kind: .date, normalized: "2025-05-02"), friday = NumberValue(kind: .date)
        let documents = try link([
            extracted("a", "Working-level talks resume on 2 May.", number: "2 May", may2),
            extracted("b", "Working-level talks resume on Friday.", number: "Friday", friday),
            extracted("c", "Talks were held on 2 May.", number: "2 May", may2),
            extracted("d", "Talks were held on Friday.", number: "Friday", friday),
        ])
        let clusters = documents.map { $0.claims.map(\.cluster) }
        #expect(clusters.allSatisfy { $0.count == 1 }, "\(clusters)")
        #expect(clusters[0] == clusters[1], "an undated working-level round is the working-level round: \(clusters)")
        #expect(clusters[2] != clusters[3], "an undated bare 'talks' could be any talks: \(clusters)")
    }
}

@Suite struct PartySideTests {
    func position(_ subject: String, said source: String, _ attribute: String = "tariff_review_position") -> Document {
        var document = Document(id: source + subject, source: .annotated, text: "A position.")
        document.claims = [Claim(span: Span(start: 0, end: 11, text: "A position."), subject: subject, attribute: attribute,
                                 value: nil, source: source, rule: "test")]
        return document
    }

    @Test func positionsOfOneSideLinkWhoeverSpeaksForIt() throws {
        let linker = try ClaimLinker()
        let documents = try [
            position("Japan", said: "Ryosei Akazawa"),
            position("Japan", said: "Shigeru Ishiba"),
            // An article that names the speaker without his side: the side an earlier one gave him.
            position("Shigeru Ishiba", said: "Shigeru Ishiba"),
            position("United States", said: "Donald Trump"),
        ].map { document in
            var document = document
            try linker.annotate(&document)
            return document
        }
        let clusters = documents.map { $0.claims[0].cluster }
        #expect(Set(clusters[0...2]).count == 1, "clusters: \(clusters)")
        #expect(clusters[3] != clusters[0])
        #expect(documents[2].claims[0].subject == "Japan")
    }

    @Test func aPersonsSideComesFromTheCountryInTheirDescription() throws {
        let text = "Japanese Prime Minister Shigeru Ishiba met Ryosei Akazawa, Japan's chief negotiator, and Mayor Tom Lee of Osaka."
        var document = Document(id: "d", source: .annotated, text: text)
        let scalars = Array(text.unicodeScalars)
        func entity(_ phrase: String, _ type: EntityType, _ canonical: String? = nil) -> Entity {
            let start = scalars.indices.first { scalars[$0...].starts(with: phrase.unicodeScalars) && !scalars[($0 + phrase.unicodeScalars.count)...].starts(with: "ese".unicodeScalars) }!
            return Entity(span: document.text.span(start, start + phrase.unicodeScalars.count), type: type, canonical: canonical ?? phrase)
        }
        document.entities = [entity("Japanese", .norp), entity("Shigeru Ishiba", .person), entity("Ryosei Akazawa", .person),
                             entity("Japan", .gpe), entity("Tom Lee", .person), entity("Osaka", .gpe)]
        let sides = PartySides(countries: try ClaimLexicon().partySides)
        let persons = sides.personSides(in: document)
        #expect(persons == ["Shigeru Ishiba": "Japan", "Ryosei Akazawa": "Japan"])
        #expect(sides.side(of: "Tokyo", persons: persons) == "Japan")
        #expect(sides.side(of: "Tom Lee", persons: persons) == nil)
    }
}
