import KijiCore

/// Scores predicted documents against gold (SCORING.md).
public struct Scorer {
    public init() {}
}
