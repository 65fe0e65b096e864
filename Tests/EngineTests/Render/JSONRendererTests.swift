import Foundation
import XCTest

@testable import Engine

final class JSONRendererTests: XCTestCase {
  private func json(_ answer: ResultTable, _ configure: (inout RenderOptions) -> Void = { _ in })
    -> String
  {
    var options = RenderOptions()
    configure(&options)
    return render(answer, as: .json, options: options)
  }

  func testOneObjectPerLineNumbersAsNumbersMissingAsNull() {
    XCTAssertEqual(
      json(RenderFixtures.orgs),
      """
      [
      {"org":"寿益坊居民区党总支","category":"residential","sessions":96,"hours":1234.5,"attended":0.452},
      {"org":"康健街道机关党委","category":"agency","sessions":41,"hours":12,"attended":1},
      {"org":"Kangjian 两新 branch","category":"twonew","sessions":7,"hours":3.8249,"attended":0},
      {"org":null,"category":"retired","sessions":2024,"hours":null,"attended":null}
      ]

      """)
  }

  func testEmptyAnswer() {
    XCTAssertEqual(json(RenderFixtures.numbered(0)), "[]\n")
  }

  func testEscapingAndUTF8() throws {
    let answer = ResultTable(
      columns: [ResultColumn(name: "say \"hi\"", kind: .text)],
      rows: [
        [.text("他说\"学习\"\\很重要")],
        [.text("a\nb\tc\r\u{08}\u{0C}\u{01}\u{1F}")],
        [.text("line\u{2028}sep")],
        [.text("👍 é")],
      ])
    let output = json(answer)
    XCTAssertEqual(
      output,
      #"""
      [
      {"say \"hi\"":"他说\"学习\"\\很重要"},
      {"say \"hi\"":"a\nb\tc\r\b\f\u0001\u001f"},
      {"say \"hi\"":"line\u2028sep"},
      {"say \"hi\"":"👍 é"}
      ]

      """#)
    // A real JSON parser reads back the same strings.
    let parsed = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: String]]
    XCTAssertEqual(
      parsed?.compactMap { $0["say \"hi\""] },
      ["他说\"学习\"\\很重要", "a\nb\tc\r\u{08}\u{0C}\u{01}\u{1F}", "line\u{2028}sep", "👍 é"])
  }

  func testTypesDatesAndPeriodsAsStringsMaskedAsStrings() throws {
    let answer = ResultTable(
      columns: [
        ResultColumn(name: "date", kind: .date), ResultColumn(name: "online", kind: .boolean),
        ResultColumn(name: "month", kind: .period), ResultColumn(name: "n", kind: .integer),
        ResultColumn(name: "avg", kind: .decimal),
        ResultColumn(name: "phone", kind: .integer, sensitive: true),
      ],
      rows: [
        [
          .date(17129), .boolean(false), .text("2016-11"), .integer(-3), .decimal(0.1 + 0.2),
          .integer(13_812_345_678),
        ],
        [
          .missing, .boolean(true), .text("2016-12"), .integer(9_007_199_254_740_993),
          .decimal(.nan), .missing,
        ],
      ])
    XCTAssertEqual(
      json(answer),
      """
      [
      {"date":"2016-11-24","online":false,"month":"2016-11","n":-3,"avg":0.30000000000000004,"phone":"138****5678"},
      {"date":null,"online":true,"month":"2016-12","n":9007199254740993,"avg":null,"phone":null}
      ]

      """)
    XCTAssertTrue(json(answer) { $0.reveal = true }.contains(#""phone":13812345678}"#))
    let parsed = try JSONSerialization.jsonObject(with: Data(json(answer).utf8)) as? [[String: Any]]
    XCTAssertEqual(parsed?.count, 2)
  }

  func testMasking() {
    XCTAssertEqual(
      json(RenderFixtures.members),
      """
      [
      {"name":"张伟","phone":"138****5678","born":1958},
      {"name":"李娜","phone":"1****67","born":1990},
      {"name":"王芳","phone":null,"born":1949}
      ]

      """)
  }

  /// Two crosstab columns named after phone numbers alike in their first three and last four
  /// digits mask to the same header; a JSON reader keeps only the last of two equal keys, so
  /// the second is numbered and both columns reach the reader.
  func testMaskedHeadersThatMeetStayTwoKeys() throws {
    var first = ResultColumn(name: "13812345678", kind: .integer)
    first.headerSensitive = true
    var second = ResultColumn(name: "13899995678", kind: .integer)
    second.headerSensitive = true
    let answer = ResultTable(
      columns: [ResultColumn(name: "org", kind: .text), first, second],
      rows: [[.text("一支部"), .integer(1), .integer(2)]])
    let output = json(answer)
    XCTAssertEqual(
      output,
      """
      [
      {"org":"一支部","138****5678":1,"138****5678 (2)":2}
      ]

      """)
    let parsed = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]]
    XCTAssertEqual(parsed?.first?.count, 3)
    // Revealed, the two headers differ and nothing is numbered.
    XCTAssertTrue(json(answer) { $0.reveal = true }.contains(#""13812345678":1,"13899995678":2"#))
  }

  /// Labels can meet too (two codes with one label), and a numbered name can itself be taken.
  func testLabelledHeadersThatMeetAndATakenNumber() {
    var micro = ResultColumn(name: "micro", kind: .integer)
    micro.labelledName = "微党课"
    var mini = ResultColumn(name: "mini", kind: .integer)
    mini.labelledName = "微党课"
    let taken = ResultColumn(name: "微党课 (2)", kind: .integer)
    let answer = ResultTable(
      columns: [micro, taken, mini], rows: [[.integer(1), .integer(2), .integer(3)]])
    XCTAssertEqual(
      json(answer) { $0.labels = true },
      """
      [
      {"微党课":1,"微党课 (2)":2,"微党课 (3)":3}
      ]

      """)
    XCTAssertEqual(JSONRenderer.uniqueKeys(["a", "a", "a", "b"]), ["a", "a (2)", "a (3)", "b"])
  }
}
