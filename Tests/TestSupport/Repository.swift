import Foundation

/// Places every test suite needs: the repository's root and the `dangke` binary of this build.
public enum Repository {
  /// The repository root (this file is Tests/TestSupport/Repository.swift).
  public static let root: URL = URL(fileURLWithPath: "\(#filePath)").resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A file or folder below the root, by its path relative to the root.
  public static func path(_ relative: String) -> String {
    root.appendingPathComponent(relative).path
  }

  /// The `dangke` executable in the build products folder that holds the test bundle
  /// (`.build/debug/dangke`): on Linux the bundle is `…/debug/DangkePackageTests.xctest`, on
  /// macOS a bundle folder in the same products folder; either way its parent holds `dangke`.
  public static let dangke: URL = {
    var candidates: [URL] = []
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      candidates.append(bundle.bundleURL.deletingLastPathComponent())
    }
    var folder = Bundle.main.bundleURL
    for _ in 0..<4 {
      candidates.append(folder)
      folder = folder.deletingLastPathComponent()
    }
    if let argument = CommandLine.arguments.first {
      candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent())
    }
    for folder in candidates {
      let file = folder.appendingPathComponent("dangke")
      if FileManager.default.isExecutableFile(atPath: file.path) { return file }
    }
    return root.appendingPathComponent(".build/debug/dangke")
  }()
}
