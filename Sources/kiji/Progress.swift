import Foundation

/// The progress bar on standard error (only when it is a terminal: documents, MB, rate, ETA)
/// and the one-line summary at the end of a run.
final class Progress: @unchecked Sendable {
    private let totalBytes: Int?
    private let enabled: Bool
    private let interactive: Bool
    private let started = Date()
    private var lastDraw = Date.distantPast
    private(set) var documents = 0
    private(set) var errors = 0
    private var bytes = 0

    init(totalBytes: Int?, enabled: Bool) {
        self.totalBytes = totalBytes
        self.enabled = enabled
        interactive = enabled && isatty(STDERR_FILENO) == 1
    }

    func record(bytes count: Int, failed: Bool) {
        documents += 1
        bytes += count
        if failed { errors += 1 }
        guard interactive, Date().timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = Date()
        draw()
    }

    private func draw() {
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(documents) / elapsed
        let megabytes = Double(bytes) / 1_048_576
        var line = String(format: "%d docs  %.1f MB  %.0f docs/s  %.2f MB/s", documents, megabytes, rate, megabytes / elapsed)
        if let totalBytes, totalBytes > 0 {
            let fraction = min(1, Double(bytes) / Double(totalBytes))
            let width = 24
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            let eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
            line = String(format: "[%@] %3.0f%%  ", bar, fraction * 100) + line + String(format: "  ETA %.0fs", eta)
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    func finish() {
        guard enabled else { return }
        if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let seconds = Date().timeIntervalSince(started)
        let summary = String(format: "kiji: %d documents, %d errors, %.2f s\n", documents, errors, seconds)
        FileHandle.standardError.write(Data(summary.utf8))
    }
}
