import Lang
import XCTest

@testable import Engine

/// A load error and a load warning as text and as JSON lines, in both languages.
final class LoadErrorTextTests: XCTestCase {
  func testUnterminatedQuoteInBothLanguages() throws {
    let csv = "id,title\n1,ok\n2,\"党课\n3,x\n"
    let error = try XCTUnwrap(loadError(["sessions.csv": csv]))
    XCTAssertEqual(error.code, "E0403")
    XCTAssertEqual(error.message, "unterminated quoted field")
    XCTAssertEqual(
      error.rendered(.en),
      """
      m/sessions.csv:3:2: error[E0403]: unterminated quoted field
        hint: close the quote with ", and write a quote inside a quoted field as ""
      """)
    XCTAssertEqual(
      error.rendered(.zh),
      """
      m/sessions.csv:3:2: 错误[E0403]：引号没有闭合
        提示：请用 " 闭合引号；引号字段里的引号要写成 ""
      """)
  }

  func testDescriptionFollowsTheCurrentLanguage() throws {
    let error = try XCTUnwrap(loadError(["a.csv": ""]))
    let before = Language.current
    defer { Language.current = before }
    Language.current = .zh
    XCTAssertEqual(
      "\(error)", "m/a.csv: 错误[E0412]：文件是空的\n  提示：请加上表头和数据行，或者删掉这个文件")
    Language.current = .en
    XCTAssertEqual(
      "\(error)",
      "m/a.csv: error[E0412]: the file is empty\n  hint: add a header row and rows of data, or remove the file"
    )
  }

  func testJSONLineOfAnError() throws {
    let error = try XCTUnwrap(loadError(["t.jsonl": "{\"id\": 1, \"id\": 2}\n"]))
    XCTAssertEqual(
      error.jsonLine(.en),
      #"{"code":"E0431","severity":"error","message":"key \"id\" appears twice in one object","#
        + #""hint":"each line of a .jsonl file must be one flat object: {\"id\": 1, \"name\": \"…\"}","#
        + #""file":"m/t.jsonl","line":1,"column":11}"#)
    XCTAssertEqual(
      error.jsonLine(.zh),
      #"{"code":"E0431","severity":"error","message":"键“id”在同一个对象里出现了两次","#
        + #""hint":".jsonl 文件的每一行必须是一个扁平对象：{\"id\": 1, \"name\": \"…\"}","#
        + #""file":"m/t.jsonl","line":1,"column":11}"#)
    let folder = try XCTUnwrap(
      catchLoad { () throws(LoadError) in _ = try Loader.load(.directory("/no/such\tfolder")) })
    XCTAssertEqual(
      folder.jsonLine(.en),
      #"{"code":"E0401","severity":"error","message":"folder not found","hint":"check the path; "#
        + #"it should name a folder of .csv, .tsv, .jsonl or .json files","#
        + #""file":"/no/such\tfolder","line":null,"column":null}"#)
  }

  func testWarningAsTextAndJSON() throws {
    let store = try Loader.load(
      .memory(name: "m", files: [DataFile(path: "m/t.csv", bytes: Array("v\n1\n\n\n2\n".utf8))]))
    let warning = try XCTUnwrap(store.report.warnings.first)
    XCTAssertEqual(warning.code, "W0404")
    XCTAssertEqual(
      warning.rendered(.en), "m/t.csv:3: warning[W0404]: skipped 2 blank lines (first on line 3)")
    XCTAssertEqual(warning.rendered(.zh), "m/t.csv:3: 警告[W0404]：跳过了 2 个空行（第一个在第 3 行）")
    XCTAssertEqual(
      warning.jsonLine(.zh),
      #"{"code":"W0404","severity":"warning","message":"跳过了 2 个空行（第一个在第 3 行）","#
        + #""hint":null,"file":"m/t.csv","line":3,"column":null}"#)
  }

  func testWarningsSurviveASnapshotInBothLanguages() throws {
    let store = SnapshotFixtures.handMade()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dangke-messages-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("s.dks").path
    try Snapshot.write(store, to: path)
    let read = try Snapshot.read(path)
    XCTAssertEqual(read.report.warnings, store.report.warnings)
    XCTAssertEqual(
      read.report.warnings[0].rendered(.zh), "data/sessions.csv:3: 警告[W0401]：9 不是机构的 id")
  }

  private func loadError(_ files: [String: String]) -> LoadError? {
    catchLoad { () throws(LoadError) in
      _ = try Loader.load(
        .memory(
          name: "m",
          files: files.sorted { $0.key < $1.key }.map {
            DataFile(path: "m/" + $0.key, bytes: Array($0.value.utf8))
          }))
    }
  }

  private func catchLoad(_ body: () throws(LoadError) -> Void) -> LoadError? {
    do throws(LoadError) {
      try body()
      return nil
    } catch {
      return error
    }
  }
}
