import Testing
@testable import KijiQuotes
