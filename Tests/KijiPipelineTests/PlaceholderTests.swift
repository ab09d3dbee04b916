import Testing
@testable import KijiPipeline
