import TestSupport
import XCTest

@testable import Engine

/// Loading never crashes, never drops a row silently and never writes to the data folder.
final class LoaderRobustnessTests: XCTestCase {
  /// Random small files from an alphabet of troublemakers: each loads or throws a LoadError.
  func testRandomInputsLoadOrFailCleanly() {
    let alphabet: [[UInt8]] = [
      Array("a".utf8), Array("1".utf8), Array(",".utf8), Array("\"".utf8), Array("\n".utf8),
      Array("\r".utf8), Array(" ".utf8), Array("\t".utf8), [0xFF], [0xE5], Array("-".utf8),
      Array(".".utf8), Array("年".utf8), Array("{".utf8), Array("}".utf8), Array(":".utf8),
      Array("[".utf8), Array("]".utf8), Array("\\".utf8), Array("2016-02-30".utf8),
    ]
    var rng = SeededRandom(seed: 42)
    var loaded = 0
    for round in 0..<3_000 {
      var bytes: [UInt8] = []
      if round % 3 == 0 { bytes += Array("id,v\n".utf8) }
      for _ in 0..<Int(rng.next() % 40) {
        bytes += alphabet[Int(rng.next() % UInt64(alphabet.count))]
      }
      let ext = ["csv", "tsv", "jsonl", "json"][round % 4]
      do {
        let store = try Loader.load(
          .memory(name: "f", files: [DataFile(path: "f/t.\(ext)", bytes: bytes)]))
        let table = try XCTUnwrap(store.tables.first)
        for column in table.columns {
          XCTAssertEqual(column.data.count, table.rowCount, "\(bytes)")
        }
        loaded += 1
      } catch let error as LoadError {
        XCTAssertFalse(error.message.isEmpty)
        XCTAssertEqual(error.file, "f/t.\(ext)")
      } catch {
        XCTFail("unexpected error \(error)")
      }
    }
    XCTAssertGreaterThan(loaded, 50)
  }

  /// Random RFC 4180 files: every cell comes back exactly as written (spaces at the ends are
  /// kept by quoting, as unquoted cells are trimmed).
  func testRandomQuotedCSVRoundTrips() throws {
    let pool = [
      "12", "-3.5", "2016-11-24", "是", "a,b", "say \"hi\"", "line\nbreak", "", "x", "党课",
      "two\r\nlines", " padded ",
    ]
    var rng = SeededRandom(seed: 99)
    for round in 0..<20 {
      var rows: [[String]] = []
      for _ in 0..<200 {
        rows.append((0..<3).map { _ in pool[Int(rng.next() % UInt64(pool.count))] })
      }
      let newline = round % 2 == 0 ? "\n" : "\r\n"
      func quote(_ cell: String) -> String {
        let special =
          cell.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r\n" }
          || cell.first == " " || cell.last == " "
        guard special || rng.next() % 4 == 0 else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      }
      let csv =
        "a,b,c" + newline
        + rows.map { $0.map(quote).joined(separator: ",") }
        .joined(separator: newline) + newline
      let store = try Loader.load(
        .memory(name: "m", files: [DataFile(path: "m/t.csv", bytes: Array(csv.utf8))]))
      let table = try store.must("t")
      XCTAssertEqual(table.rowCount, rows.count)
      for (k, name) in ["a", "b", "c"].enumerated() {
        XCTAssertEqual(table.column(name)?.type, .text)
        XCTAssertEqual(table.cells(name), rows.map { $0[k].isEmpty ? nil : $0[k] })
      }
    }
  }

  /// Every line that is a row comes out as a row: counted against a plain split on newlines.
  func testNoRowIsDropped() throws {
    var rng = SeededRandom(seed: 7)
    var lines = ["id,name,hours"]
    for i in 0..<5_000 {
      let hours = rng.next() % 5 == 0 ? "" : String(Double(rng.next() % 40) / 2)
      lines.append("\(i),\"name \(i), with comma\",\(hours)")
    }
    let store = try Loader.load(
      .memory(
        name: "f",
        files: [DataFile(path: "f/t.csv", bytes: Array(lines.joined(separator: "\r\n").utf8))]))
    XCTAssertEqual(store.table("t")?.rowCount, 5_000)
    XCTAssertEqual(store.table("t")?.cells("name")[4_999], "name 4999, with comma")
  }

  func testLoadingWritesNothingToTheFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dangke-load-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["orgs.csv", "sessions.csv", "schema.json"] {
      try FileManager.default.copyItem(
        atPath: LoadFixtures.path("gb18030-mixed-dates/" + name),
        toPath: folder.appendingPathComponent(name).path)
    }
    func snapshot() throws -> [String: Date] {
      var result: [String: Date] = [:]
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
        let attributes = try FileManager.default.attributesOfItem(
          atPath: folder.appendingPathComponent(name).path)
        result[name] = attributes[.modificationDate] as? Date
      }
      return result
    }
    let before = try snapshot()
    _ = try Loader.load(.directory(folder.path))
    XCTAssertEqual(try snapshot(), before)
  }

  func testDeclaredTypeErrorInJSONNamesLineAndCharacterColumn() {
    let error = LoadFixtures.error(
      .memory(
        name: "m",
        files: [
          DataFile(
            path: "m/t.jsonl", bytes: Array("{\"n\": 1}\n{\"名\": \"x\", \"n\": \"两\"}\n".utf8)),
          DataFile(
            path: "m/schema.json",
            bytes: Array(#"{"tables": {"t": {"columns": {"n": {"type": "integer"}}}}}"#.utf8)),
        ]))
    XCTAssertEqual(
      error?.description,
      """
      m/t.jsonl:2:17: error[E0415]: value "两" in column n is not an integer
        hint: correct the value, or change the type of n in schema.json
      """)
  }

  func testJSONColumnMixingTypesIsReadAgainAsText() throws {
    let jsonl = "{\"v\": 1, \"w\": 2}\n{\"v\": \"x\"}\n{\"v\": 3, \"w\": 4}\n"
    let store = try Loader.load(
      .memory(name: "m", files: [DataFile(path: "m/t.jsonl", bytes: Array(jsonl.utf8))]))
    let table = try store.must("t")
    XCTAssertEqual(table.column("v")?.type, .text)
    XCTAssertEqual(table.cells("v"), ["1", "x", "3"])
    XCTAssertEqual(table.cells("w"), ["2", nil, "4"])
    XCTAssertEqual(store.report.warnings.map(\.line), [2])
  }

  func testLoneCarriageReturnsAndQuotedTSV() throws {
    let store = try Loader.load(
      .memory(
        name: "m",
        files: [
          DataFile(path: "m/a.csv", bytes: Array("x,y\r1,2\r3,4\r".utf8)),
          DataFile(path: "m/b.tsv", bytes: Array("x\ty\n\"a\tb\"\t2\n".utf8)),
        ]))
    XCTAssertEqual(store.table("a")?.cells("y"), ["2", "4"])
    XCTAssertEqual(store.table("b")?.cells("x"), ["a\tb"])
  }
}
