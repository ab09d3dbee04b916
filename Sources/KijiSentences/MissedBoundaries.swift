import KijiCore
/// Boundaries ICU never proposes but the judge should hear about: after a period before a
/// number ("The score was 5. 2 players were hurt", where ICU reads on to the lower-case word),
/// and after an ellipsis character, which is no sentence terminal for ICU ("difficult… But").
struct MissedBoundaries {
    let scanner: ScalarScanner

    /// Start offsets of the words that follow such a period or ellipsis on the same line.
    func offsets() -> [Int] {
        let scalars = scanner.scalars
        var offsets: [Int] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            i += 1
            guard s == "." || s == "…", i < scalars.count else { continue }
            var j = i
            while j < scalars.count, ScalarScanner.isCloser(scalars[j]) { j += 1 }
            let spaceStart = j
            while j < scalars.count, scanner.isSpace(j), !ScalarScanner.isNewline(scalars[j]) { j += 1 }
            guard j > spaceStart, j < scalars.count, !scanner.isSpace(j) else { continue }
            var first = j
            while first < scalars.count, ScalarScanner.isOpener(scalars[first]) { first += 1 }
            guard first < scalars.count else { continue }
            if ScalarScanner.isNumeric(scalars[first]) || (s == "…" && ScalarClass.isUppercase(scalars[first])) {
                offsets.append(j)
            }
        }
        return offsets
    }
}
