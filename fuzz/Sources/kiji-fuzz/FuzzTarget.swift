import Foundation
import KijiCleaner
import KijiCore
import KijiPipeline

/// What one fuzz input goes through, chosen by KIJI_FUZZ_TARGET. Each target checks the
/// promises of its part: no trap, and output that holds together (spans inside the text and
/// carrying its text, an export line that reads back).
enum FuzzTarget: String, CaseIterable {
    case plainText = "plain-text", html, jsonl, pipeline

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["KIJI_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("set KIJI_FUZZ_TARGET to one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }()

    /// Small limits, so that each input stays fast and the limits themselves are exercised.
    static let limits = DocumentLimits(maxDocumentBytes: 1 << 20, maxHTMLDepth: 256, maxLineLength: 4_000)
    static let cleaner = try! Cleaner(limits: limits)
    static let stages: [any Stage] = {
        var options = RunOptions(referenceDate: "2025-05-02")
        options.limits = limits
        return try! StageCatalog.runner(stages: nil, options: options, jobs: 1).pipeline.stages
    }()

    func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch self {
        case .plainText:
            guard let text = decodeText(bytes) else { return }
            clean(Document(id: "fuzz", source: .plainText(text)))
        case .html:
            clean(Document(id: "fuzz", source: .html(String(decoding: bytes, as: UTF8.self))))
        case .jsonl:
            let item = InputItem.fromJSONLine(ArraySlice(bytes), fallbackID: "fuzz")
            if case .document(let document) = item.content { Invariants.checkExport(document) }
        case .pipeline:
            let item = InputItem.fromFile(id: "fuzz", bytes: Array(bytes), isHTML: nil)
            guard case .document(var document) = item.content else { return }
            for stage in Self.stages {
                do { try stage.annotate(&document) } catch { return }
            }
            Invariants.check(document)
            Invariants.checkExport(document)
        }
    }

    private func clean(_ document: Document) {
        var document = document
        do { try Self.cleaner.annotate(&document) } catch { return }
        Invariants.checkCleanText(document.text.string)
        if let title = document.meta.title { Invariants.require(title.unicodeScalars.count <= Self.limits.maxLineLength, "title over the line limit") }
    }
}
