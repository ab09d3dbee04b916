import Foundation

/// How to start a worker: an executable that runs `WorkerLoop` on its standard input and
/// output (for the CLI, the kiji binary itself with a hidden subcommand).
public struct WorkerCommand: Sendable {
    public var executable: String
    public var arguments: [String]
    /// Seconds a worker may spend on one document before it is killed and the document
    /// becomes an error line (a stage that loops forever); nil for no bound.
    public var timeout: Double?

    public init(executable: String, arguments: [String], timeout: Double? = nil) {
        self.executable = executable
        self.arguments = arguments
        self.timeout = timeout
    }
}

/// One worker child process and the pipes to it: a request line in, stage markers and one
/// reply line out (`WorkerLoop` describes the exchange).
final class WorkerProcess {
    enum Reply {
        case line([UInt8])
        /// The worker died before replying: the stage it was in and how it ended.
        case died(stage: String?, ending: String)
        /// The worker did not reply in time and was killed.
        case timedOut(stage: String?)
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var replies: DescriptorLines
    /// Pipes are made and a child started under this lock, with close-on-exec set on every
    /// end, so no worker inherits another's pipe (which would hide that one's death).
    private static let spawning = NSLock()

    private let timeout: Double?

    init(_ command: WorkerCommand) throws {
        timeout = command.timeout
        Self.spawning.lock()
        defer { Self.spawning.unlock() }
        for handle in [input.fileHandleForReading, input.fileHandleForWriting,
                       output.fileHandleForReading, output.fileHandleForWriting] {
            _ = fcntl(handle.fileDescriptor, F_SETFD, FD_CLOEXEC)
        }
        process.executableURL = URL(fileURLWithPath: command.executable)
        process.arguments = command.arguments
        var environment = ProcessInfo.processInfo.environment
        // A crash is expected and handled here: no seconds spent on a symbolicated backtrace.
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        replies = DescriptorLines(descriptor: output.fileHandleForReading.fileDescriptor)
        try process.run()
        // Wait until its stages are built, so the document timeout counts the document only.
        guard replies.nextLine(partial: false) == [WorkerLoop.stageMarker] else {
            stop()
            throw StageError("the worker ended before it was ready (\(ending()))")
        }
    }

    /// Sends one request line and waits for its reply.
    func exchange(_ request: [UInt8]) -> Reply {
        var stage: String?
        replies.deadline = timeout.map { Date(timeIntervalSinceNow: $0) }
        if writeAll(input.fileHandleForWriting.fileDescriptor, request + [10]) {
            while let line = replies.nextLine(partial: false) {
                if line.first == WorkerLoop.stageMarker {
                    stage = String(decoding: line.dropFirst(), as: UTF8.self)
                    continue
                }
                return .line(line)
            }
        }
        if replies.timedOut {
            kill(process.processIdentifier, SIGKILL)
            stop()
            return .timedOut(stage: stage)
        }
        return .died(stage: stage, ending: ending())
    }

    /// How the process ended ("signal 4", "exit status 1"), once it has.
    private func ending() -> String {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        switch process.terminationReason {
        case .uncaughtSignal: return "signal \(process.terminationStatus)"
        default: return "exit status \(process.terminationStatus)"
        }
    }

    /// Closes its input, so the worker ends, and waits for it.
    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
