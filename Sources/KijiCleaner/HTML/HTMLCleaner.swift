import KijiCore

struct HTMLCleaner {
    let rules: CleanerRules
    let cleanup: InlineCleanup
    func clean(_ html: String) throws -> CleanedArticle { CleanedArticle(paragraphs: [], meta: Meta()) }
}
