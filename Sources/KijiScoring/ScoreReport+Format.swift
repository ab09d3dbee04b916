import Foundation
import KijiCore

extension ScoreReport {
    /// A table a person reads at a glance.
    public var table: String {
        func f(_ value: Double) -> String { String(format: "%.3f", value) }
        func row(_ name: String, _ counts: Counts, _ extra: String = "") -> String {
            name.padding(toLength: 10, withPad: " ", startingAt: 0)
                + " P \(f(counts.precision))  R \(f(counts.recall))  F1 \(f(counts.f1))"
                + "  (\(counts.matched)/\(counts.predicted) pred, \(counts.gold) gold)" + (extra.isEmpty ? "" : "\n           " + extra)
        }
        func acc(_ name: String, _ accuracy: Accuracy) -> String { "\(name) \(f(accuracy.value)) (\(accuracy.correct)/\(accuracy.total))" }
        var lines = ["documents: \(documents)" + (missing.isEmpty ? "" : "  (no prediction for: \(missing.joined(separator: ", ")))")]
        lines.append("meta       " + [acc("title", meta.title), acc("published", meta.published) + " (\(meta.spuriousPublished) spurious)",
                                     acc("outlet", meta.outlet)].joined(separator: "  "))
        lines.append(row("cleaner", cleaner, "token multisets"))
        lines.append(row("sentences", sentences))
        lines.append(row("entities", entities.typed, "untyped F1 \(f(entities.untyped.f1))  " + acc("canonical accuracy", entities.canonical)))
        lines.append(row("numbers", numbers.detection, [acc("value", numbers.value), acc("unit", numbers.unit), acc("normalized", numbers.normalized)].joined(separator: "  ")))
        lines.append(row("quotes", quotes.span, acc("speaker accuracy", quotes.speaker) + "  end-to-end F1 \(f(quotes.endToEnd.f1))"))
        lines.append(row("claims", claims.detection,
                         "links P \(f(claims.linkPrecision))  R \(f(claims.linkRecall))  F1 \(f(claims.linkF1)) (\(claims.links.predicted) pred, \(claims.links.gold) gold)  "
                         + "conflicts found \(claims.conflicts.correct)/\(claims.conflicts.total)"))
        return lines.joined(separator: "\n")
    }

    /// The headline figures as a flat JSON object (plus the raw counts under "counts").
    public var json: [String: Any] {
        [
            "documents": documents,
            "meta": ["title_accuracy": meta.title.value, "published_accuracy": meta.published.value,
                     "published_spurious": meta.spuriousPublished, "outlet_accuracy": meta.outlet.value],
            "cleaner": ["precision": cleaner.precision, "recall": cleaner.recall, "f1": cleaner.f1],
            "sentences": ["precision": sentences.precision, "recall": sentences.recall, "f1": sentences.f1],
            "entities": ["precision": entities.typed.precision, "recall": entities.typed.recall, "f1": entities.typed.f1,
                         "untyped_f1": entities.untyped.f1, "canonical_accuracy": entities.canonical.value],
            "numbers": ["precision": numbers.detection.precision, "recall": numbers.detection.recall, "f1": numbers.detection.f1,
                        "value_accuracy": numbers.value.value, "unit_accuracy": numbers.unit.value,
                        "normalized_accuracy": numbers.normalized.value],
            "quotes": ["precision": quotes.span.precision, "recall": quotes.span.recall, "f1": quotes.span.f1,
                       "speaker_accuracy": quotes.speaker.value, "end_to_end_f1": quotes.endToEnd.f1],
            "claims": ["precision": claims.detection.precision, "recall": claims.detection.recall, "f1": claims.detection.f1,
                       "link_precision": claims.linkPrecision, "link_recall": claims.linkRecall, "link_f1": claims.linkF1,
                       "conflicts_found": claims.conflicts.correct, "conflicts_total": claims.conflicts.total],
        ]
    }
}
