import Foundation

/// Streams the documents of files, folders (recursively: `.txt`, `.html`, `.htm`, `.json`, `.jsonl`) and
/// `-` (JSONL on standard input), one at a time and in order, so memory stays flat.
public struct InputReader: Sequence, Sendable {
    public let paths: [String]
    /// Files in the order they will be read (folders expanded); `-` stays as it is.
    public let files: [String]
    /// Total bytes of the files, for progress (standard input is not counted).
    public let totalBytes: Int

    /// Files and lines over `limits.maxDocumentBytes` are not read, but give an error item.
    public let limits: DocumentLimits

    public static let extensions: Set<String> = ["txt", "html", "htm", "json", "jsonl"]

    public init(paths: [String], limits: DocumentLimits = .standard) throws {
        self.paths = paths
        self.limits = limits
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

    public func makeIterator() -> Iterator { Iterator(files: files, limits: limits) }

    public struct Iterator: IteratorProtocol {
        var files: ArraySlice<String>
        var lines: LineReader?
        var lineFile = ""
        var lineNumber = 0
        let limits: DocumentLimits

        init(files: [String], limits: DocumentLimits) {
            self.files = files[...]
            self.limits = limits
        }

        public mutating func next() -> InputItem? {
            while true {
                if var reader = lines {
                    let line = reader.nextBoundedLine()
                    lines = reader
                    if let line {
                        lineNumber += 1
                        if case .tooLong(let count) = line {
                            let message = limits.oversizeMessage(bytes: count)
                            return InputItem(id: "\(lineFile):\(lineNumber)", content: .failure(message), byteCount: count)
                        }
                        guard case .line(let line) = line else { continue }
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
                    lines = LineReader(handle: handle, maxLength: limits.maxDocumentBytes)
                    lineFile = file == "-" ? "stdin" : id
                    lineNumber = 0
                    continue
                }
                let size = ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int) ?? 0
                if size > limits.maxDocumentBytes {
                    return InputItem(id: id, content: .failure(limits.oversizeMessage(bytes: size)), byteCount: size)
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

/// Reads a file handle line by line in chunks (lines end at `\n`; the final line may not). A line
/// longer than `maxLength` is skipped without being held: only its length is returned.
public struct LineReader {
    public enum Line {
        case line(ArraySlice<UInt8>)
        case tooLong(Int)
    }

    let handle: FileHandle
    let maxLength: Int
    var buffer: [UInt8] = []
    var position = 0
    var exhausted = false

    public init(handle: FileHandle, maxLength: Int = .max) {
        self.handle = handle
        self.maxLength = maxLength
    }

    /// The next line (a line over `maxLength` only as its length); nil at the end.
    public mutating func nextBoundedLine() -> Line? {
        var searched = position
        while true {
            if let newline = buffer[searched...].firstIndex(of: 10) {
                let line = buffer[position..<newline]
                position = newline + 1
                return line.count > maxLength ? .tooLong(line.count) : .line(line)
            }
            searched = buffer.count
            if buffer.count - position > maxLength { return .tooLong(skipRestOfLine()) }
            if exhausted {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                position = buffer.count
                return .line(line)
            }
            searched -= position
            buffer.removeSubrange(0..<position)
            position = 0
            if !readChunk() { exhausted = true }
        }
    }

    /// The next line; nil at the end. A line over `maxLength` (only when one is set) comes back
    /// empty: `nextBoundedLine` tells its length.
    public mutating func nextLine() -> ArraySlice<UInt8>? {
        switch nextBoundedLine() {
        case .line(let line): return line
        case .tooLong: return []
        case nil: return nil
        }
    }

    /// Drops the line being read, up to its newline; its length.
    private mutating func skipRestOfLine() -> Int {
        var count = buffer.count - position
        buffer.removeAll(keepingCapacity: true)
        position = 0
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                count += newline
                position = newline + 1
                return count
            }
            count += buffer.count
            buffer.removeAll(keepingCapacity: true)
            if !readChunk() {
                exhausted = true
                return count
            }
        }
    }

    private mutating func readChunk() -> Bool {
        let chunk = handle.readData(ofLength: 1 << 20)
        buffer.append(contentsOf: chunk)
        return !chunk.isEmpty
    }
}
