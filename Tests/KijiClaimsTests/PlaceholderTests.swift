import Testing
@testable import KijiClaims
