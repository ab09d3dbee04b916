import Testing
@testable import KijiNumbers
