import Lang
import XCTest

@testable import Engine

/// What the prompt's per-statement costs rest on: each answer reaches the output in one
/// write (the blank line between two tables goes with the second, not as a write of its own,
/// which costs a process switch when the output is a pipe), and the shortcuts that skip
/// Unicode property lookups give what the lookups give.
final class AnswerWriteTests: XCTestCase {
  func testEachTableIsOneWriteWithTheBlankLineBeforeIt() {
    var writes: [String] = []
    let runner = StatementRunner(
      session: Session(store: Sample.store), out: { writes.append($0) }, err: { _ in })
    XCTAssertTrue(runner.run("count orgs\nlist id of orgs limit 2\ncount experts"))
    XCTAssertEqual(writes.count, 3, "\(writes)")
    XCTAssertFalse(writes[0].hasPrefix("\n"))
    XCTAssertTrue(writes[1].hasPrefix("\n"), writes[1])
    XCTAssertTrue(writes[2].hasPrefix("\n"), writes[2])
    XCTAssertFalse(writes[2].hasPrefix("\n\n"), writes[2])
    // csv answers stay bare.
    writes = []
    runner.format = .csv
    XCTAssertTrue(runner.run("count orgs\ncount experts"))
    XCTAssertEqual(writes.count, 2, "\(writes)")
    XCTAssertFalse(writes.contains { $0.hasPrefix("\n") }, "\(writes)")
  }

  /// A list limited with neither filter nor order takes the table's first rows.
  func testAListLimitedWithoutFilterOrOrderIsTheFirstRows() throws {
    let session = Session(store: Sample.store)
    func ids(_ query: String) throws -> [Value] {
      guard case .table(let table, _) = try session.run(try Parser.parseStatement(query)).outcome
      else { return [] }
      return table.rows.map { $0[0] }
    }
    let all = try ids("list id of orgs")
    XCTAssertGreaterThan(all.count, 5)
    XCTAssertEqual(try ids("list id of orgs limit 3"), Array(all.prefix(3)))
    XCTAssertEqual(try ids("list id of orgs limit 1"), Array(all.prefix(1)))
    XCTAssertEqual(try ids("list id of orgs limit \(all.count + 10)"), all)
  }

  func testASCIINameCharactersAreTheUnicodePropertiesVerdict() {
    for v in 0..<0x80 {
      let scalar = Unicode.Scalar(UInt8(v))
      XCTAssertEqual(
        Lexer.isIdentifierStart(scalar), scalar == "_" || scalar.properties.isAlphabetic, "\(v)")
      let continues =
        Lexer.isIdentifierStart(scalar) || ("0"..."9").contains(scalar)
        || [.nonspacingMark, .spacingMark, .decimalNumber].contains(
          scalar.properties.generalCategory)
      XCTAssertEqual(Lexer.isIdentifierContinue(scalar), continues, "\(v)")
      XCTAssertNil(FullWidth.asciiTwin(of: scalar), "\(v)")
    }
  }

  /// Every scalar of the CJK blocks that skip the property lookup is wide, and none of them
  /// is a mark or a format character (which would be 0 wide).
  func testChineseCharactersAreTwoColumnsWithoutALookup() {
    for range in [0x3400...0x4DBF, 0x4E00...0x9FFF] {
      for v in range {
        let scalar = Unicode.Scalar(UInt32(v))!
        XCTAssertFalse(
          [.nonspacingMark, .enclosingMark, .format].contains(scalar.properties.generalCategory))
        XCTAssertEqual(displayWidth(of: scalar), 2)
      }
    }
    XCTAssertEqual(displayWidth("党课 ok"), 7)
  }

  /// The resident size is read again from the file kept open, and follows what is touched.
  func testResidentBytesAreReadAgainAndFollowMemory() throws {
    let before = try XCTUnwrap(MemoryTrim.residentBytes())
    XCTAssertGreaterThan(before, 1 << 20)
    let size = 64 << 20
    let block = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
    defer { block.deallocate() }
    block.initialize(repeating: 1, count: size)
    let after = try XCTUnwrap(MemoryTrim.residentBytes())
    XCTAssertGreaterThan(after, before + (32 << 20))
  }

  /// Trailing spaces cut by bytes leave what cutting whole characters leaves, marks that join
  /// a space to a character included.
  func testTrailingSpacesCutByBytesAsByCharacters() {
    func byCharacters(_ line: String) -> Substring {
      var end = line.endIndex
      while end > line.startIndex, line[line.index(before: end)] == " " {
        end = line.index(before: end)
      }
      return line[..<end]
    }
    for line in [
      "", " ", "   ", "a", "a  ", "党课  ", "x \u{301}", "x \u{301}  ", "a\u{3000} ", " b",
      "e\u{301} ",
    ] {
      XCTAssertEqual(
        TextLayout.trimmingTrailingSpaces(line), byCharacters(line), line.debugDescription)
    }
  }
}
