// swift-tools-version:6.1
import PackageDescription

/// libFuzzer targets for Kiji (README "Fuzzing"): one executable, the target chosen by
/// KIJI_FUZZ_TARGET. Build only with the sanitizers, as fuzz/run.sh does:
/// swift build -c debug -Xswiftc -sanitize=fuzzer,address
let package = Package(
    name: "KijiFuzz",
    dependencies: [.package(name: "Kiji", path: "..")],
    targets: [
        .executableTarget(
            name: "kiji-fuzz",
            dependencies: [.product(name: "Kiji", package: "Kiji")],
            // No top-level code: main is libFuzzer's driver (Entry.swift).
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
