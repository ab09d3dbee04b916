/// Every figure of SCORING.md for one scored corpus.
public struct ScoreReport: Sendable, Codable {
    public var documents = 0
    /// Gold ids with no prediction (scored as empty).
    public var missing: [String] = []
    public var meta = MetaFigures()
    public var cleaner = Counts()
    public var sentences = Counts()
    public var entities = EntityFigures()
    public var numbers = NumberFigures()
    public var quotes = QuoteFigures()
    public var claims = ClaimFigures()

    public init() {}
}

/// Metadata, per document: the title (normalized text), the publication date where gold states
/// one (and dates given where gold states none), the outlet (`Matching.sameOutlet`).
public struct MetaFigures: Sendable, Codable {
    public var title = Accuracy()
    public var published = Accuracy()
    public var spuriousPublished = 0
    public var outlet = Accuracy()
}

public struct EntityFigures: Sendable, Codable {
    public var typed = Counts()
    public var untyped = Counts()
    public var canonical = Accuracy()
}

public struct NumberFigures: Sendable, Codable {
    public var detection = Counts()
    public var value = Accuracy()
    public var unit = Accuracy()
    public var normalized = Accuracy()
}

public struct QuoteFigures: Sendable, Codable {
    public var span = Counts()
    public var speaker = Accuracy()
    public var endToEnd = Counts()
}

public struct ClaimFigures: Sendable, Codable {
    public var detection = Counts()
    /// `matched` counts the recalled gold links; precision uses `linkPrecisionMatched`.
    public var links = Counts()
    public var linkPrecisionMatched = 0
    public var conflicts = Accuracy()

    public var linkPrecision: Double {
        links.predicted == 0 ? (links.gold == 0 ? 1 : 0) : Double(linkPrecisionMatched) / Double(links.predicted)
    }
    public var linkRecall: Double { links.recall }
    public var linkF1: Double {
        let p = linkPrecision, r = linkRecall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
}
