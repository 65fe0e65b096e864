import Foundation
import Lang
import XCTest

@testable import Engine

/// What a written sheet holds: numbers as numbers, rates as percentages, dates as dates,
/// masked and labelled text, a bold frozen header, widths from the display width; and what
/// reading it back gives.
final class XlsxWriterTests: XCTestCase {
  static let answer = ResultTable(
    columns: [
      ResultColumn(name: "名称", kind: .text, codeLabels: ["micro": "微党课"]),
      ResultColumn(name: "count", kind: .integer),
      ResultColumn(name: "rate", kind: .rate),
      ResultColumn(name: "day", kind: .date),
      ResultColumn(name: "ok", kind: .boolean),
      ResultColumn(name: "month", kind: .period),
      ResultColumn(name: "phone", kind: .text, sensitive: true),
    ],
    rows: [
      [
        .text("micro"), .integer(12), .decimal(0.452),
        .date(CivilDate.days(year: 2016, month: 11, day: 24)),
        .boolean(true), .text("2016-11"), .text("13812345678"),
      ],
      [
        .text("康健街道第一党支部"), .missing, .decimal(1), .missing, .boolean(false), .text("2016-12"),
        .missing,
      ],
    ])

  func testCellsAndWidths() {
    var options = RenderOptions()
    options.labels = true
    let sheet = XlsxSheet(name: "a", table: Self.answer, options: options)
    XCTAssertEqual(sheet.header, ["名称", "count", "rate", "day", "ok", "month", "phone"])
    XCTAssertEqual(
      sheet.row(0),
      [
        .text("微党课", style: XlsxStyleSheet.plain), .number(12, style: XlsxStyleSheet.plain),
        .number(0.452, style: XlsxStyleSheet.percent), .number(42698, style: XlsxStyleSheet.date),
        .boolean(true), .text("2016-11", style: XlsxStyleSheet.plain),
        .text("138****5678", style: XlsxStyleSheet.plain),
      ])
    XCTAssertEqual(sheet.row(1)[0], .text("康健街道第一党支部", style: XlsxStyleSheet.plain))
    XCTAssertEqual(sheet.row(1)[1], .missing)
    // Chinese characters count two columns: 9 characters are 18 wide.
    XCTAssertEqual(sheet.widths, [18, 5, 6, 10, 5, 7, 11])
  }

  func testSheetHasABoldFrozenHeader() {
    let xml = String(
      decoding: XlsxWriter.sheetXML(XlsxSheet(name: "a", table: Self.answer, options: .init())),
      as: UTF8.self)
    XCTAssertTrue(
      xml.contains(
        "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
    XCTAssertTrue(xml.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>名称</t></is></c>"))
    XCTAssertTrue(xml.contains("<c r=\"C2\" s=\"3\"><v>0.452</v></c>"))
    XCTAssertTrue(xml.contains("<c r=\"D2\" s=\"2\"><v>42698</v></c>"))
    XCTAssertTrue(xml.contains("<c r=\"E2\" t=\"b\"><v>1</v></c>"))
    XCTAssertTrue(xml.contains("<col min=\"1\" max=\"1\" width=\"20\" customWidth=\"1\"/>"))
  }

  func testWrittenWorkbookReadsBack() throws {
    let bytes = try XlsxWriter.workbook(
      [ReportAnswer(table: Self.answer, statement: "list x", comment: ["1. 名单"])],
      options: .init())
    let store = try Loader.load(
      .memory(name: "w", files: [DataFile(path: "w.xlsx", bytes: bytes)]))
    let table = try store.must("w")
    XCTAssertEqual(
      table.columns.map(\.type), [.text, .integer, .decimal, .date, .boolean, .text, .text])
    XCTAssertEqual(table.cells("名称"), ["micro", "康健街道第一党支部"])
    XCTAssertEqual(table.cells("rate"), ["0.452", "1"])
    XCTAssertEqual(table.cells("day"), ["2016-11-24", nil])
    XCTAssertEqual(table.cells("phone"), ["138****5678", nil])
  }

  func testSheetNamesAsExcelAllowsThem() {
    var names = SheetNames()
    XCTAssertEqual(names.unique("1. Classes held [by type]: a/b?"), "1. Classes held by type a b")
    XCTAssertEqual(
      names.unique("count sessions by year across org.category"), "count sessions by year across o")
    XCTAssertEqual(
      names.unique("COUNT sessions by year across org.name"), "COUNT sessions by year acro (2)")
    XCTAssertEqual(names.unique("'history'"), "Sheet 1")
    XCTAssertEqual(names.unique(""), "Sheet")
    XCTAssertEqual(
      names.unique("康健街道第一党支部2016年学时统计表（第一季度）补充说明与附表"),
      "康健街道第一党支部2016年学时统计表（第一季度）补充说明与附")
  }

  func testCommentsAboveAStatement() {
    let text = "# Title\n\n# 1. Classes held\n#   by type\ncount sessions by type\n"
    let offset = text.utf8.count - "count sessions by type\n".utf8.count
    XCTAssertEqual(commentLines(above: offset, in: text), ["1. Classes held", "  by type"])
    XCTAssertEqual(
      leadingComment(of: "# dangke run x.dk\n#\n# Title\n# more\n\nx"), ["Title", "more"])
  }

  func testOfficeMessagesHaveBothLanguages() {
    for entry in officeMessages.entries {
      XCTAssertFalse(entry.en.isEmpty)
      XCTAssertFalse(entry.zh.isEmpty)
      XCTAssertEqual(
        MessageSpec.placeholders(entry.en), MessageSpec.placeholders(entry.zh), entry.en)
      if !entry.code.isEmpty {
        XCTAssertTrue(
          entry.code.hasPrefix("E07") || entry.code.hasPrefix("W07"), entry.code)
      }
    }
    let codes = officeMessages.entries.map(\.code).filter { !$0.isEmpty }
    XCTAssertEqual(codes.count, Set(codes).count)
  }
}
