import Foundation
import TestSupport
import XCTest

/// No file of the checkout names a folder that exists only on the machine it was written on
/// (`/work/data`, `/home/someone/…`) as a default: data and tools are found relative to the
/// checkout, in `$XDG_CACHE_HOME`, or on the PATH.
final class MachinePathTests: XCTestCase {
  /// Absolute folders of a particular machine. `/tmp`, `/usr`, `/etc`, `/dev`, `/proc` and
  /// the like exist everywhere and are allowed.
  static let pattern = #"(^|[^A-Za-z0-9_.~$/})])/(work|home|Users|root|mnt|srv|data|opt)/"#

  /// Folders that are not part of the checkout (build products, git, generated data).
  static let skipped: Set<String> = [
    ".build", ".git", ".swiftpm", "out", "data",
  ]

  func testNoTrackedFileNamesAMachinesFolder() throws {
    let root = Repository.root
    let regex = try NSRegularExpression(pattern: Self.pattern, options: [.anchorsMatchLines])
    var offenders: [String] = []
    let files = FileManager.default.enumerator(
      at: root, includingPropertiesForKeys: [.isDirectoryKey, .isRegularFileKey])!
    for case let url as URL in files {
      let name = url.lastPathComponent
      let values = try url.resourceValues(forKeys: [.isDirectoryKey, .isRegularFileKey])
      // `.git` is a folder in a clone and a file in a worktree: skipped either way.
      if name == ".git" {
        if values.isDirectory == true { files.skipDescendants() }
        continue
      }
      if values.isDirectory == true {
        if Self.skipped.contains(name) || name.hasPrefix(".build") { files.skipDescendants() }
        continue
      }
      guard values.isRegularFile == true, url.lastPathComponent != "MachinePathTests.swift",
        let data = try? Data(contentsOf: url), !data.contains(0),
        let text = String(data: data, encoding: .utf8)
      else { continue }
      let range = NSRange(text.startIndex..., in: text)
      for match in regex.matches(in: text, range: range) {
        let lineRange = (text as NSString).lineRange(for: match.range)
        let line = (text as NSString).substring(with: lineRange)
          .trimmingCharacters(in: .whitespacesAndNewlines)
        let relative = url.path.replacingOccurrences(of: root.path + "/", with: "")
        offenders.append("\(relative): \(line)")
      }
    }
    XCTAssertEqual(offenders, [], offenders.joined(separator: "\n"))
  }

  func testThePatternCatchesWhatItShould() throws {
    let regex = try NSRegularExpression(pattern: Self.pattern, options: [.anchorsMatchLines])
    func matches(_ text: String) -> Bool {
      regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
    XCTAssertTrue(matches("DATA_ROOT=${DANGKE_DATA:-/work/data}"))
    XCTAssertTrue(matches("cd /home/alice/dangke"))
    XCTAssertTrue(matches("SWIFT=/opt/swift/usr/bin"))
    XCTAssertFalse(matches("mktemp -d /tmp/dangke.XXXX"))
    XCTAssertFalse(matches("$ROOT/bench/data/city"))
    XCTAssertFalse(matches("${XDG_CACHE_HOME}/data/city"))
    XCTAssertFalse(matches("~/.config/dangke/init.dk"))
    XCTAssertFalse(matches("/usr/bin/tmux"))
  }
}
