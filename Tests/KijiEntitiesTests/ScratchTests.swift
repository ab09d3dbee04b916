import Testing
import KijiCore
@testable import KijiEntities

@Test func scratch() throws {
    let t = DocumentText("U.S. President Donald Trump’s tariffs. Japan's US-Japan G7 Katō’s “Mar-a-Lago accord” Corp. Secretary-General U.K. e.g. Ishiba' then-prime D.C. Co., Ltd. 1.2 AT&T")
    for tok in try WordTokenizer.tokens(of: t) { print("[\(t.substring(tok.start, tok.end))] \(tok.kind)") }
    for (k, v) in RegionNames.english.sorted(by: { $0.key < $1.key }) { print("\(k)\t\(v)") }
}
