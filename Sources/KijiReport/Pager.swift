/// The links between the numbered pages of a list: `index.html`, `index-2.html`, …
struct Pager {
    let base: String
    let pages: Int

    init(base: String, items: Int, perPage: Int) {
        self.base = base
        pages = max(1, (items + perPage - 1) / perPage)
    }

    func file(_ page: Int) -> String { page == 1 ? "\(base).html" : "\(base)-\(page).html" }

    func view(_ page: Int) -> PageView {
        var values: [String: Any] = ["page": String(page), "pages": String(pages), "several": pages > 1]
        if page > 1 { values["previous"] = file(page - 1) }
        if page < pages { values["next"] = file(page + 1) }
        return PageView(values)
    }
}
