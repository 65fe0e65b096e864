import Collation
import Engine
import Foundation
import Lang
import XCTest

/// Text sorts by pinyin wherever an answer is ordered by text; `bytes` keeps byte order.
final class PinyinOrderTests: XCTestCase {
  private func texts(_ table: ResultTable, column: Int = 0) -> [String] {
    table.rows.map { row in
      if case .text(let s) = row[column] { return s }
      return "\(row[column])"
    }
  }

  /// Foundation's `zh` collation, independent of the ICU the engine calls, with byte order
  /// on ties as the engine does.
  private func foundationOrder(_ names: [String]) -> [String] {
    let zh = Locale(identifier: "zh")
    return names.sorted { a, b in
      let c = a.compare(b, options: [], range: nil, locale: zh)
      if c != .orderedSame { return c == .orderedAscending }
      return a.utf8.lexicographicallyPrecedes(b.utf8)
    }
  }

  private func rank(_ ordered: [String]) -> [String: Int] {
    Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
  }

  private func distinctInOrder(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }
  }

  func testSurnamesInPinyinOrder() {
    let names = ["周", "张", "阿", "赵", "王", "孙", "钱", "刘", "李", "陈"]
    XCTAssertEqual(
      names.sorted { Pinyin.compare($0, $1) < 0 },
      ["阿", "陈", "李", "刘", "钱", "孙", "王", "张", "赵", "周"])
    XCTAssertEqual(foundationOrder(names), names.sorted { Pinyin.compare($0, $1) < 0 })
  }

  func testListOrderByNameIsPinyinAsFoundationSortsIt() throws {
    let shown = texts(try Sample.answer("list name of members order by name limit 10"))
    let all = texts(try Sample.answer("list name of members"))
    XCTAssertEqual(shown.count, 10)
    // Foundation is slow (a comparison makes strings anew): sort the distinct names once.
    let expected = foundationOrder(Array(Set(all)))
    let ranks = rank(expected)
    XCTAssertEqual(shown, Array(all.sorted { ranks[$0]! < ranks[$1]! }.prefix(10)))
    // The whole column, both ways round: the distinct names as they first appear.
    let everything = texts(try Sample.answer("list name of members order by name"))
    XCTAssertEqual(distinctInOrder(everything), expected)
    let descending = texts(try Sample.answer("list name of members order by name desc"))
    XCTAssertEqual(distinctInOrder(descending), expected.reversed())
  }

  func testBytesKeepsByteOrder() throws {
    let all = texts(try Sample.answer("list name of members"))
    let shown = texts(try Sample.answer("list name of members order by name bytes limit 10"))
    XCTAssertEqual(
      shown, Array(all.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.prefix(10)))
  }

  func testGroupKeysAndOrderByInPinyinOrder() throws {
    let keys = texts(try Sample.answer("count sessions where type = demo by host.name"))
    XCTAssertEqual(
      keys, ["康华苑居民区党总支", "康健坊居民区党总支", "康健街道党工委", "康乐小区居民区党总支", "星辰苑居民区党总支"])
    let bytes = texts(
      try Sample.answer("count sessions where type = demo by host.name order by host.name bytes"))
    XCTAssertEqual(bytes, keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    let desc = texts(
      try Sample.answer("count sessions where type = demo by host.name order by host.name desc"))
    XCTAssertEqual(desc, keys.reversed())
  }

  func testCrosstabColumnsInPinyinOrder() throws {
    let table = try Sample.answer("count members by gender across org.name")
    let columns = Array(table.columns.map(\.name).dropFirst())
    XCTAssertGreaterThan(columns.count, 2)
    XCTAssertEqual(columns, foundationOrder(columns))
  }

  func testPrinterKeepsBytes() throws {
    let statement = try Parser.parseStatement("list name of members order by name bytes desc")
    XCTAssertEqual(Printer.print(statement), "list name of members order by name bytes desc")
  }
}
