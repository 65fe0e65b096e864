import XCTest

@testable import Engine

/// A column that may refer to another table keeps its whole numbers in 32 bits while they
/// fit, until the references are resolved; a resolved reference with no dangling value keeps
/// no 64-bit values beside its row indices (they are made from the rows and the ids when
/// needed). Whatever happens, the values a query sees are the ones in the file.
final class LoaderNarrowIdsTests: XCTestCase {
  private func load(_ files: [String: String]) throws -> Store {
    let data = files.sorted { $0.key < $1.key }.map {
      DataFile(path: $0.key, bytes: Array($0.value.utf8))
    }
    return try Loader.load(.memory(name: "t", files: data))
  }

  private func ints(_ store: Store, _ table: String, _ column: String) throws -> [Int64] {
    let c = try XCTUnwrap(store.table(table)?.column(column))
    guard case .integer(let v) = c.data else {
      XCTFail("\(table).\(column) is \(c.type), not integer")
      return []
    }
    return v
  }

  private let members = "id,name\n10,甲\n11,乙\n12,丙\n"
  private let missing = ColumnData.missingInteger

  func testResolvedReferenceKeepsItsValues() throws {
    let store = try load([
      "members.csv": members,
      "attendance.csv": "member,score\n12,1\n,2\n10,3\n12,4\n",
    ])
    let member = try XCTUnwrap(store.table("attendance")?.column("member"))
    XCTAssertEqual(member.type, .integer)
    XCTAssertEqual(member.reference?.rows, [2, -1, 0, 2])
    XCTAssertEqual(try ints(store, "attendance", "member"), [12, missing, 10, 12])
    XCTAssertEqual(try ints(store, "attendance", "score"), [1, 2, 3, 4])
  }

  func testDanglingValuesStayExact() throws {
    let store = try load([
      "schema.json": """
      {"tables": {"attendance": {"columns": {"member": {"references": "members"}}}}}
      """,
      "members.csv": members,
      "attendance.csv": "member,note\n12,a\n99,b\n,c\n10,d\n",
    ])
    let member = try XCTUnwrap(store.table("attendance")?.column("member"))
    XCTAssertEqual(member.reference?.rows, [2, -1, -1, 0])
    XCTAssertEqual(member.reference?.dangling, 1)
    XCTAssertEqual(try ints(store, "attendance", "member"), [12, 99, missing, 10])
  }

  func testValuesBeyond32BitsWidenTheColumn() throws {
    let store = try load([
      "members.csv": "id,name\n1,甲\n5000000000,乙\n-2147483648,丙\n",
      "attendance.csv": "member\n1\n5000000000\n-2147483648\n1\n",
    ])
    XCTAssertEqual(
      store.table("attendance")?.column("member")?.reference?.rows, [0, 1, 2, 0])
    XCTAssertEqual(try ints(store, "attendance", "member"), [1, 5_000_000_000, -2_147_483_648, 1])
  }

  func testACandidateThatRefersToNothingKeepsItsValues() throws {
    // `member` is named like a table, but 7 matches no id: not a reference (no schema).
    let store = try load([
      "members.csv": members,
      "attendance.csv": "member,member_id\n7,10\n10,11\n2147483647,\n",
    ])
    let attendance = try XCTUnwrap(store.table("attendance"))
    XCTAssertNil(attendance.column("member")?.reference)
    XCTAssertEqual(try ints(store, "attendance", "member"), [7, 10, 2_147_483_647])
    XCTAssertEqual(attendance.column("member_id")?.reference?.rows, [0, 1, -1])
    XCTAssertEqual(try ints(store, "attendance", "member_id"), [10, 11, missing])
  }

  func testDecimalsInACandidateColumn() throws {
    let store = try load([
      "members.csv": members,
      "attendance.csv": "member\n10\n2.5\n",
    ])
    let member = try XCTUnwrap(store.table("attendance")?.column("member"))
    XCTAssertNil(member.reference)
    guard case .decimal(let v) = member.data else { return XCTFail("not decimal") }
    XCTAssertEqual(v, [10, 2.5])
  }

  func testBuilderKeeps32BitsUntilAValueDoesNotFit() {
    func builder(_ cells: [String]) -> ColumnBuilder {
      var b = ColumnBuilder(mode: .infer, rowHint: 4, narrow: true)
      for cell in cells {
        var bytes = Array(cell.utf8)
        bytes.append(0)
        _ = bytes.withUnsafeBufferPointer { b.append($0.baseAddress!, cell.utf8.count) }
      }
      return b
    }
    var small = builder(["", "3", "-7", "2147483647"])
    XCTAssertEqual(small.takeNarrow(), [Int32.min, 3, -7, Int32.max])
    var large = builder(["", "3", "2147483648", "-2147483648"])
    XCTAssertNil(large.takeNarrow())
    guard case .integer(let v) = large.finish() else { return XCTFail("not integer") }
    XCTAssertEqual(v, [missing, 3, 2_147_483_648, -2_147_483_648])
    // Halves of a file: one kept in 32 bits, the other not.
    var head = builder(["1", "2"])
    var tail = builder(["4294967296"])
    XCTAssertTrue(head.absorb(&tail))
    guard case .integer(let joined) = head.finish() else { return XCTFail("not integer") }
    XCTAssertEqual(joined, [1, 2, 4_294_967_296])
  }
}
