// swift-tools-version:6.1
import PackageDescription

/// Kiji: news articles in, annotated JSONL out. One library target per stage, all sharing the
/// document model of KijiCore; C libraries only behind the CICU and CHTMLParser shims.
let package = Package(
    name: "Kiji",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kiji", targets: ["kiji"]),
        .library(name: "Kiji", targets: ["KijiPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // C shims.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "CHTMLParser", dependencies: ["CLibXML2"]),
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),

        // The document model, the stage protocol, the runner and the Swift face of ICU.
        .target(name: "KijiCore", dependencies: ["CICU"]),

        // Stages.
        .target(name: "KijiCleaner", dependencies: ["KijiCore", "CHTMLParser"], resources: [.process("Resources")]),
        .target(name: "KijiSentences", dependencies: ["KijiCore"], resources: [.process("Resources")]),
        .target(name: "KijiNumbers", dependencies: ["KijiCore"], resources: [.process("Resources")]),
        .target(name: "KijiEntities", dependencies: ["KijiCore"], resources: [.process("Resources")]),
        .target(name: "KijiQuotes", dependencies: ["KijiCore"], resources: [.process("Resources")]),
        .target(name: "KijiClaims", dependencies: ["KijiCore"], resources: [.process("Resources")]),

        // The store of documents, annotations and claim clusters, across runs: SQLite or PostgreSQL.
        .target(name: "KijiStore", dependencies: ["KijiCore", "KijiEntities", "KijiClaims", .product(name: "GRDB", package: "GRDB.swift"),
                                                 .product(name: "PostgresNIO", package: "postgres-nio")]),

        // Scoring against gold (SCORING.md).
        .target(name: "KijiScoring", dependencies: ["KijiCore"]),

        // The static site of `kiji report`: article, claims and index pages from annotated documents.
        .target(
            name: "KijiReport",
            dependencies: ["KijiCore", "KijiClaims", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.process("Resources")]
        ),

        // The assembled pipeline and the CLI.
        .target(
            name: "KijiPipeline",
            dependencies: ["KijiCore", "KijiCleaner", "KijiSentences", "KijiNumbers", "KijiEntities",
                           "KijiQuotes", "KijiClaims", "KijiScoring"]
        ),
        .executableTarget(
            name: "kiji",
            dependencies: ["KijiPipeline", "KijiStore", "KijiReport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // What the suites that run the real binary share.
        .target(name: "KijiTestSupport", path: "Tests/KijiTestSupport"),
        .testTarget(name: "KijiCoreTests", dependencies: ["KijiCore"]),
        .testTarget(name: "KijiCleanerTests", dependencies: ["KijiCleaner"], resources: [.copy("Fixtures")]),
        .testTarget(name: "KijiSentencesTests", dependencies: ["KijiSentences"], resources: [.copy("Fixtures")]),
        .testTarget(name: "KijiNumbersTests", dependencies: ["KijiNumbers"], resources: [.copy("Fixtures")]),
        .testTarget(name: "KijiEntitiesTests", dependencies: ["KijiEntities"], resources: [.copy("Fixtures")]),
        .testTarget(name: "KijiQuotesTests", dependencies: ["KijiQuotes", "KijiEntities"], resources: [.copy("Fixtures")]),
        .testTarget(name: "KijiClaimsTests", dependencies: ["KijiClaims"], resources: [.copy("Fixtures")]),
        .testTarget(name: "KijiStoreTests", dependencies: ["KijiStore", "KijiPipeline", "kiji", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "KijiScoringTests", dependencies: ["KijiScoring"]),
        .testTarget(name: "KijiReportTests", dependencies: ["KijiReport", "KijiCore", "kiji", "KijiTestSupport"]),
        .testTarget(name: "KijiPipelineTests", dependencies: ["KijiPipeline", "KijiScoring", "kiji", "KijiTestSupport"], resources: [.copy("Baseline")]),
    ]
)
