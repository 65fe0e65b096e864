// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets over the root package's Lang and Engine. A separate package, so the main
// `swift build` never builds them. Build and run with ./run.sh (see README.md here).
let package = Package(
  name: "DangkeFuzz",
  dependencies: [.package(name: "Dangke", path: "..")],
  targets: [
    // The libFuzzer driver entry and the loaders' shared fuzz body.
    .target(
      name: "FuzzSupport", dependencies: [.product(name: "Engine", package: "Dangke")],
      path: "Sources/FuzzSupport"),
    // (a) lexer + parser on arbitrary UTF-8.
    .executableTarget(
      name: "fuzz-parser",
      dependencies: ["FuzzSupport", .product(name: "Lang", package: "Dangke")],
      path: "Sources/FuzzParser"),
    // (b) the CSV/TSV loader on one file of the fuzz bytes.
    .executableTarget(
      name: "fuzz-csv", dependencies: ["FuzzSupport"],
      path: "Sources/FuzzCSV"),
    // (c) the JSON loader (.jsonl and .json) on one file of the fuzz bytes.
    .executableTarget(
      name: "fuzz-json", dependencies: ["FuzzSupport"],
      path: "Sources/FuzzJSON"),
    // (d) parse + evaluate against the built-in sample, loaded once.
    .executableTarget(
      name: "fuzz-eval",
      dependencies: [
        "FuzzSupport", .product(name: "Engine", package: "Dangke"),
        .product(name: "Lang", package: "Dangke"),
      ], path: "Sources/FuzzEval"),
  ],
  swiftLanguageModes: [.v6]
)
