import Testing
@testable import KijiCore
