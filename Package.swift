// swift-tools-version:6.0
import Foundation
import PackageDescription

/// The folder of this file: the built-in sample's snapshot is embedded by its absolute path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path

/// `-static-stdlib` for release builds on Linux, given to the compiler (so the objects name the
/// static libraries Foundation needs) and to the linker. Debug builds and the tests, which
/// load XCTest and its shared Foundation, stay dynamic.
let staticSwiftInRelease = (
  swift: SwiftSetting.unsafeFlags(
    ["-static-stdlib"], .when(platforms: [.linux], configuration: .release)),
  linker: LinkerSetting.unsafeFlags(
    ["-static-stdlib"], .when(platforms: [.linux], configuration: .release))
)

let package = Package(
  name: "Dangke",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "dangke", targets: ["dangke"]),
    .library(name: "Lang", targets: ["Lang"]),
    .library(name: "Engine", targets: ["Engine"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // Reading and writing .xlsx workbooks (zip archives of XML).
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // Text -> tokens -> AST. Depends on nothing in the package.
    .target(name: "Lang"),
    // Store, loaders, generator, planner, evaluator, renderers.
    .target(
      name: "Engine",
      dependencies: [
        "Lang", "CLibPQ", "Collation", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    // libpq, PostgreSQL's client library: every connection option psql users know. Loaded
    // with dlopen on the first connection (a start of the program does not pay for it), so
    // only its runtime library (Debian: libpq5) is needed, and only to connect.
    .target(name: "CLibPQ", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
    // The few ICU calls pinyin order and search need, in C over the system's ICU (Debian:
    // libicu-dev to build). Its header includes no ICU header: ICU's own clash with
    // Foundation's copy. ICU is loaded with dlopen when pinyin order is first needed.
    .target(name: "CICU", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
    // Pinyin order and search over ICU, in a target of its own that does not import
    // Foundation (the system ICU headers clash with Foundation's copy in one file).
    .target(name: "Collation", dependencies: ["CICU"]),
    // The built-in sample as a snapshot embedded in the program (sample.dks, checked against
    // the generator by BuiltInSampleTests).
    .target(
      name: "CSample", exclude: ["sample.dks"],
      cSettings: [
        .define("DK_SAMPLE_FILE", to: "\"\\\"\(packageRoot)/Sources/CSample/sample.dks\\\"\"")
      ]),
    // libedit (BSD editline) through its readline-compatible API.
    .systemLibrary(
      name: "CLibEdit",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // The thin executable: argument parsing, REPL, script runner. A release build on Linux
    // links the Swift runtime and Foundation into the program (as `--static-swift-stdlib`
    // does): loading and binding a dozen shared libraries was most of a start.
    .executableTarget(
      name: "dangke",
      dependencies: [
        "Lang", "Engine", "CLibEdit", "CSample",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: [staticSwiftInRelease.swift],
      linkerSettings: [staticSwiftInRelease.linker]
    ),
    // Benchmarks (not run by `swift test`): see bench/compare.sh.
    .executableTarget(name: "dangke-bench", dependencies: ["Engine", "Lang"]),
    // Shared by the test targets only: the golden-corpus reader and the update switch, the
    // process runner (and where the repository and the `dangke` binary are), the seeded
    // random generator. Foundation only, no XCTest.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "LangTests", dependencies: ["Lang", "TestSupport"],
      exclude: ["Diagnostics/cases", "Diagnostics/weak-messages.txt"]),
    .testTarget(
      name: "EngineTests",
      dependencies: [
        "Engine", "Lang", "Collation", "CSample", "TestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      exclude: ["Fixtures", "SQL/differential"]),
    .testTarget(
      name: "DangkeTests",
      dependencies: [
        "dangke", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
  ],
  swiftLanguageModes: [.v6]
)
