import Lang
import XCTest

/// Completion of `with change, yoy, share` and of its Chinese form `对比 环比, 同比, 比重`.
final class CompareCompletionTests: XCTestCase {
  let context = FakeContext()

  func texts(_ marked: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
    context.texts(marked, file: file, line: line)
  }

  func testWithOffersItsWords() {
    XCTAssertEqual(texts("count sessions by month with |"), ["change", "yoy", "share"])
    XCTAssertEqual(texts("count sessions by month with change, |"), ["change", "yoy", "share"])
    XCTAssertEqual(texts("count sessions by month with s|"), ["share"])
    XCTAssertEqual(texts("count sessions by month wi|"), ["with"])
  }

  func testAfterAWordTheLaterClausesFollow() {
    XCTAssertEqual(
      texts("count sessions by month with yoy |"), ["having", "order", "limit", "top", "as"])
  }

  func testTheChineseFormOffersChineseWords() {
    XCTAssertEqual(texts("统计 sessions 按 month 对比 |"), ["环比", "同比", "比重"])
    XCTAssertEqual(texts("统计 sessions 按 month 对|"), ["对比"])
    XCTAssertEqual(texts("统计 sessions 按 month 对比 同比 |"), ["筛选", "排序", "限", "前", "以"])
  }
}
