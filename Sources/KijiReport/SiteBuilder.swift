import Foundation
import KijiCore

/// Writes the static site of `kiji report`: documents are added one at a time and their pages
/// written in small parallel batches, so memory holds only a batch, the index rows and the claim
/// clusters; `finish` writes the index and claims pages. The site needs no network and opens from the file system:
///
///     index.html, index-2.html, …   articles, sortable (index-data.js + assets/index.js), paged
///     claims.html, claims-2.html, … clusters spanning several articles
///     articles/<n>-<id>.html        one page per article
///     assets/site.css
public final class SiteBuilder {
    public struct Options: Sendable {
        public var outputFolder: URL
        /// Gold files named `<id>.json`: an article with one is shown beside its gold.
        public var goldFolder: URL?
        public var site: SiteInfo

        public init(outputFolder: URL, goldFolder: URL? = nil, site: SiteInfo) {
            self.outputFolder = outputFolder
            self.goldFolder = goldFolder
            self.site = site
        }
    }

    public struct Summary: Sendable, CustomStringConvertible {
        public var articles = 0
        public var errors = 0
        public var comparedWithGold = 0
        public var clusters = 0
        public var conflicts = 0

        public var description: String {
            "\(articles) articles (\(errors) not processed, \(comparedWithGold) beside gold), "
                + "\(clusters) claim clusters across articles (\(conflicts) with conflicting values)"
        }
    }

    private let options: Options
    private let templates: Templates
    private let pages: PageWriter
    private var entries: [ArticleEntry] = []
    private var collector = ClusterCollector(memberLimit: 100)
    private var summary = Summary()
    private var pending: [AnnotatedDocument] = []

    public init(options: Options) throws {
        self.options = options
        templates = try Templates()
        pages = PageWriter(templates: templates, options: options)
        let manager = FileManager.default
        for folder in ["articles", "assets"] {
            try manager.createDirectory(at: options.outputFolder.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for asset in Templates.assets {
            let parts = asset.split(separator: ".").map(String.init)
            let data = try Data(contentsOf: try Templates.resource(parts[0], parts[1]))
            try data.write(to: options.outputFolder.appendingPathComponent("assets/\(asset)"))
        }
    }

    /// Queues the document; its page is written with the next batch.
    public func add(_ document: AnnotatedDocument) throws {
        pending.append(document)
        if pending.count == Self.batchSize { try writeBatch() }
    }

    /// Documents rendered together, in parallel: enough to keep the cores busy, few enough to keep memory flat.
    static let batchSize = 64

    /// Renders and writes the pending documents' pages in parallel, then records them in order.
    private func writeBatch() throws {
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        let first = entries.count
        let outcomes = Outcomes(count: batch.count)
        let pages = self.pages
        DispatchQueue.concurrentPerform(iterations: batch.count) { offset in
            outcomes.set(offset, Result { try pages.writePage(batch[offset], ordinal: first + offset + 1) })
        }
        for (document, outcome) in zip(batch, outcomes.results) {
            let (href, comparedWithGold) = try outcome!.get()
            collector.add(document.claims, article: entries.count, outlet: document.meta.outlet, published: document.meta.published)
            entries.append(ArticleEntry(document, href: href))
            summary.articles += 1
            if document.error != nil { summary.errors += 1 }
            if comparedWithGold { summary.comparedWithGold += 1 }
        }
    }

    /// The results of a parallel batch, each slot written by one iteration.
    private final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var results: [Result<(String, Bool), any Error>?]

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Result<(String, Bool), any Error>) {
            lock.lock()
            results[index] = result
            lock.unlock()
        }
    }

    public func finish() throws -> Summary {
        try writeBatch()
        let indexPager = Pager(base: "index", items: entries.count, perPage: IndexPage.perPage)
        for page in 1...indexPager.pages {
            let rows = entries[slice(page, IndexPage.perPage, entries.count)]
            let view = IndexPage.view(rows, pager: indexPager, page: page, total: entries.count, errors: summary.errors,
                                      site: options.site)
            try write(templates.render("index", view), to: indexPager.file(page))
        }
        try Data(IndexPage.data(entries)).write(to: options.outputFolder.appendingPathComponent("index-data.js"))

        let clusters = collector.crossArticle
        summary.clusters = clusters.count
        summary.conflicts = clusters.filter { $0.agreement == .conflict || $0.agreement == .update }.count
        let claimsPager = Pager(base: "claims", items: clusters.count, perPage: ClaimsPage.perPage)
        for page in 1...claimsPager.pages {
            let view = ClaimsPage.view(clusters[slice(page, ClaimsPage.perPage, clusters.count)], articles: entries,
                                       pager: claimsPager, page: page, total: clusters.count,
                                       conflicts: summary.conflicts, site: options.site)
            try write(templates.render("claims", view), to: claimsPager.file(page))
        }
        return summary
    }

    private func slice(_ page: Int, _ perPage: Int, _ count: Int) -> Range<Int> {
        min(count, (page - 1) * perPage)..<min(count, page * perPage)
    }

    private func write(_ page: String, to path: String) throws { try pages.write(page, to: path) }
}

/// Writes the pages; shared by the parallel iterations of a batch.
struct PageWriter: Sendable {
    let templates: Templates
    let options: SiteBuilder.Options

    /// Writes one article's page; its path and whether it stands beside gold.
    func writePage(_ document: AnnotatedDocument, ordinal: Int) throws -> (String, Bool) {
        let href = "articles/" + ArticleEntry.fileName(ordinal: ordinal, id: document.id)
        let gold = try goldDocument(id: document.id)
        try write(templates.render("article", ArticlePage.view(document, gold: gold, site: options.site)), to: href)
        return (href, gold != nil)
    }

    /// Writes the file without the flush to disk that `Data.write` makes for every file: a site is
    /// thousands of files, written again whenever the report runs.
    func write(_ page: String, to path: String) throws {
        let file = options.outputFolder.appendingPathComponent(path).path
        guard let stream = fopen(file, "w") else { throw ReportError("cannot write \(file): \(String(cString: strerror(errno)))") }
        var page = page
        let written = page.withUTF8 { fwrite($0.baseAddress, 1, $0.count, stream) == $0.count }
        guard fclose(stream) == 0, written else { throw ReportError("cannot write \(file): \(String(cString: strerror(errno)))") }
    }

    func goldDocument(id: String) throws -> AnnotatedDocument? {
        guard let folder = options.goldFolder else { return nil }
        let url = folder.appendingPathComponent("\(id).json")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do { return try AnnotatedDocument.parse(try Data(contentsOf: url)) } catch {
            throw ReportError("cannot read the gold file \(url.path): \(error)")
        }
    }
}
