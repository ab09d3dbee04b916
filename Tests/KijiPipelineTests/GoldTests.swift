import Foundation
import Testing
import KijiTestSupport

/// The main job on its embedded sample: the full pipeline on corpus/, scored against gold/,
/// must hold the floors pinned in Baseline/gold-floors.json.
@Test func fullPipelineHoldsTheGoldFloors() throws {
    let folder = try KijiProgram.temporaryFolder()
    let output = folder.appendingPathComponent("corpus.jsonl").path
    let processed = try KijiProgram.kiji(["process", "corpus", "--out", output])
    #expect(processed.status == 0, "\(processed.stderr)")
    let scored = try KijiProgram.kiji(["score", "--gold", "gold", output, "--json"])
    #expect(scored.status == 0, "\(scored.stderr)")
    let figures = try JSONSerialization.jsonObject(with: Data(scored.stdout.utf8)) as! [String: Any]
    let floorsURL = Bundle.module.url(forResource: "gold-floors", withExtension: "json", subdirectory: "Baseline")!
    let floors = try JSONSerialization.jsonObject(with: Data(contentsOf: floorsURL)) as! [String: Any]
    for (key, floor) in floors where !key.hasPrefix("_") {
        let parts = key.split(separator: ".").map(String.init)
        let stage = figures[parts[0]] as? [String: Any]
        let value = (stage?[parts[1]] as? NSNumber)?.doubleValue
        #expect(value != nil, "no figure \(key)")
        if let value, let floor = (floor as? NSNumber)?.doubleValue {
            #expect(value >= floor - 1e-9, "\(key) = \(value) is below its floor \(floor)")
        }
    }
}
