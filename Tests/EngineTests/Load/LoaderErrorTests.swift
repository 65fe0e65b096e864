import XCTest

@testable import Engine

/// Every bad input gives one exact message naming file, line and column, and a hint.
final class LoaderErrorTests: XCTestCase {
  private let root = LoadFixtures.root

  private func message(_ source: DataSource) -> String {
    guard let error = LoadFixtures.error(source) else { return "(loaded without error)" }
    return error.description.replacingOccurrences(of: root, with: "$F")
  }

  private func file(_ name: String) -> String {
    message(.files([LoadFixtures.path("errors/" + name)]))
  }

  func testMissingFolder() {
    XCTAssertEqual(
      message(.directory(LoadFixtures.path("errors/no-such-folder"))),
      """
      $F/errors/no-such-folder: error[E0401]: folder not found
        hint: check the path; it should name a folder of .csv, .tsv, .jsonl or .json files
      """)
  }

  func testUnreadableFile() {
    XCTAssertEqual(
      message(.directory(LoadFixtures.path("errors/unreadable"))),
      """
      $F/errors/unreadable/broken.csv: error[E0410]: cannot read the file: No such file or directory
        hint: check that the file exists and that you may read it
      """)
  }

  func testUnterminatedQuote() {
    XCTAssertEqual(
      file("unterminated-quote.csv"),
      """
      $F/errors/unterminated-quote.csv:3:2: error[E0403]: unterminated quoted field
        hint: close the quote with ", and write a quote inside a quoted field as ""
      """)
  }

  func testWrongNumberOfFields() {
    XCTAssertEqual(
      file("wrong-field-count.csv"),
      """
      $F/errors/wrong-field-count.csv:3: error[E0414]: row has 2 fields but the header has 3
        hint: quote fields that contain the delimiter ("a, b"), or add or remove fields
      """)
  }

  func testInvalidByteInUTF8File() {
    XCTAssertEqual(
      file("invalid-bytes.csv"),
      """
      $F/errors/invalid-bytes.csv:4:6: error[E0421]: invalid byte sequence (byte 0xFF): not valid \
      UTF-8, though the rest of the file is
        hint: save the file as UTF-8 (or GB18030), or set its "encoding" in schema.json
      """)
  }

  func testInvalidByteInGB18030File() {
    XCTAssertEqual(
      file("invalid-gb18030.csv"),
      """
      $F/errors/invalid-gb18030.csv:3:27: error[E0421]: invalid byte sequence (byte 0xFF): neither \
      UTF-8 nor GB18030
        hint: save the file as UTF-8 (or GB18030), or set its "encoding" in schema.json
      """)
  }

  func testValueNotFittingDeclaredType() {
    XCTAssertEqual(
      message(.directory(LoadFixtures.path("errors/declared-type"))),
      """
      $F/errors/declared-type/scores.csv:4:2: error[E0415]: value "two" in column hours is not a decimal
        hint: correct the value, or change the type of hours in schema.json
      """)
  }

  func testInvalidDateInDeclaredDateColumn() {
    XCTAssertEqual(
      message(.directory(LoadFixtures.path("errors/declared-date"))),
      """
      $F/errors/declared-date/plans.csv:3:2: error[E0415]: value "2016-02-30" in column deadline is \
      not a date
        hint: correct the value, or change the type of deadline in schema.json
      """)
  }

  func testDuplicateColumnNames() {
    XCTAssertEqual(
      file("duplicate-columns.csv"),
      """
      $F/errors/duplicate-columns.csv:1:3: error[E0417]: duplicate column name "name" (also column 2)
        hint: rename one of the two columns in the header row
      """)
  }

  func testEmptyFile() {
    XCTAssertEqual(
      file("empty.csv"),
      """
      $F/errors/empty.csv: error[E0412]: the file is empty
        hint: add a header row and rows of data, or remove the file
      """)
  }

  func testHeaderOnlyFile() {
    XCTAssertEqual(
      file("header-only.csv"),
      """
      $F/errors/header-only.csv:1: error[E0413]: the file has a header but no rows
        hint: add rows of data below the header, or remove the file
      """)
  }

  func testFolderWithNoDataFiles() {
    XCTAssertEqual(
      message(.directory(LoadFixtures.path("errors/no-data"))),
      """
      $F/errors/no-data: error[E0405]: no data files in this folder
        hint: put .csv, .tsv, .jsonl or .json files in it (schema.json alone is no data)
      """)
  }

  func testSchemaNamesAnUnknownColumn() {
    XCTAssertEqual(
      message(.directory(LoadFixtures.path("errors/schema-unknown-column"))),
      """
      $F/errors/schema-unknown-column/schema.json: error[E0446]: unknown column in table \
      sessions: "hostt"; did you mean 'host'?
        hint: the names there are: id, host
      """)
  }

  func testErrorFieldsAreSet() throws {
    let error = try XCTUnwrap(
      LoadFixtures.error(.files([LoadFixtures.path("errors/unterminated-quote.csv")])))
    XCTAssertEqual(error.line, 3)
    XCTAssertEqual(error.column, 2)
    XCTAssertEqual(error.message, "unterminated quoted field")
    XCTAssertNotNil(error.hint)
  }

  private func memory(_ files: [String: String]) -> String {
    let data = files.sorted { $0.key < $1.key }.map {
      DataFile(path: "m/" + $0.key, bytes: Array($0.value.utf8))
    }
    return LoadFixtures.error(.memory(name: "m", files: data))?.description ?? "(no error)"
  }

  func testOtherBadInputs() {
    XCTAssertEqual(
      memory(["a.csv": "id,,x\n1,2,3\n"]),
      """
      m/a.csv:1:2: error[E0416]: column 2 has no name in the header
        hint: give every column a name in the header row, or delete the empty column
      """)
    XCTAssertEqual(
      memory(["a.csv": "id,x\n1,\"a\"b\n"]),
      "m/a.csv:2:2: error[E0411]: text after the closing quote of a quoted field\n"
        + #"  hint: quote the whole field and double every quote inside it, as in "say ""hi""""#)
    XCTAssertEqual(
      memory(["a.csv": "id\n1\n", "a.jsonl": "{\"id\": 1}\n"]),
      """
      m/a.jsonl: error[E0409]: another file, m/a.csv, also makes table a
        hint: keep one file per table name, or rename one of them
      """)
    XCTAssertEqual(
      memory(["a.jsonl": "{\"id\": 1}\n{\"id\": 2, \"x\": [1]}\n"]),
      """
      m/a.jsonl:2:16: error[E0435]: nested objects and arrays are not supported; values must be plain
        hint: each line of a .jsonl file must be one flat object: {"id": 1, "name": "…"}
      """)
    XCTAssertEqual(
      memory(["a.json": "[{\"id\": 1} {\"id\": 2}]"]),
      """
      m/a.json:1:12: error[E0426]: expected "," or "]" after an object
        hint: a .json file must be an array of flat objects: [{"id": 1, "name": "…"}, …]
      """)
    XCTAssertEqual(
      memory(["a.json": "[]"]),
      """
      m/a.json:1: error[E0428]: the file has no rows (an empty JSON array)
        hint: add objects to the array, or remove the file
      """)
    XCTAssertEqual(
      memory(["a.csv": "id\n1\n", "schema.json": "{\"tables\": {\"b\": {}}}"]),
      """
      m/schema.json: error[E0446]: unknown table: "b"; did you mean 'a'?
        hint: the names there are: a
      """)
    XCTAssertEqual(
      memory([
        "a.csv": "id,x\n1,2\n",
        "schema.json": "{\"tables\": {\"a\": {\"columns\": {\"x\": {\"refrences\": \"a\"}}}}}",
      ]),
      """
      m/schema.json: error[E0445]: unknown key "tables.a.columns.x.refrences"; did you mean \
      'references'?
        hint: the keys allowed here are: type, label, references, codes, sensitive
      """)
    XCTAssertEqual(
      memory(["a.csv": "id\n1\n", "schema.json": "{\"encoding\": \"latin1\"}"]),
      """
      m/schema.json: error[E0422]: unknown encoding "latin1"
        hint: use "utf-8" or "gb18030" (which also reads GBK)
      """)
  }
}
