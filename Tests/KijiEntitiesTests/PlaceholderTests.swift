import Testing
@testable import KijiEntities
