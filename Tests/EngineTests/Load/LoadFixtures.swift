import XCTest

@testable import Engine

/// Paths of the loader's fixture files and small helpers for the loader tests.
enum LoadFixtures {
  /// `Tests/EngineTests/Fixtures/load`.
  static let root: String = {
    let here = URL(fileURLWithPath: "\(#filePath)").resolvingSymlinksInPath()
    return here.deletingLastPathComponent().deletingLastPathComponent().path + "/Fixtures/load"
  }()

  static func path(_ name: String) -> String { root + "/" + name }

  /// Loads a fixture folder, failing the test with the error's text when it throws.
  static func load(
    _ folder: String, file: StaticString = #filePath, line: UInt = #line
  ) throws -> Store {
    do {
      return try Loader.load(.directory(path(folder)))
    } catch {
      XCTFail("\(error)", file: file, line: line)
      throw error
    }
  }

  /// The error loading `source` throws, or nil when it loads.
  static func error(_ source: DataSource, options: LoadOptions = .init()) -> LoadError? {
    do {
      _ = try Loader.load(source, options: options)
      return nil
    } catch {
      return error
    }
  }
}

extension Table {
  /// The cells of column `name` as text, `nil` for missing.
  func cells(_ name: String) -> [String?] {
    guard let column = column(name) else { return [] }
    return (0..<rowCount).map { column.data.isMissing($0) ? nil : column.data.loadedText($0) }
  }
}

extension Store {
  /// The table named `name`, or a failed test.
  func must(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Table {
    try XCTUnwrap(table(name), "no table \(name)", file: file, line: line)
  }
}
