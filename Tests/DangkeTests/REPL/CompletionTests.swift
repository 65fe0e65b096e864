import Engine
import Lang
import XCTest

@testable import dangke

/// Tab completion below the terminal: the context over the sample store, the REPL's completer
/// (dot commands, paths, continuation lines) and the translation into libedit's matches.
final class CompletionTests: XCTestCase {
  static let store: Store = {
    do { return try loadStore([]) } catch { fatalError("the sample does not load: \(error)") }
  }()

  private var context: StoreCompletionContext {
    StoreCompletionContext(store: Self.store, lets: [:])
  }

  func testValuesCountRowsAndIncludeChineseLabels() throws {
    let values = context.values(of: "sessions", column: ["type"])
    let micro = try XCTUnwrap(values.first { $0.value == "micro" })
    let label = try XCTUnwrap(values.first { $0.value == "微党课" })
    XCTAssertEqual(micro.count, label.count)
    let sessions = try XCTUnwrap(Self.store.table("sessions"))
    let typeTotal = values.filter { $0.value.allSatisfy(\.isASCII) }.map(\.count).reduce(0, +)
    XCTAssertEqual(typeTotal, sessions.rowCount, "every session has one type")
    XCTAssertEqual(values.map(\.count), values.map(\.count).sorted(by: >), "most frequent first")
  }

  func testValuesFollowReferences() throws {
    let viaMember = context.values(of: "attendance", column: ["member", "category"])
    let attendance = try XCTUnwrap(Self.store.table("attendance"))
    let codes = viaMember.filter { $0.value.allSatisfy(\.isASCII) }
    XCTAssertEqual(codes.map(\.count).reduce(0, +), attendance.rowCount)
    XCTAssertTrue(codes.contains { $0.value == "residential" })
    XCTAssertEqual(context.referencedTable(of: "attendance", column: "member"), "members")
    XCTAssertTrue(context.columns(of: "members").contains("category"))
    XCTAssertEqual(context.values(of: "members", column: ["phone"]).count, 0, "sensitive")
  }

  func testLetNamesReadTheirTable() {
    let withLet = StoreCompletionContext(store: Self.store, lets: ["recent": "sessions"])
    XCTAssertEqual(withLet.letNames, ["recent"])
    XCTAssertEqual(withLet.columns(of: "recent"), withLet.columns(of: "sessions"))
  }

  func testCompleterUsesTheLangAPI() {
    let completer = Completer(context: context)
    let tables = completer.complete(line: "count sess", cursor: 10)
    XCTAssertEqual(tables.replaced, 6..<10)
    XCTAssertEqual(tables.candidates.map(\.text), ["sessions"])
    let values = completer.complete(line: "count sessions where type=微", cursor: 30)
    XCTAssertEqual(values.candidates.map(\.text), ["微党课"])
    XCTAssertTrue(values.candidates[0].display.hasPrefix("微党课 ("))
  }

  func testLabelsAreOfferedBesideNames() {
    let completer = Completer(context: context)
    let line = "count 党"
    let tables = completer.complete(line: line, cursor: line.utf8.count)
    XCTAssertEqual(tables.replaced, 6..<line.utf8.count)
    XCTAssertEqual(tables.candidates.map(\.text), ["党组织", "党员", "党课"])
    let column = "count 党课 where 课"
    XCTAssertEqual(
      completer.complete(line: column, cursor: column.utf8.count).candidates.map(\.text),
      ["课型", "课题", "课堂"])
    let path = "sum 学时 of 参学记录 by 党员.类"
    XCTAssertEqual(
      completer.complete(line: path, cursor: path.utf8.count).candidates.map(\.text), ["类别"])
  }

  func testValuesOfEqualCountInPinyinOrder() {
    let values = context.values(of: "members", column: ["name"])
    let ties = zip(values, values.dropFirst()).filter { $0.count == $1.count }
    XCTAssertGreaterThan(ties.count, 100)
    for (a, b) in ties {
      XCTAssertLessThan(TextOrder.pinyin.compare(a.value, b.value), 0, "\(a.value) \(b.value)")
    }
  }

  func testCompleterSeesEarlierLinesOfTheStatement() {
    let completer = Completer(context: context, pending: "count sessions where")
    let result = completer.complete(line: "ty", cursor: 2)
    XCTAssertEqual(result.replaced, 0..<2)
    XCTAssertEqual(result.candidates.map(\.text), ["type"])
  }

  func testDotCommandsAndTheirArguments() throws {
    let completer = Completer(context: context)
    XCTAssertEqual(completer.complete(line: ".ta", cursor: 3).candidates.map(\.text), [".tables"])
    XCTAssertEqual(completer.complete(line: ".ta", cursor: 3).replaced, 0..<3)
    XCTAssertEqual(
      completer.complete(line: ".format c", cursor: 9).candidates.map(\.text), ["csv", "chart"])
    XCTAssertEqual(
      completer.complete(line: ".schema ses", cursor: 11).candidates.map(\.text), ["sessions"])
    XCTAssertEqual(completer.complete(line: ".lang z", cursor: 7).candidates.map(\.text), ["zh"])
    XCTAssertEqual(completer.complete(line: ".ve", cursor: 3).candidates.map(\.text), [".version"])

    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-paths-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("数据"), withIntermediateDirectories: true)
    _ = FileManager.default.createFile(
      atPath: folder.appendingPathComponent("report.dk").path, contents: Data())
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    let line = ".run \(folder.path)/re"
    let run = completer.complete(line: line, cursor: line.utf8.count)
    XCTAssertEqual(run.candidates.map(\.text), ["\(folder.path)/report.dk"])
    XCTAssertEqual(run.replaced, 5..<line.utf8.count)
    let once = ".once \(folder.path)/re"
    XCTAssertEqual(
      completer.complete(line: once, cursor: once.utf8.count).candidates.map(\.text),
      ["\(folder.path)/report.dk"])
    XCTAssertEqual(completer.complete(line: ".on", cursor: 3).candidates.map(\.text), [".once"])
    XCTAssertEqual(
      completer.complete(line: ".mode j", cursor: 7).candidates.map(\.text), ["json"])
    let load = ".load \(folder.path)/"
    XCTAssertEqual(
      completer.complete(line: load, cursor: load.utf8.count).candidates.map(\.display),
      ["report.dk", "数据/"])
  }

  func testLibEditMatchesForOneCandidate() {
    let one = LineCompletion(replaced: 6..<10, candidates: [CompletionCandidate(text: "sessions")])
    let matches = LibEditMatches(line: "count sess", wordStart: 6, completion: one)
    XCTAssertEqual(matches.replacement, "sessions")
    XCTAssertTrue(matches.appendSpace)
  }

  func testLibEditMatchesWhenRangesDiffer() {
    // libedit's word is `member.na` (no break at '.'); the completion replaces only `na`.
    let later = LineCompletion(
      replaced: 27..<29, candidates: [CompletionCandidate(text: "name")])
    let line = "count attendance by member.na"
    let a = LibEditMatches(line: line, wordStart: 20, completion: later)
    XCTAssertEqual(a.replacement, "member.name")
    // libedit's word starts after `.` (e.g. `.ta`), the completion replaces `.ta`.
    let earlier = LineCompletion(
      replaced: 0..<3, candidates: [CompletionCandidate(text: ".tables")])
    let b = LibEditMatches(line: ".ta", wordStart: 1, completion: earlier)
    XCTAssertEqual(b.replacement, "tables")
    // A path ending in `/` or a reference ending in `.` takes no space after it.
    let folder = LineCompletion(replaced: 6..<8, candidates: [CompletionCandidate(text: "data/")])
    XCTAssertFalse(LibEditMatches(line: ".load da", wordStart: 6, completion: folder).appendSpace)
  }

  func testLibEditMatchesForSeveralCandidates() {
    let several = LineCompletion(
      replaced: 26..<26,
      candidates: [
        CompletionCandidate(text: "micro", display: "micro (32)"),
        CompletionCandidate(text: "mixed", display: "mixed (3)"),
      ])
    let line = "count sessions where type="
    let matches = LibEditMatches(line: line, wordStart: 26, completion: several)
    XCTAssertEqual(matches.replacement, "mi")
    XCTAssertEqual(matches.listed, ["micro (32)", "mixed (3)"])
    XCTAssertFalse(matches.appendSpace)
    let none = LibEditMatches(line: line, wordStart: 26, completion: .none)
    XCTAssertNil(none.replacement)
  }

  func testCursorOffsetFromLibEditCharacters() {
    let line = "count sessions where type=微党"
    let chars = line.unicodeScalars.count
    XCTAssertEqual(
      LibEditMatches.byteOffset(ofCharacter: chars, in: line, endingWith: "type=微党"),
      line.utf8.count)
    XCTAssertEqual(LibEditMatches.byteOffset(ofCharacter: 5, in: "count", endingWith: "count"), 5)
  }
}

/// Path completion for the dot commands that take a file, Chinese names included.
final class PathCompletionTests: XCTestCase {
  private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-paths-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: url.appendingPathComponent("数据/二〇一六"), withIntermediateDirectories: true)
    for name in ["报告.csv", "报表.md", "report.json", ".hidden.dk"] {
      _ = FileManager.default.createFile(
        atPath: url.appendingPathComponent(name).path, contents: Data())
    }
    addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
  }

  private func complete(_ line: String) -> LineCompletion {
    Completer(context: StoreCompletionContext(store: CompletionTests.store, lets: [:]))
      .complete(line: line, cursor: line.utf8.count)
  }

  func testEveryCommandThatTakesAFileCompletesPaths() throws {
    let dir = try folder().path
    let commands = DotCommand.all.filter {
      if case .paths = $0.completion { return true } else { return false }
    }.map(\.name)
    XCTAssertEqual(commands, [".load", ".output", ".once", ".run"])
    for command in commands {
      XCTAssertEqual(
        complete("\(command) \(dir)/报").candidates.map(\.text),
        ["\(dir)/报告.csv", "\(dir)/报表.md"], command)
    }
  }

  func testChineseFoldersAndHiddenNames() throws {
    let dir = try folder().path
    let folderLine = ".output \(dir)/数"
    let folder = complete(folderLine)
    XCTAssertEqual(folder.candidates.map(\.text), ["\(dir)/数据/"])
    XCTAssertEqual(folder.replaced, 8..<folderLine.utf8.count)
    XCTAssertEqual(
      complete(".run \(dir)/数据/").candidates.map(\.display), ["二〇一六/"])
    XCTAssertEqual(
      complete(".once \(dir)/").candidates.map(\.display),
      ["report.json", "报表.md", "报告.csv", "数据/"].sorted())
    XCTAssertEqual(complete(".load \(dir)/.h").candidates.map(\.display), [".hidden.dk"])
    // .output and .once take one file: the word after it is not a path.
    XCTAssertEqual(complete(".output \(dir)/report.json \(dir)/r").candidates, [])
  }

  func testANameWithABlankIsQuoted() throws {
    let dir = try folder().path
    _ = FileManager.default.createFile(atPath: dir + "/月度 报告.csv", contents: Data())
    try FileManager.default.createDirectory(
      atPath: dir + "/my data", withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: dir + "/my data/q1.csv", contents: Data())
    let line = ".output \(dir)/月"
    let month = complete(line)
    XCTAssertEqual(month.candidates.map(\.text), ["\"\(dir)/月度 报告.csv\""])
    XCTAssertEqual(month.replaced, 8..<line.utf8.count)
    XCTAssertEqual(complete(".run \(dir)/my").candidates.map(\.text), ["\"\(dir)/my data/"])
    // Inside the open quote the next Tab goes on.
    let inside = ".run \"\(dir)/my data/q"
    let next = complete(inside)
    XCTAssertEqual(next.candidates.map(\.text), ["\"\(dir)/my data/q1.csv\""])
    XCTAssertEqual(next.replaced, 5..<inside.utf8.count)
    XCTAssertEqual(
      try DotWords.split(".run \"\(dir)/my data/q1.csv\""), [".run", "\(dir)/my data/q1.csv"])
  }
}
