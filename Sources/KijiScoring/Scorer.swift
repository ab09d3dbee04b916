import KijiCore

/// Scores predicted documents against gold documents that share an id (SCORING.md). A gold
/// document with no prediction (or an error line) counts as a prediction with nothing in it;
/// predictions without gold are ignored. Every figure is micro-averaged over the corpus.
public enum Scorer {
    public static func score(gold: [AnnotatedDocument], predicted: [AnnotatedDocument]) -> ScoreReport {
        var byID: [String: AnnotatedDocument] = [:]
        for document in predicted where document.error == nil { byID[document.id] = document }
        var report = ScoreReport()
        var claimPairs: [ClaimScoring.DocumentPairs] = []
        for goldDocument in gold {
            let prediction = byID[goldDocument.id] ?? AnnotatedDocument(id: goldDocument.id)
            report.documents += 1
            if byID[goldDocument.id] == nil { report.missing.append(goldDocument.id) }
            scoreMeta(prediction.meta, goldDocument.meta, into: &report.meta)
            report.cleaner += cleanerCounts(prediction, goldDocument)
            report.sentences += keyedCounts(prediction.sentences.map { TextFolding.normalize($0.text) },
                                            goldDocument.sentences.map { TextFolding.normalize($0.text) })
            scoreEntities(prediction, goldDocument, into: &report.entities)
            scoreNumbers(prediction, goldDocument, into: &report.numbers)
            scoreQuotes(prediction, goldDocument, into: &report.quotes)
            claimPairs.append(ClaimScoring.match(prediction, goldDocument))
        }
        report.claims = ClaimScoring.score(claimPairs)
        return report
    }

    static func scoreMeta(_ predicted: Meta, _ gold: Meta, into figures: inout MetaFigures) {
        figures.title.add(predicted.title.map(TextFolding.normalize) == gold.title.map(TextFolding.normalize))
        if let published = gold.published {
            figures.published.add(predicted.published == published)
        } else if predicted.published != nil {
            figures.spuriousPublished += 1
        }
        figures.outlet.add(Matching.sameOutlet(predicted.outlet, gold.outlet))
    }

    static func cleanerCounts(_ predicted: AnnotatedDocument, _ gold: AnnotatedDocument) -> Counts {
        let p = TextFolding.tokens(predicted.text), g = TextFolding.tokens(gold.text)
        return Counts(matched: Matching.overlap(p, g), predicted: p.count, gold: g.count)
    }

    static func keyedCounts<Key: Hashable>(_ predicted: [Key], _ gold: [Key]) -> Counts {
        Counts(matched: Matching.pairsByKey(predicted: predicted, gold: gold).count, predicted: predicted.count, gold: gold.count)
    }

    static func scoreEntities(_ predicted: AnnotatedDocument, _ gold: AnnotatedDocument, into figures: inout EntityFigures) {
        struct Key: Hashable { let text: String; let type: EntityType }
        let p = predicted.entities, g = gold.entities
        let pairs = Matching.pairsByKey(predicted: p.map { Key(text: TextFolding.normalize($0.text), type: $0.type) },
                                        gold: g.map { Key(text: TextFolding.normalize($0.text), type: $0.type) })
        figures.typed += Counts(matched: pairs.count, predicted: p.count, gold: g.count)
        figures.untyped += keyedCounts(p.map { TextFolding.normalize($0.text) }, g.map { TextFolding.normalize($0.text) })
        for (i, j) in pairs {
            figures.canonical.add(Matching.canonicalKey(p[i].canonical) == Matching.canonicalKey(g[j].canonical))
        }
    }

    static func scoreNumbers(_ predicted: AnnotatedDocument, _ gold: AnnotatedDocument, into figures: inout NumberFigures) {
        struct Key: Hashable { let text: String; let kind: NumberKind }
        let p = predicted.numbers, g = gold.numbers
        let pairs = Matching.pairsByKey(predicted: p.map { Key(text: Matching.numberKey($0.text), kind: $0.kind) },
                                        gold: g.map { Key(text: Matching.numberKey($0.text), kind: $0.kind) })
        figures.detection += Counts(matched: pairs.count, predicted: p.count, gold: g.count)
        for (i, j) in pairs {
            figures.value.add(Matching.closeValues(p[i].value, g[j].value))
            figures.unit.add(p[i].unit == g[j].unit)
            if let normalized = g[j].normalized { figures.normalized.add(p[i].normalized == normalized) }
        }
    }

    static func scoreQuotes(_ predicted: AnnotatedDocument, _ gold: AnnotatedDocument, into figures: inout QuoteFigures) {
        let p = predicted.quotes, g = gold.quotes
        let pTokens = p.map { Set(TextFolding.tokens($0.text)) }, gTokens = g.map { Set(TextFolding.tokens($0.text)) }
        var candidates: [(predicted: Int, gold: Int, score: Double)] = []
        for i in p.indices {
            for j in g.indices {
                let score = Matching.jaccard(pTokens[i], gTokens[j])
                if score >= 0.8 { candidates.append((i, j, score)) }
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.gold, $0.predicted) < ($1.gold, $1.predicted) }
        let pairs = Matching.greedy(candidates.map { ($0.predicted, $0.gold) })
        figures.span += Counts(matched: pairs.count, predicted: p.count, gold: g.count)
        var rightSpeaker = 0
        for (i, j) in pairs {
            let same = Matching.sameSpeaker(p[i].speaker, g[j].speaker)
            figures.speaker.add(same)
            if same { rightSpeaker += 1 }
        }
        figures.endToEnd += Counts(matched: rightSpeaker, predicted: p.count, gold: g.count)
    }
}

