import Foundation
import KijiTestSupport

/// Debian's headless Chromium, for rendering report pages as a reader's browser does.
enum Browser {
    static let executable: URL? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].map(URL.init(fileURLWithPath:))
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// Whether Chromium is installed and renders a page here (scripts/install-system-deps.sh installs it).
    static let works: Bool = {
        guard executable != nil, let folder = try? KijiProgram.temporaryFolder() else { return false }
        let page = folder.appendingPathComponent("probe.html")
        let html = "<p id=p>static</p><script>document.getElementById('p').textContent = 'scripted'</script>"
        guard (try? Data(html.utf8).write(to: page)) != nil else { return false }
        return (try? dumpDOM(page))?.contains("scripted") ?? false
    }()

    static func arguments(_ extra: [String]) throws -> [String] {
        let profile = try KijiProgram.temporaryFolder()
        return ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--user-data-dir=\(profile.path)"] + extra
    }

    /// The page's DOM after its scripts ran, serialized.
    static func dumpDOM(_ page: URL) throws -> String {
        let result = try KijiProgram.run(executable!, try arguments(["--dump-dom", page.absoluteString]))
        guard result.status == 0 else { throw Failure(message: result.stderr) }
        return result.stdout
    }

    static func screenshot(_ page: URL, to png: URL, width: Int = 1280, height: Int = 1000) throws {
        let result = try KijiProgram.run(executable!, try arguments(["--window-size=\(width),\(height)",
                                                               "--screenshot=\(png.path)", page.absoluteString]))
        guard result.status == 0, FileManager.default.fileExists(atPath: png.path) else { throw Failure(message: result.stderr) }
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { "chromium failed: \(message.suffix(600))" }
    }
}

/// The elements of a serialized DOM that a test looks at, found with patterns (the pages are ours,
/// their markup regular).
enum DOM {
    /// The attributes of every element `<span class="mark …">` in document order.
    static func marks(_ html: String) -> [[String: String]] {
        matches(of: #"<span class="mark[^"]*"[^>]*>"#, in: html).map(attributes)
    }

    static func attributes(_ tag: String) -> [String: String] {
        var attributes: [String: String] = [:]
        for pair in matches(of: #"([a-z-]+)="([^"]*)""#, in: tag, group: 0) {
            guard let equals = pair.firstIndex(of: "=") else { continue }
            attributes[String(pair[..<equals])] = unescape(String(pair[pair.index(equals, offsetBy: 2)..<pair.index(before: pair.endIndex)]))
        }
        return attributes
    }

    /// The text inside an element, tags removed and entities decoded.
    static func text(_ html: String) -> String {
        unescape(html.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression))
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
    }

    static func matches(of pattern: String, in text: String, group: Int = 0) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: group), in: text).map { String(text[$0]) }
        }
    }
}

/// Reads a PNG's scanlines (Python's zlib inflates them) to tell a rendered page from a blank one.
enum Screenshot {
    static let script = """
        import struct, sys, zlib
        data = open(sys.argv[1], "rb").read()
        assert data[:8] == b"\\x89PNG\\r\\n\\x1a\\n", "not a PNG"
        position, compressed, height = 8, b"", 0
        while position < len(data):
            length, kind = struct.unpack(">I4s", data[position:position + 8])
            body = data[position + 8:position + 8 + length]
            position += 12 + length
            if kind == b"IHDR":
                width, height = struct.unpack(">II", body[:8])
            elif kind == b"IDAT":
                compressed += body
        raw = zlib.decompress(compressed)
        stride = len(raw) // height
        print(width, height, len({raw[row * stride:(row + 1) * stride] for row in range(height)}))
        """

    /// Width, height, and how many distinct scanlines the image has (a uniform image has one or two).
    static func measure(_ png: URL) throws -> (width: Int, height: Int, distinctRows: Int) {
        let result = try KijiProgram.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, png.path])
        let fields = result.stdout.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard result.status == 0, fields.count == 3 else { throw Browser.Failure(message: "cannot read \(png.path): \(result.stderr)") }
        return (fields[0], fields[1], fields[2])
    }
}
