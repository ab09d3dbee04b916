import Foundation

/// Reads lines from a file descriptor with `read(2)`, which returns what a pipe holds without
/// waiting for a full buffer (a worker's replies arrive one line at a time).
struct DescriptorLines {
    let descriptor: Int32
    private var buffer: [UInt8] = []
    private var position = 0
    private var exhausted = false
    /// When set, a read that waits past it gives up: `nextLine` returns nil, `timedOut` is true.
    var deadline: Date?
    private(set) var timedOut = false

    init(descriptor: Int32) { self.descriptor = descriptor }

    /// The next line without its `\n`; nil at end of input. A last line without `\n` is returned
    /// only when `partial` is true (a reply cut off by a crash is not a reply).
    mutating func nextLine(partial: Bool = true) -> [UInt8]? {
        var searched = position
        while true {
            if let newline = buffer[searched...].firstIndex(of: 10) {
                let line = Array(buffer[position..<newline])
                position = newline + 1
                return line
            }
            searched = buffer.count
            if exhausted {
                guard partial, position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                return line
            }
            if position > 0 {
                buffer.removeSubrange(0..<position)
                searched -= position
                position = 0
            }
            if let deadline {
                var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let milliseconds = Int32(clamping: Int(max(0, deadline.timeIntervalSinceNow) * 1000))
                let ready = poll(&poller, 1, milliseconds)
                if ready < 0, errno == EINTR { continue }
                if ready == 0 {
                    timedOut = true
                    return nil
                }
            }
            let chunk = 1 << 16
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: chunk))
            let count = buffer.withUnsafeMutableBufferPointer { read(descriptor, $0.baseAddress! + old, chunk) }
            if count < 0, errno == EINTR { buffer.removeSubrange(old...); continue }
            buffer.removeSubrange((old + max(count, 0))...)
            if count <= 0 { exhausted = true }
        }
    }
}

/// Writes all of `bytes` to a descriptor; false when the other end is gone (EPIPE).
func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}
