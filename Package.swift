// swift-tools-version:6.0
import PackageDescription
import Foundation

// The core's release build targets x86-64-v3 (AVX2, BMI2, FMA, popcnt: every x86-64 server CPU since
// about 2013, RHEL 10's baseline) instead of the baseline x86-64: the entity tagger's rank index gets
// a hardware popcount and a SIMD8<Float> is one AVX register, about 6% fewer instructions per
// sample extraction (15% in the tagger), same records (Swift does not contract a * b + c into FMA).
// `-Xcc -march=` reaches Swift code (the importer's target options are IRGen's); `-target-cpu`
// rejects the x86-64-vN names. The binary stops with SIGILL on an older CPU: build there with
// `ARTICLED_MARCH=x86-64-v2 swift build -c release` (or `x86-64`, the portable baseline).
// Debug builds and other architectures are unchanged.
#if arch(x86_64)
let coreReleaseFlags: [SwiftSetting] = [
    .unsafeFlags(["-Xcc", "-march=" + (ProcessInfo.processInfo.environment["ARTICLED_MARCH"] ?? "x86-64-v3")],
                 .when(configuration: .release)),
]
#else
let coreReleaseFlags: [SwiftSetting] = []
#endif

let package = Package(
    name: "articled",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "articled", targets: ["articled"]),
        .library(name: "ArticleCore", targets: ["ArticleCore"]),
        .library(name: "Systemd", targets: ["Systemd"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        // Bytes in, record out. Pure and deterministic: no file system, no clock, no globals.
        .target(
            name: "ArticleCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            path: "Sources/Core",
            // CityGazetteerData.swift is the GeoNames gazetteer, compiled in; NOTICE gives the attributions.
            exclude: ["Resources/NOTICE"],
            // The entity tagger's trained model (see docs/tagger.md), read-only data of the core.
            resources: [.copy("Resources/EntityTagger.model")],
            swiftSettings: coreReleaseFlags
        ),
        // libsystemd through pkg-config.
        .systemLibrary(
            name: "CSystemd",
            path: "Sources/CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        // Journal logging as a swift-log backend, sd_notify. Knows nothing about articles.
        .target(
            name: "Systemd",
            dependencies: ["CSystemd", .product(name: "Logging", package: "swift-log")],
            path: "Sources/Systemd"
        ),
        // The daemon and its command line.
        .executableTarget(
            name: "articled",
            dependencies: [
                "ArticleCore",
                "Systemd",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Sources/Daemon"
        ),
        .testTarget(
            name: "ArticleCoreTests", dependencies: ["ArticleCore"], path: "Tests/CoreTests",
            // Fixture texts are read through #filePath (and by scripts/checks/record-schema.sh);
            // so are the development articles and their annotation (DevArticleTests).
            exclude: ["Fixtures", "DevArticles"]
        ),
        // Throughput of the extraction core: swift run -c release CoreBenchmark (see BENCHMARKS.md).
        .executableTarget(name: "CoreBenchmark", dependencies: ["ArticleCore"], path: "Benchmarks/CoreBenchmark"),
        // The file-system floor the daemon is measured against: scripts/bench.sh (see BENCHMARKS.md).
        .executableTarget(name: "FilesystemFloor", path: "Benchmarks/FilesystemFloor"),
        // Test helpers more than one test target needs (a NOTIFY_SOCKET listener).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "SystemdTests",
            dependencies: ["Systemd", "TestSupport", .product(name: "Logging", package: "swift-log")],
            path: "Tests/SystemdTests"
        ),
        .testTarget(name: "DaemonTests", dependencies: ["ArticleCore", "TestSupport"], path: "Tests/DaemonTests"),
    ],
    swiftLanguageModes: [.v5]
)
