import Testing
import KijiCore
@testable import KijiClaims

/// Claim cases from six kinds of news (markets, an election, a company's results, a court case,
/// a sports result, a disaster), as a data table (`Fixtures/news_kinds.json`): each story's
/// articles go through the extractor and one linker; every expected claim must be found, claims
/// with one cluster label must share a cluster and claims with different labels must not, and a
/// cluster whose values differ must be told an update or a conflict as the table says. A value
/// reported as changed has a cluster of its own that updates its fact's
/// (`ClusterIndex.newCluster(updating:)`), so labels compare clusters without update marks.
@Suite struct NewsKindsTests {
    @Test(arguments: try loadStories("news_kinds"))
    func story(_ story: NewsStory) throws {
        let extractor = try ClaimExtractor()
        let linker = try ClaimLinker()
        var labelled: [String: [(claim: Claim, published: String?)]] = [:]
        for fixture in story.documents {
            var document = fixture.document()
            try extractor.annotate(&document)
            try linker.annotate(&document)
            let found = document.claims
            let described = found.map { "\($0.attribute) \($0.value?.value.map { "\($0)" } ?? $0.value?.normalized ?? "-") subject=\($0.subject ?? "-") source=\($0.source ?? "-")" }
            let context = "\(story.kind) article \(fixture.id) (\(fixture.why))"
            #expect(found.count == fixture.expected.count, "\(context): expected \(fixture.expected), got \(described)")
            for (expected, match) in zip(fixture.expected, assignment(of: fixture.expected, in: found)) {
                #expect(match != nil, "\(context): missing \(expected); got \(described)")
                if let match, let label = expected.cluster { labelled[label, default: []].append((match, fixture.published)) }
            }
        }
        let clusterOf = labelled.mapValues { Set($0.map { ClusterIndex.base(of: $0.claim.cluster) }) }
        for (label, clusters) in clusterOf {
            #expect(clusters.count == 1, "\(story.kind): the claims labelled \(label) fall in clusters \(clusters)")
            for (other, otherClusters) in clusterOf where other < label {
                #expect(clusters.isDisjoint(with: otherClusters), "\(story.kind): \(label) and \(other) share a cluster")
            }
        }
        let wording = try #require(ChangeWording.shared)
        for (label, verdict) in story.verdicts ?? [:] {
            let reports = (labelled[label] ?? []).map {
                ValueHistory.Report(value: $0.claim.value, published: $0.published, reportsChange: wording.reportsChange($0.claim.text))
            }
            #expect(ValueHistory.verdict(reports).rawValue == verdict, "\(story.kind): \(label) should be a \(verdict)")
        }
    }

    @Test func aChangeNeedsAValueAfterItsVerb() throws {
        let wording = try #require(ChangeWording.shared)
        #expect(wording.reportsChange("The levy on autos had now been reduced to 15 percent."))
        #expect(wording.reportsChange("The company revised its forecast."))
        #expect(!wording.reportsChange("Japan and the United States face tough negotiations with the suspension set to end on July 9."))
        #expect(!wording.reportsChange("The death toll from the quake stands at 381."))
    }
}

extension NewsStory: CustomTestStringConvertible {
    var testDescription: String { kind }
}
