import Testing
@testable import KijiScoring
