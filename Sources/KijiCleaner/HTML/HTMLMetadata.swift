import Foundation
import KijiCore

/// Reads a page's metadata: `<title>`, Open Graph and other `<meta>` tags, `<time datetime>`,
/// and JSON-LD `NewsArticle` objects (headline, datePublished, author, publisher.name).
struct HTMLMetadata {
    let dates: DateReader

    /// Meta tag names that carry the publication date, in order of trust.
    static let dateKeys = ["article:published_time", "datepublished", "og:published_time", "published_time",
                           "pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dc.date",
                           "parsely-pub-date", "sailthru.date", "dcterms.created", "article.published"]
    static let titleKeys = ["og:title", "twitter:title", "headline"]
    static let outletKeys = ["og:site_name", "application-name", "publisher", "twitter:site"]
    static let authorKeys = ["author", "article:author", "parsely-author", "sailthru.author", "byl", "dc.creator"]

    func read(_ root: HTMLElement) -> Meta {
        var tags: [String: String] = [:]
        var jsonLD: [[String: Any]] = []
        var documentTitle: String?
        var times: [String] = []
        var h1: String?
        var stack = [root]
        while let element = stack.popLast() {
            switch element.name {
            case "meta":
                let key = (element["property"] ?? element["name"] ?? element["itemprop"])?.lowercased()
                if let key, let content = element["content"], !content.isEmpty, tags[key] == nil { tags[key] = content }
            case "script" where element["type"]?.lowercased().contains("ld+json") == true:
                jsonLD += Self.articleObjects(in: element.textContent)
            case "title" where documentTitle == nil:
                documentTitle = InlineCleanup.normalizeWhitespace(element.textContent)
            case "time":
                if let value = element["datetime"] { times.append(value) }
            case "h1" where h1 == nil:
                h1 = ParagraphText.ownText(of: element, blockTags: []).text
            default:
                if element["itemprop"] == "datePublished", let value = element["datetime"] ?? element["content"] {
                    tags["datepublished"] = tags["datepublished"] ?? value
                }
            }
            stack.append(contentsOf: element.childElements.reversed())
        }
        var meta = Meta()
        let article = jsonLD.first
        meta.outlet = (article?["publisher"] as? [String: Any])?["name"] as? String
            ?? Self.outletKeys.lazy.compactMap { tags[$0] }.first { !$0.hasPrefix("@") }
        let titleParts = documentTitle.map(Self.splitSiteName)
        if meta.outlet == nil { meta.outlet = titleParts?.site }
        let headline = (article?["headline"] as? String) ?? Self.titleKeys.lazy.compactMap { tags[$0] }.first
        meta.title = headline.map { Self.withoutSiteName(InlineCleanup.normalizeWhitespace($0), outlet: meta.outlet) }
            ?? titleParts.map { $0.title } ?? h1
        let dateValues = [article?["datePublished"] as? String] + Self.dateKeys.map { tags[$0] } + times.map { Optional($0) }
        meta.published = dateValues.lazy.compactMap { $0 }.compactMap { dates.isoDate(fromTimestamp: $0) }.first
        meta.authors = Self.names(article?["author"])
        if meta.authors.isEmpty {
            meta.authors = Self.authorKeys.lazy.compactMap { tags[$0] }
                .map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
                .first { names in names.allSatisfy { !$0.contains("/") && !$0.isEmpty } } ?? []
        }
        if let alternative = article?["alternativeHeadline"] as? String, !alternative.isEmpty { meta.subtitle = alternative }
        return meta
    }

    static let siteSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "]

    /// "Title | Outlet" → ("Title", "Outlet") when the tail is short enough to be a site name.
    static func splitSiteName(_ documentTitle: String) -> (title: String, site: String?) {
        for separator in siteSeparators {
            guard let range = ByteText.lastRange(of: separator, in: documentTitle) else { continue }
            let title = String(documentTitle[..<range.lowerBound])
            let site = String(documentTitle[range.upperBound...])
            if ByteText.wordCount(site) <= 4, ByteText.wordCount(title) >= 2 { return (title, site) }
        }
        return (documentTitle, nil)
    }

    /// "Title | Outlet", "Title - Outlet" → "Title".
    static func withoutSiteName(_ title: String, outlet: String?) -> String {
        for separator in siteSeparators {
            guard let range = ByteText.lastRange(of: separator, in: title) else { continue }
            let tail = title[range.upperBound...]
            let tailKey = HTMLCleaner.comparisonKey(String(tail))
            if let outlet, !tailKey.isEmpty, tailKey.contains(HTMLCleaner.comparisonKey(outlet)) || HTMLCleaner.comparisonKey(outlet).contains(tailKey) {
                return String(title[..<range.lowerBound])
            }
        }
        return title
    }

    /// Names from a JSON-LD author value: a string, a Person object, or an array of either.
    static func names(_ value: Any?) -> [String] {
        switch value {
        case let name as String: return name.isEmpty || name.contains("/") ? [] : [name]
        case let object as [String: Any]: return names(object["name"])
        case let array as [Any]: return array.flatMap { names($0) }
        default: return []
        }
    }

    /// The article objects (`@type` …Article or BlogPosting) of a JSON-LD script, looking
    /// inside arrays and `@graph`.
    static func articleObjects(in json: String) -> [[String: Any]] {
        guard let data = json.trimmingCharacters(in: .whitespacesAndNewlines).data(using: .utf8),
              let parsed = try? JSONSerialization.jsonObject(with: data) else { return [] }
        var found: [[String: Any]] = []
        func visit(_ value: Any) {
            if let array = value as? [Any] { array.forEach(visit); return }
            guard let object = value as? [String: Any] else { return }
            let types = (object["@type"] as? [String]) ?? [(object["@type"] as? String) ?? ""]
            if types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }) {
                found.append(object)
            }
            if let graph = object["@graph"] { visit(graph) }
        }
        visit(parsed)
        return found
    }
}
