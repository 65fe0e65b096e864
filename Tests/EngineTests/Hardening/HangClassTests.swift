import Engine
import Foundation
import Lang
import XCTest

/// Issue #17, "Hangs" and the file that changes while it is read: the reproduction and two
/// variations of each class, with the exact outcome.
final class HangClassTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-hang-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "id,name\n1,a\n".write(
      to: folder.appendingPathComponent("orgs.csv"), atomically: true, encoding: .utf8)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func loadError(_ source: DataSource) -> String? {
    do {
      _ = try Loader.load(source)
      return nil
    } catch {
      return error.rendered(.en)
    }
  }

  // MARK: Files that are not regular files

  func testNamedPipeInTheFolderIsRefusedWithoutBlocking() throws {
    let fifo = folder.appendingPathComponent("members.csv").path
    XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    XCTAssertEqual(
      loadError(.directory(folder.path)),
      """
      \(fifo): error[E1201]: not a regular file (a named pipe); it was not opened
        hint: move it out of the data folder, or give the data files one by one
      """)
    // Named on its own: refused the same way (here in Chinese).
    do {
      _ = try Loader.load(.files([fifo]))
      XCTFail("a named pipe loaded")
    } catch {
      XCTAssertEqual(
        error.rendered(.zh),
        """
        \(fifo): 错误[E1201]：不是普通文件（命名管道），没有打开它
          提示：请把它移出数据文件夹，或者逐个给出数据文件
        """)
    }
  }

  func testLinkToADeviceIsRefused() throws {
    let link = folder.appendingPathComponent("zero.csv").path
    XCTAssertEqual(symlink("/dev/zero", link), 0)
    XCTAssertEqual(
      loadError(.directory(folder.path)),
      """
      \(link): error[E1201]: not a regular file (a device); it was not opened
        hint: move it out of the data folder, or give the data files one by one
      """)
  }

  func testNamedPipeAsSchemaIsRefused() throws {
    let fifo = folder.appendingPathComponent("schema.json").path
    XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    XCTAssertEqual(
      loadError(.directory(folder.path)),
      """
      \(fifo): error[E1201]: not a regular file (a named pipe); it was not opened
        hint: move it out of the data folder, or give the data files one by one
      """)
  }

  // MARK: A file shortened while it is read

  /// Another thread shortens and rewrites the file while it loads, again and again: every
  /// load either reads one whole version or says the file changed; none crashes (a mapped
  /// file gave SIGBUS).
  func testFileShortenedWhileLoadingNeverCrashes() throws {
    let path = folder.appendingPathComponent("attendance.csv").path
    var text = "session,member,hours\n"
    for i in 0..<400_000 { text += "\(i % 500),\(i),1.5\n" }
    let full = Array(text.utf8)
    try Data(full).write(to: URL(fileURLWithPath: path))
    let stop = Atomic(false)
    let writer = Thread {
      while !stop.value {
        truncate(path, off_t(full.count / 3))
        usleep(2_000)
        try? Data(full).write(to: URL(fileURLWithPath: path))
        usleep(2_000)
      }
    }
    writer.start()
    var changed = 0
    var loaded = 0
    for _ in 0..<30 {
      do {
        let store = try Loader.load(.files([path]))
        loaded += 1
        XCTAssertGreaterThan(store.tables[0].rowCount, 0)
      } catch {
        if error.code == "E1202" {
          changed += 1
          XCTAssertEqual(
            error.rendered(.en),
            """
            \(path): error[E1202]: the file changed while it was read
              hint: wait until the other program has finished writing, then load again
            """)
        } else {
          // A version cut in the middle of a line can be a data error of its own; any
          // error is fine as long as it is an error, not a crash.
          XCTAssertNotNil(error.code, error.rendered(.en))
        }
      }
    }
    stop.value = true
    while writer.isExecuting { usleep(1_000) }
    XCTAssertGreaterThan(loaded + changed, 0)
  }

  // MARK: Many unknown values in one statement

  func testThousandsOfUnknownValuesGiveOneWarning() {
    let values = (0..<3_000).map { "zz\($0)" }.joined(separator: ", ")
    let text = Sample.diagnostics("count sessions where type in (\(values))")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    XCTAssertEqual(
      lines.first,
      "warning[W1200]: 'type' never has these 3000 values: 'zz0', 'zz1', 'zz2' and 2997 more")
    XCTAssertEqual(lines.filter { $0.hasPrefix("warning") }.count, 1)
    XCTAssertLessThan(text.utf8.count, 60_000)
  }

  func testUnknownValuesJoinedByOrGiveOneWarning() {
    let terms = (0..<500).map { "type = q\($0)" }.joined(separator: " or ")
    let text = Sample.diagnostics("count sessions where \(terms)")
    XCTAssertTrue(
      text.hasPrefix(
        "warning[W1200]: 'type' never has these 500 values: 'q0', 'q1', 'q2' and 497 more\n"),
      String(text.prefix(200)))
    XCTAssertEqual(text.components(separatedBy: "warning[").count, 2)
  }

  func testUnknownValuesOfTwoColumnsGiveOneWarningEach() {
    let text = Sample.diagnostics(
      "count sessions where type in (mirco, lecure) and mode in (onlin, ofline, x, y)")
    let warnings = text.split(separator: "\n").filter { $0.hasPrefix("warning") }
    XCTAssertEqual(
      warnings,
      [
        "warning[W1201]: 'type' never has these 2 values: 'mirco', 'lecure'",
        "warning[W1200]: 'mode' never has these 4 values: 'onlin', 'ofline', 'x' and 1 more",
      ])
  }
}

/// A flag shared with a thread, for the test above.
private final class Atomic<T>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: T
  init(_ value: T) { stored = value }
  var value: T {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }
}
