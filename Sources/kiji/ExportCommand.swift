import ArgumentParser
import KijiStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole store as annotated JSONL, one document a line, in the order stored."
    )

    @OptionGroup var storeOptions: ExistingStoreOptions

    @Option(name: .long, help: "Write the JSONL here instead of standard output.")
    var out: String?

    func run() throws {
        let claimStore = try storeOptions.open()
        let output = try OutputFile(path: out)
        try claimStore.forEachAnnotation { output.write([UInt8]($0)) }
        output.close()
    }
}
