import KijiCore

/// What the index and the claims pages keep of an article once its page is written.
struct ArticleEntry: Sendable {
    var id: String
    var title: String
    var outlet: String?
    var published: String?
    /// The page, relative to the site's root ("articles/12-abc.html").
    var href: String
    var entities: Int
    var numbers: Int
    var quotes: Int
    var claims: Int
    var error: String?

    init(_ document: AnnotatedDocument, href: String) {
        id = document.id
        title = document.meta.title ?? document.id
        outlet = document.meta.outlet
        published = document.meta.published
        self.href = href
        entities = document.entities.count
        numbers = document.numbers.count
        quotes = document.quotes.count
        claims = document.claims.count
        error = document.error
    }

    /// A file name made of the article's position and the safe characters of its id: unique, and
    /// still recognisable.
    static func fileName(ordinal: Int, id: String) -> String {
        let safe = id.unicodeScalars.prefix(60).map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
                ? Character(scalar) : "_"
        }
        return "\(ordinal)-\(String(safe)).html"
    }
}
