import Foundation
import TestSupport
import XCTest

/// The stages stay one-way: the executor and the SQL generator read the lowered plan only,
/// never the statement's syntax tree, and the executor knows nothing of the session.
final class StageBoundaryTests: XCTestCase {
  /// The syntax tree's node types (Lang/AST); Lang's vocabulary (CompareOp, Bucket names,
  /// AggregateFunction, Diagnostic, Span, OutputFormat) may be used.
  static let astTypes = [
    "Expr", "Query", "Statement", "Script", "Metric", "OrderItem", "Literal", "Source",
    "Related", "Path", "Name", "Period",
  ]

  private var root: URL { Repository.root }

  /// Each Swift file below `folder` with its comments removed.
  private func code(in folder: String) throws -> [(String, String)] {
    let url = root.appendingPathComponent(folder)
    let enumerator = try XCTUnwrap(
      FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil))
    var files: [(String, String)] = []
    for case let file as URL in enumerator where file.pathExtension == "swift" {
      let text = try String(contentsOf: file, encoding: .utf8)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        line.range(of: "//").map { String(line[..<$0.lowerBound]) } ?? String(line)
      }
      files.append((file.lastPathComponent, lines.joined(separator: "\n")))
    }
    return files
  }

  private func words(_ text: String) -> Set<String> {
    Set(text.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
  }

  func testExecutorAndSQLGeneratorReadNoSyntaxTree() throws {
    var checked = 0
    for folder in ["Sources/Engine/Exec", "Sources/Engine/SQL"] {
      for (name, text) in try code(in: folder) {
        checked += 1
        let used = words(text).intersection(Self.astTypes)
        XCTAssertTrue(used.isEmpty, "\(folder)/\(name) uses \(used.sorted())")
      }
    }
    XCTAssertGreaterThan(checked, 15)
  }

  func testExecutorKnowsNoSession() throws {
    for (name, text) in try code(in: "Sources/Engine/Exec") {
      XCTAssertFalse(words(text).contains("Session"), "Exec/\(name) mentions Session")
    }
  }

  func testKernelsSayWhereCorrectnessLives() throws {
    let folder = root.appendingPathComponent("Sources/Engine/Exec/Kernels")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".swift")
    }
    XCTAssertFalse(files.isEmpty)
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      XCTAssertTrue(
        text.hasPrefix(
          "// Correctness lives in the caller; this folder only makes it fast."),
        "\(file) must start with the Kernels folder's first line")
    }
  }
}
