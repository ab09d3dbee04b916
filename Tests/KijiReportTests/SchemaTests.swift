import Foundation
import Testing
import KijiTestSupport

/// schema/annotated-document.schema.json against the corpus export and the gold files, and the
/// validator's report of a malformed line.
@Suite struct SchemaTests {
    static func validator() throws -> SchemaValidator {
        let url = KijiProgram.packageRoot.appendingPathComponent("schema/annotated-document.schema.json")
        return try SchemaValidator(schema: JSONValue.parse(Data(contentsOf: url)))
    }

    @Test func everyGoldFileIsValid() throws {
        let validator = try Self.validator()
        let files = try KijiProgram.goldFiles()
        #expect(files.count >= 15)
        for file in files {
            let failures = validator.validate(try JSONValue.parse(Data(contentsOf: file)))
            #expect(failures.isEmpty, "\(file.lastPathComponent): \(failures)")
        }
    }

    @Test func everyLineOfTheCorpusExportIsValid() throws {
        let validator = try Self.validator()
        let lines = try String(contentsOf: try CorpusRun.shared.get().export, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 15)
        for (number, line) in lines.enumerated() {
            let failures = validator.validate(try JSONValue.parse(Data(line.utf8)))
            #expect(failures.isEmpty, "line \(number + 1): \(failures)")
        }
    }

    @Test func anErrorLineIsValid() throws {
        let failures = try Self.validator().validate(JSONValue.parse(Data(#"{"id": "a", "error": "empty input"}"#.utf8)))
        #expect(failures.isEmpty)
    }

    /// A change that breaks a gold document, and the path and words the validator must report.
    struct Malformation: Sendable {
        let change: @Sendable (inout [String: Any]) -> Void
        let path: String
        let says: String

        init(_ change: @escaping @Sendable (inout [String: Any]) -> Void, _ path: String, _ says: String) {
            self.change = change
            self.path = path
            self.says = says
        }
    }

    static let malformations: [Malformation] = [
        Malformation({ $0.edit("entities", 2) { $0["type"] = "PERSONS" } }, "/entities/2/type", "is not one of"),
        Malformation({ $0.edit("numbers", 0) { $0["kind"] = nil } }, "/numbers/0", "\"kind\" is missing"),
        Malformation({ $0.edit("sentences", 1) { $0["start"] = -3 } }, "/sentences/1/start", "less than the minimum 0"),
        Malformation({ $0.edit("sentences", 1) { $0["end"] = 4.5 } }, "/sentences/1/end", "not of type integer"),
        Malformation({ $0.edit("quotes", 0) { $0["speaker_mention"] = ["start": 1, "end": 2] } }, "/quotes/0/speaker_mention", "\"text\" is missing"),
        Malformation({ $0.edit("claims", 0) { $0["value"] = ["kind": "PERCENT", "value": "25", "unit": "%", "normalized": NSNull()] } },
         "/claims/0/value/value", "not of type number or null"),
        Malformation({ $0["meta"] = ["title": "t", "subtitle": NSNull(), "published": NSNull(), "outlet": NSNull(), "authors": [], "date": "x"] },
         "/meta/date", "not allowed"),
        Malformation({ $0["claims"] = nil }, "/", "\"claims\" is missing"),
    ]

    @Test(arguments: malformations.indices) func aMalformedLineFailsWithThePathOfItsField(case index: Int) throws {
        let malformation = Self.malformations[index]
        let file = try #require(try KijiProgram.goldFiles().first)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        malformation.change(&object)
        let line = try JSONSerialization.data(withJSONObject: object)
        let failures = try Self.validator().validate(JSONValue.parse(line))
        #expect(failures.count == 1, "\(failures)")
        let failure = try #require(failures.first)
        #expect((failure.path.isEmpty ? "/" : failure.path) == malformation.path)
        #expect(failure.message.contains(malformation.says), "\(failure)")
    }

    @Test func theValidatorRefusesAKeywordItDoesNotCheck() throws {
        let schema = try JSONValue.parse(Data(#"{"type": "object", "properties": {"id": {"type": "string", "pattern": "^a"}}}"#.utf8))
        #expect(throws: SchemaValidator.UnsupportedKeyword.self) { try SchemaValidator(schema: schema) }
    }
}

extension Dictionary where Key == String, Value == Any {
    /// Changes the `index`th object of the array under `key`.
    mutating func edit(_ key: String, _ index: Int, _ change: (inout [String: Any]) -> Void) {
        var array = self[key] as! [Any]
        var element = array[index] as! [String: Any]
        change(&element)
        array[index] = element
        self[key] = array
    }
}
