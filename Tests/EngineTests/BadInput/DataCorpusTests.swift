import Foundation
import Lang
import TestSupport
import XCTest

@testable import Engine

/// Every malformed data file (or folder) in Fixtures/bad/data loads or fails exactly as the
/// files of Fixtures/bad/data-cases/ (one a kind of file) say: the error naming file, line and
/// column, or the tables and the warnings of a load that succeeds. With DANGKE_UPDATE_GOLDEN=1
/// the expected outcomes are rewritten instead.
final class DataCorpusTests: XCTestCase {
  /// `Tests/EngineTests/Fixtures/bad`.
  static let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/bad").path
  static let folder = root + "/data"
  static let casesPath = root + "/data-cases"

  func testEveryBadDataFileHasItsExactOutcome() throws {
    let corpus = try GoldenCorpus(path: Self.casesPath)
    XCTAssertGreaterThanOrEqual(corpus.cases.count, 30)
    let reports = try corpus.check(printed: true) { c in
      let clock = ContinuousClock()
      var outcome: Result<Store, LoadError>?
      let elapsed = clock.measure { outcome = Self.load(Self.folder + "/" + c.title) }
      XCTAssertLessThan(elapsed, .seconds(5), c.name)
      return (Self.text(of: outcome!, .en), Self.text(of: outcome!, .zh))
    }
    for report in reports { XCTFail(report) }
  }

  /// Every fixture has a case, and every case a fixture.
  func testEveryFixtureHasACase() throws {
    let corpus = try GoldenCorpus(path: Self.casesPath)
    let titles = Set(corpus.cases.map(\.title))
    let entries = try FileManager.default.contentsOfDirectory(atPath: Self.folder)
    XCTAssertEqual(Set(entries), titles)
  }

  /// Every error names its file; every error about a row or a value also names the line.
  func testEveryErrorIsLocated() throws {
    let corpus = try GoldenCorpus(path: Self.casesPath)
    for c in corpus.cases where c.expected.contains(": error[") {
      XCTAssertTrue(c.expected.hasPrefix("$D/\(c.title)"), "case '\(c.title)' names no file")
      let message = c.expected.prefix { $0 != "\n" }
      let aboutContent = ["row", "field", "quote", "value", "byte", "JSON", "escape"].contains {
        message.contains($0)
      }
      if aboutContent, !c.expected.contains("schema.json") {
        let place = c.expected.prefix { $0 != " " }
        XCTAssertTrue(place.contains { $0.isNumber }, "case '\(c.title)' names no line: \(place)")
      }
    }
  }

  /// Loads `path` (a file, or a folder).
  static func load(_ path: String) -> Result<Store, LoadError> {
    let source: DataSource =
      FileManager.default.fileExists(atPath: path + "/.") ? .directory(path) : .files([path])
    do throws(LoadError) {
      return .success(try Loader.load(source))
    } catch {
      return .failure(error)
    }
  }

  /// The outcome of a load as the corpus writes it in `language`: the error, or `loaded`
  /// lines with every table's rows and column types and then the warnings.
  static func text(of outcome: Result<Store, LoadError>, _ language: Language) -> String {
    switch outcome {
    case .success(let store):
      var text = ""
      for table in store.tables {
        let columns = table.columns.map {
          "\($0.name) \($0.type.rawValue)" + ($0.sensitive ? " sensitive" : "")
        }
        text += "loaded \(table.name): \(table.rowCount) rows; " + columns.joined(separator: ", ")
        text += "\n"
      }
      for warning in store.report.warnings { text += warning.rendered(language) + "\n" }
      return text.replacingOccurrences(of: folder, with: "$D")
    case .failure(let error):
      return error.rendered(language).replacingOccurrences(of: folder, with: "$D") + "\n"
    }
  }
}
