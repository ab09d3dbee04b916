import ArgumentParser
import Foundation

/// Buffered writing of JSONL lines to a file or to standard output.
final class OutputFile: @unchecked Sendable {
    private let stream: UnsafeMutablePointer<FILE>
    private let ownsStream: Bool

    init(path: String?) throws {
        if let path {
            guard let stream = fopen(path, "w") else {
                throw ValidationError("cannot write --out \(path): \(String(cString: strerror(errno)))")
            }
            self.stream = stream
            ownsStream = true
        } else {
            stream = fdopen(STDOUT_FILENO, "w")
            ownsStream = false
        }
    }

    func write(_ line: [UInt8]) {
        line.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, stream) }
        fputc(10, stream)
    }

    func close() {
        fflush(stream)
        if ownsStream { fclose(stream) }
    }
}
