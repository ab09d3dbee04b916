import Testing
@testable import KijiCleaner
