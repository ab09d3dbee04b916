import Testing
@testable import KijiSentences
