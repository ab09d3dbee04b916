import KijiCore

/// The index: one table row per article, in pages of `perPage` rows that work without script;
/// `index-data.js` holds every row so that the page's script sorts and pages all articles.
enum IndexPage {
    static let perPage = 100

    static let columns: [(key: String, title: String, numeric: Bool)] = [
        ("title", "Title", false), ("outlet", "Outlet", false), ("published", "Published", false),
        ("entities", "Entities", true), ("numbers", "Numbers", true), ("quotes", "Quotes", true),
        ("claims", "Claims", true), ("error", "Error", false),
    ]

    static func view(_ entries: ArraySlice<ArticleEntry>, pager: Pager, page: Int, total: Int, errors: Int,
                     site: SiteInfo) -> PageView {
        var values = site.values(root: "")
        values["pageTitle"] = "Articles"
        values["summary"] = "\(total) articles, \(errors) not processed."
        values["pager"] = pager.view(page)
        values["columns"] = columns.map { PageView(["key": $0.key, "title": $0.title, "numeric": $0.numeric]) }
        values["rows"] = entries.map { entry in
            PageView(["href": entry.href, "title": entry.title, "outlet": entry.outlet ?? "—",
                      "published": entry.published ?? "—", "entities": String(entry.entities),
                      "numbers": String(entry.numbers), "quotes": String(entry.quotes), "claims": String(entry.claims),
                      "error": entry.error ?? ""])
        }
        return PageView(values)
    }

    /// Every row as a script that sets `KIJI_INDEX` (a page opened from the file system cannot
    /// fetch a JSON file, but it can load a script).
    static func data(_ entries: [ArticleEntry]) -> [UInt8] {
        var json = JSONWriter(capacity: entries.count * 160 + 64)
        json.beginArray()
        for entry in entries {
            json.beginObject()
            json.key("href"); json.string(entry.href)
            json.key("title"); json.string(entry.title)
            json.key("outlet"); json.string(entry.outlet ?? "—")
            json.key("published"); json.string(entry.published ?? "—")
            json.key("entities"); json.number(entry.entities)
            json.key("numbers"); json.number(entry.numbers)
            json.key("quotes"); json.number(entry.quotes)
            json.key("claims"); json.number(entry.claims)
            json.key("error"); json.string(entry.error ?? "")
            json.endObject()
        }
        json.endArray()
        return Array("window.KIJI_INDEX = ".utf8) + json.output + Array(";\n".utf8)
    }
}
