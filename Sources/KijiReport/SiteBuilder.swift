import Foundation
import KijiCore

/// Writes the static site of `kiji report`: documents are added one at a time and their pages
/// written at once, so memory holds only the index rows and the claim clusters; `finish` writes
/// the index and claims pages. The site needs no network and opens from the file system:
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
    private var entries: [ArticleEntry] = []
    private var collector = ClusterCollector(memberLimit: 100)
    private var summary = Summary()

    public init(options: Options) throws {
        self.options = options
        templates = try Templates()
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

    public func add(_ document: AnnotatedDocument) throws {
        let href = "articles/" + ArticleEntry.fileName(ordinal: entries.count + 1, id: document.id)
        let gold = try goldDocument(id: document.id)
        let page = templates.render("article", ArticlePage.view(document, gold: gold, site: options.site))
        try write(page, to: href)
        collector.add(document.claims, article: entries.count, outlet: document.meta.outlet, published: document.meta.published)
        entries.append(ArticleEntry(document, href: href))
        summary.articles += 1
        if document.error != nil { summary.errors += 1 }
        if gold != nil { summary.comparedWithGold += 1 }
    }

    public func finish() throws -> Summary {
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

    private func write(_ page: String, to path: String) throws {
        try Data(page.utf8).write(to: options.outputFolder.appendingPathComponent(path))
    }

    private func goldDocument(id: String) throws -> AnnotatedDocument? {
        guard let folder = options.goldFolder else { return nil }
        let url = folder.appendingPathComponent("\(id).json")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do { return try AnnotatedDocument.parse(try Data(contentsOf: url)) } catch {
            throw ReportError("cannot read the gold file \(url.path): \(error)")
        }
    }
}
