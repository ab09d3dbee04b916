import Testing
import KijiCore
@testable import KijiStore

/// `kiji claims` marks a cluster whose values differ as an update when a later article reports
/// the change, and as a conflict when outlets disagree at the same time.
@Suite struct ClusterReportTests {
    func count(_ value: Double) -> NumberValue { NumberValue(kind: .cardinal, value: value) }

    @Test func aLaterReportedChangeIsAnUpdate() {
        let report = ClusterReport(cluster: "rise-count-1", attribute: "rise_count", members: [
            .init(document: "dw", text: "The death toll from the earthquake in Yunnan had risen to 381, officials said.",
                  value: count(381), source: nil, published: "2014-08-03"),
            .init(document: "reuters", text: "The death toll from the Yunnan earthquake rose to 398 at last count.",
                  value: count(398), source: nil, published: "2014-08-04"),
        ])
        #expect(report.agreement == .update)
    }

    @Test func differentValuesOnOneDayAreAConflict() {
        let report = ClusterReport(cluster: "magnitude-count-1", attribute: "magnitude_count", members: [
            .init(document: "usgs", text: "The US Geological Survey measured the Yunnan quake at magnitude 6.1.",
                  value: count(6.1), source: "United States Geological Survey", published: "2014-08-03"),
            .init(document: "xinhua", text: "Chinese state media put the Yunnan quake at magnitude 6.5.",
                  value: count(6.5), source: nil, published: "2014-08-03"),
        ])
        #expect(report.agreement == .conflict)
    }

    @Test func aChangeWithoutPublicationDatesStaysAConflict() {
        let report = ClusterReport(cluster: "rise-count-1", attribute: "rise_count", members: [
            .init(document: "a", text: "The toll had risen to 381.", value: count(381), source: nil),
            .init(document: "b", text: "The toll rose to 398.", value: count(398), source: nil),
        ])
        #expect(report.agreement == .conflict, "without dates nothing says which came later")
    }
}
