import ArgumentParser
import Foundation
import KijiCore
import KijiReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a static site of annotated documents: a page per article with every layer marked, the claims across articles, a sortable index.",
        discussion: "Reads JSONL exports (kiji process, kiji export), gold .json files or folders of them, or a store. The site opens from the file system and needs no network."
    )

    @Argument(help: "Annotated JSONL files, .json documents (gold files), or folders of them.")
    var inputs: [String] = []

    @Option(name: .long, help: "Read the documents of this SQLite store (kiji process --store) instead of files.")
    var store: String?

    @Option(name: .long, help: "The folder to write the site into (created when missing).")
    var out: String

    @Option(name: .long, help: "A folder of gold files named <id>.json: an article with one is shown beside its gold, missed and spurious items marked.")
    var gold: String?

    func validate() throws {
        if inputs.isEmpty == (store == nil) {
            throw ValidationError("give INPUT files or --store PATH (one of the two): kiji report out.jsonl --out site")
        }
        if let gold, !isFolder(gold) { throw ValidationError("--gold \(gold) is not a folder of gold files") }
    }

    func run() throws {
        let options = SiteBuilder.Options(outputFolder: URL(fileURLWithPath: out),
                                          goldFolder: gold.map { URL(fileURLWithPath: $0) },
                                          site: SiteInfo(version: KijiVersion.string))
        let builder = try SiteBuilder(options: options)
        if let store {
            var line = 0
            try ExistingStoreOptions.open(path: store).forEachAnnotation { data in
                line += 1
                try builder.add(AnnotatedLines.document(data, origin: "\(store) document \(line)"))
            }
        } else {
            try AnnotatedLines.forEach(in: inputs) { try builder.add($0) }
        }
        let summary = try builder.finish()
        FileHandle.standardError.write(Data("kiji: report \(out): \(summary)\n".utf8))
    }

    private func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}

/// The annotated documents of report inputs, one at a time: each line of a JSONL file, each
/// `.json` file whole, the files of a folder in name order. A line that does not parse becomes an
/// error document naming where it was, so it shows in the index instead of vanishing.
enum AnnotatedLines {
    static func forEach(in paths: [String], _ body: (AnnotatedDocument) throws -> Void) throws {
        for path in paths {
            for file in try files(path) {
                if file.hasSuffix(".json") {
                    let data = try read(file)
                    try body(document(data, origin: file))
                    continue
                }
                guard let handle = FileHandle(forReadingAtPath: file) else { throw ValidationError("cannot read \(file)") }
                defer { try? handle.close() }
                var reader = LineReader(handle: handle)
                var number = 0
                while let line = reader.nextLine() {
                    number += 1
                    if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                    try body(document(Data(line), origin: "\(file) line \(number)"))
                }
            }
        }
    }

    static func document(_ data: Data, origin: String) -> AnnotatedDocument {
        do { return try AnnotatedDocument.parse(data) } catch {
            return AnnotatedDocument(id: origin, error: "not an annotated document: \(error)")
        }
    }

    private static func files(_ path: String) throws -> [String] {
        var folder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &folder) else {
            throw ValidationError("no such input: \(path)")
        }
        guard folder.boolValue else { return [path] }
        return try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            .filter { $0.hasSuffix(".jsonl") || $0.hasSuffix(".json") }
            .map { (path as NSString).appendingPathComponent($0) }
    }

    private static func read(_ file: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
        return data
    }
}
