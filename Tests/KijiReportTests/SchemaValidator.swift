import Foundation

/// A validator for the subset of JSON Schema draft 2020-12 that schema/annotated-document.schema.json
/// uses: type, enum, required, properties, additionalProperties, items, minimum, anyOf and local
/// `$ref`s into `$defs`. A keyword outside the subset is an error of the schema, never ignored.
struct SchemaValidator {
    struct Failure: Equatable, CustomStringConvertible {
        /// A JSON Pointer (RFC 6901) to the offending value: "/entities/3/type".
        var path: String
        var message: String
        var description: String { "\(path.isEmpty ? "/" : path): \(message)" }
    }

    struct UnsupportedKeyword: Error, CustomStringConvertible {
        let keyword: String
        var description: String { "the schema uses \(keyword), which this validator does not check" }
    }

    static let annotations: Set<String> = ["$schema", "$id", "$defs", "title", "description"]
    static let keywords: Set<String> = ["type", "enum", "required", "properties", "additionalProperties", "items",
                                        "minimum", "anyOf", "$ref"]

    let root: [String: JSONValue]

    init(schema: JSONValue) throws {
        guard case .object(let root) = schema else { throw UnsupportedKeyword(keyword: "a schema that is not an object") }
        self.root = root
        try checkKeywords(schema)
    }

    /// The failures of `value`; empty when it is valid.
    func validate(_ value: JSONValue) -> [Failure] { check(value, against: root, at: "") }

    private func checkKeywords(_ schema: JSONValue) throws {
        switch schema {
        case .object(let members):
            for (key, member) in members {
                guard Self.keywords.contains(key) || Self.annotations.contains(key) else { throw UnsupportedKeyword(keyword: key) }
                switch key {
                case "properties", "$defs":
                    if case .object(let children) = member { try children.values.forEach(checkKeywords) }
                case "items", "additionalProperties": try checkKeywords(member)
                case "anyOf": if case .array(let branches) = member { try branches.forEach(checkKeywords) }
                default: break
                }
            }
        case .bool: break
        default: throw UnsupportedKeyword(keyword: "a subschema that is not an object")
        }
    }

    private func check(_ value: JSONValue, against schema: [String: JSONValue], at path: String) -> [Failure] {
        if case .string(let reference)? = schema["$ref"] {
            guard let target = resolve(reference) else { return [Failure(path: path, message: "unresolvable $ref \(reference)")] }
            return check(value, against: target, at: path)
        }
        if case .array(let branches)? = schema["anyOf"] {
            var best: [Failure]?
            for case .object(let branch) in branches {
                let failures = check(value, against: branch, at: path)
                if failures.isEmpty { return [] }
                // The branch that fails least, and then deepest into the value, names the real culprit.
                if let current = best, (current.count, -depth(current)) <= (failures.count, -depth(failures)) { continue }
                best = failures
            }
            return best ?? []
        }
        if let failure = typeFailure(value, schema["type"], at: path) { return [failure] }
        var failures: [Failure] = []
        if case .array(let allowed)? = schema["enum"], !allowed.contains(value) {
            failures.append(Failure(path: path, message: "\(describe(value)) is not one of \(allowed.map(describe).joined(separator: ", "))"))
        }
        if case .number(let minimum)? = schema["minimum"], case .number(let number) = value, number < minimum {
            failures.append(Failure(path: path, message: "\(describe(value)) is less than the minimum \(describe(.number(minimum)))"))
        }
        if case .array(let items) = value, case .object(let itemSchema)? = schema["items"] {
            for (index, item) in items.enumerated() { failures += check(item, against: itemSchema, at: "\(path)/\(index)") }
        }
        if case .object(let members) = value { failures += checkObject(members, schema, at: path) }
        return failures
    }

    private func checkObject(_ members: [String: JSONValue], _ schema: [String: JSONValue], at path: String) -> [Failure] {
        var failures: [Failure] = []
        let properties: [String: JSONValue]
        if case .object(let declared)? = schema["properties"] { properties = declared } else { properties = [:] }
        if case .array(let required)? = schema["required"] {
            for case .string(let name) in required where members[name] == nil {
                failures.append(Failure(path: path, message: "the required property \"\(name)\" is missing"))
            }
        }
        for name in members.keys.sorted() {
            let member = members[name]!
            let memberPath = "\(path)/\(pointerEscape(name))"
            if case .object(let propertySchema)? = properties[name] {
                failures += check(member, against: propertySchema, at: memberPath)
            } else if case .bool(false)? = schema["additionalProperties"] {
                failures.append(Failure(path: memberPath, message: "the property \"\(name)\" is not allowed here"))
            } else if case .object(let extra)? = schema["additionalProperties"] {
                failures += check(member, against: extra, at: memberPath)
            }
        }
        return failures
    }

    private func typeFailure(_ value: JSONValue, _ type: JSONValue?, at path: String) -> Failure? {
        let allowed: [String]
        switch type {
        case .string(let name)?: allowed = [name]
        case .array(let names)?: allowed = names.compactMap { if case .string(let name) = $0 { return name } else { return nil } }
        default: return nil
        }
        if !value.typeNames.isDisjoint(with: allowed) { return nil }
        return Failure(path: path, message: "\(describe(value)) is not of type \(allowed.joined(separator: " or "))")
    }

    private func resolve(_ reference: String) -> [String: JSONValue]? {
        let prefix = "#/$defs/"
        guard reference.hasPrefix(prefix), case .object(let definitions)? = root["$defs"],
              case .object(let target)? = definitions[String(reference.dropFirst(prefix.count))] else { return nil }
        return target
    }

    private func depth(_ failures: [Failure]) -> Int {
        failures.map { $0.path.split(separator: "/").count }.max() ?? 0
    }

    private func pointerEscape(_ name: String) -> String {
        name.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    private func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return String(flag)
        case .number(let number): return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .string(let text): return "\"\(text.prefix(40))\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
