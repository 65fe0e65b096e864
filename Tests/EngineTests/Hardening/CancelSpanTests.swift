import Engine
import Foundation
import Lang
import XCTest

/// Ctrl-C is noticed wherever a long loop happens to be (a kernel's row loop, a ranking loop,
/// between the steps of a plan); whichever it is, "query cancelled" underlines the whole
/// statement that was stopped, so the message does not depend on timing.
final class CancelSpanTests: XCTestCase {
  nonisolated(unsafe) private static var folder: URL!
  nonisolated(unsafe) private static var store: Store!

  override class func setUp() {
    super.setUp()
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-cancel-span-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var csv = "id,org,kind,score\n"
    for i in 1...300_000 { csv += "\(i),\(i % 997),k\(i % 13),\(i % 101)\n" }
    try? csv.write(
      to: folder.appendingPathComponent("rows.csv"), atomically: true, encoding: .utf8)
    store = try? Loader.load(.directory(folder.path))
  }

  override class func tearDown() {
    try? FileManager.default.removeItem(at: folder)
    super.tearDown()
  }

  /// Runs `text` while another thread keeps asking it to stop, and returns the error.
  private func cancelled(_ text: String) throws -> Diagnostic? {
    let session = Session(store: try XCTUnwrap(Self.store))
    let statement = try Parser.parseStatement(text)
    let done = Atomic(false)
    let canceller = Thread {
      while !done.value { session.cancellation.cancel() }
    }
    canceller.start()
    defer { done.value = true }
    do {
      _ = try session.run(statement)
      return nil
    } catch {
      return error
    }
  }

  func testEveryStopUnderlinesTheWholeStatement() throws {
    for text in [
      "count rows by org, kind top 5",  // grouping kernel and ranking
      "list rows where score > 50 order by score desc",  // filter, sort
      "count distinct kind of rows by org",  // distinct kernel
      "sum score of rows by kind with share",  // a measure after the grouping
    ] {
      let error = try XCTUnwrap(try cancelled(text), text)
      XCTAssertEqual(error.span, Span(0, text.utf8.count), text)
      XCTAssertEqual(error.text.text(.en), "query cancelled", text)
    }
  }
}

/// A Bool another thread may set.
private final class Atomic<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: Value
  init(_ value: Value) { stored = value }
  var value: Value {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }
}
