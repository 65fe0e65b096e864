import XCTest

@testable import Engine

/// The builder of server answers never reads past a row's cells: planned columns that do not
/// match the server's fields give way to the fields (no server needed).
final class ResultBuilderTests: XCTestCase {
  private func cells(_ texts: [String?], _ body: ([UnsafeBufferPointer<UInt8>?]) -> Void) {
    let arrays = texts.map { $0.map { Array($0.utf8) } }
    var pointers: [UnsafeBufferPointer<UInt8>?] = []
    var keep: [UnsafeMutableBufferPointer<UInt8>] = []
    for a in arrays {
      guard let a else {
        pointers.append(nil)
        continue
      }
      let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: a.count)
      _ = buffer.initialize(from: a)
      keep.append(buffer)
      pointers.append(UnsafeBufferPointer(buffer))
    }
    body(pointers)
    for b in keep { b.deallocate() }
  }

  func testPlannedColumnsThatDoNotMatchTheFieldsGiveWay() {
    let fields = [PostgresField(name: "year", type: 23), PostgresField(name: "n", type: 20)]
    let planned = [
      ResultColumn(name: "year", kind: .integer), ResultColumn(name: "2016-01", kind: .integer),
      ResultColumn(name: "2016-02", kind: .integer),
    ]
    var builder = ResultBuilder(fields: fields, planned: planned)
    cells(["2016", "4"]) { builder.append($0) }
    let table = builder.finish()
    XCTAssertEqual(table.columns.map(\.name), ["year", "n"])
    XCTAssertEqual(table.rows.map { $0.map(\.label) }, [["2016", "4"]])
  }

  func testMatchingPlannedColumnsKeepTheirNames() {
    let fields = [PostgresField(name: "k0", type: 25), PostgresField(name: "m0", type: 20)]
    let planned = [
      ResultColumn(name: "type", kind: .text), ResultColumn(name: "count", kind: .integer),
    ]
    var builder = ResultBuilder(fields: fields, planned: planned)
    cells(["micro", "32"]) { builder.append($0) }
    cells([nil, "1"]) { builder.append($0) }
    let table = builder.finish()
    XCTAssertEqual(table.columns.map(\.name), ["type", "count"])
    XCTAssertEqual(table.rows.map { $0.map(\.label) }, [["micro", "32"], ["(empty)", "1"]])
  }
}
