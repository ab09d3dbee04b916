import Foundation

/// Streams the documents of files, folders (recursively: `.txt`, `.html`, `.htm`, `.json`, `.jsonl`) and
/// `-` (JSONL on standard input), one at a time and in order, so memory stays flat.
public struct InputReader: Sequence, Sendable {
    public let paths: [String]
    /// Files in the order they will be read (folders expanded); `-` stays as it is.
    public let files: [String]
    /// Total bytes of the files, for progress (standard input is not counted).
    public let totalBytes: Int

    public static let extensions: Set<String> = ["txt", "html", "htm", "json", "jsonl"]

    public init(paths: [String]) throws {
        self.paths = paths
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" { files.append(path); continue }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw StageError("no such file or folder: \(path)")
            }
            if isDirectory.boolValue {
                let found = manager.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
                files += found
                    .filter { Self.extensions.contains(($0 as NSString).pathExtension.lowercased()) }
                    .sorted()
                    .map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        self.files = files
        self.totalBytes = files.reduce(0) { total, file in
            let attributes = try? manager.attributesOfItem(atPath: file)
            return total + ((attributes?[.size] as? Int) ?? 0)
        }
    }

    public func makeIterator() -> Iterator { Iterator(files: files) }

    public struct Iterator: IteratorProtocol {
        var files: ArraySlice<String>
        var lines: LineReader?
        var lineFile = ""
        var lineNumber = 0

        init(files: [String]) { self.files = files[...] }

        public mutating func next() -> InputItem? {
            while true {
                if var reader = lines {
                    let line = reader.nextLine()
                    lines = reader
                    if let line {
                        lineNumber += 1
                        if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                        return InputItem.fromJSONLine(line, fallbackID: "\(lineFile):\(lineNumber)")
                    }
                    lines = nil
                }
                guard let file = files.popFirst() else { return nil }
                let ext = (file as NSString).pathExtension.lowercased()
                let id = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                if file == "-" || ext == "jsonl" {
                    let handle = file == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: file)
                    guard let handle else {
                        return InputItem(id: id, content: .failure("cannot read \(file)"), byteCount: 0)
                    }
                    lines = LineReader(handle: handle)
                    lineFile = file == "-" ? "stdin" : id
                    lineNumber = 0
                    continue
                }
                guard let data = FileManager.default.contents(atPath: file) else {
                    return InputItem(id: id, content: .failure("cannot read \(file)"), byteCount: 0)
                }
                if ext == "json" {
                    return InputItem.fromJSON(data, fallbackID: id, what: "JSON file")
                }
                let html: Bool? = ext == "html" || ext == "htm" ? true : (ext == "txt" ? false : nil)
                return InputItem.fromFile(id: id, bytes: [UInt8](data), isHTML: html)
            }
        }
    }
}

/// Reads a file handle line by line in chunks (lines end at `\n`; the final line may not).
public struct LineReader {
    let handle: FileHandle
    var buffer: [UInt8] = []
    var position = 0
    var exhausted = false

    public init(handle: FileHandle) { self.handle = handle }

    public mutating func nextLine() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 10) {
                let line = buffer[position..<newline]
                position = newline + 1
                return line
            }
            if exhausted {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                position = buffer.count
                return line
            }
            buffer.removeSubrange(0..<position)
            position = 0
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { exhausted = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
