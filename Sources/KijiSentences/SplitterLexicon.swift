import Foundation
import KijiCore

/// What a period after an abbreviation says about the end of a sentence (abbreviations.tsv).
enum AbbreviationKind: String, Sendable, CaseIterable {
    /// Before a name (Mr., Gen., Mt.): never ends a sentence.
    case title
    /// St./Ste.: a saint before a name, or Street, which may end a sentence before a sentence starter.
    case saint
    /// Only inside a sentence (e.g., vs.): never ends a sentence.
    case `internal`
    /// Before a number (No., p.): does not end before a digit.
    case number
    /// A month or weekday (Jan., Thu.): does not end before a digit.
    case month
    /// A country or place (U.S., D.C.): ends unless an institution or a title follows.
    case place
    /// Closes a name (Inc., Co., Jr.): ends unless a title follows.
    case suffix
    /// a.m./p.m.: ends unless a day, a month or a time zone follows.
    case time
    /// Any other (etc.): ends before a capitalized word.
    case general
}

/// The word lists the splitter decides with, loaded from the module's resources and validated
/// when the stage is built.
struct SplitterLexicon: Sendable {
    /// Abbreviations without their final period ("U.S", "Mr", "a.m").
    let abbreviations: [String: AbbreviationKind]
    /// Titles and roles that continue a phrase after a country or company abbreviation.
    let titles: Set<String>
    /// Institution nouns that continue a phrase after a country or place abbreviation.
    let institutions: Set<String>
    /// Days, months and time zones that continue a phrase after a.m./p.m.
    let calendar: Set<String>
    /// Words that open a phrase that is no sentence when it ends in an abbreviation after ≤ 3 words.
    let fragmentOpeners: Set<String>
    /// Common first words of a sentence.
    let sentenceStarters: Set<String>
    /// Verbs of saying, for attributions after a closed quotation.
    let speechVerbs: Set<String>
    /// Marks that open a bullet item.
    let bullets: Set<Unicode.Scalar>

    init(bundle: Bundle) throws {
        var abbreviations: [String: AbbreviationKind] = [:]
        for row in try Lexicon.table("abbreviations.tsv", in: bundle, columns: 2) {
            guard let kind = AbbreviationKind(rawValue: row[1]) else {
                throw LexiconError("abbreviations.tsv: unknown kind '\(row[1])' for '\(row[0])'; kinds are \(AbbreviationKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard !row[0].hasSuffix("."), !row[0].contains(" ") else {
                throw LexiconError("abbreviations.tsv: write '\(row[0])' without its final period and without spaces")
            }
            abbreviations[row[0]] = kind
        }
        self.abbreviations = abbreviations
        titles = try Lexicon.set("titles.txt", in: bundle)
        institutions = try Lexicon.set("institutions.txt", in: bundle)
        calendar = try Lexicon.set("calendar.txt", in: bundle)
        fragmentOpeners = try Lexicon.set("fragment-openers.txt", in: bundle)
        sentenceStarters = try Lexicon.set("sentence-starters.txt", in: bundle)
        speechVerbs = try Lexicon.set("speech-verbs.txt", in: bundle)
        var bullets: Set<Unicode.Scalar> = []
        for entry in try Lexicon.lines("bullets.txt", in: bundle) {
            let scalars = Array(entry.unicodeScalars)
            guard scalars.count == 1 else {
                throw LexiconError("bullets.txt: '\(entry)' is not one character")
            }
            bullets.insert(scalars[0])
        }
        self.bullets = bullets
    }
}

/// A word list of the splitter that is malformed.
struct LexiconError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
