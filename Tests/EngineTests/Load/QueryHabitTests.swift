import Lang
import XCTest

@testable import Engine

/// Issue 17: headers with spaces or keywords are named in backquotes; dates are written as
/// the loader reads them; the load report says which columns were taken for personal data.
final class QueryHabitTests: XCTestCase {
  private func run(_ store: Store, _ script: String) -> (out: String, err: String) {
    var out = ""
    var err = ""
    StatementRunner(session: Session(store: store), out: { out += $0 }, err: { err += $0 })
      .run(script)
    return (out, err)
  }

  /// The reproduction: `first name` could not be named. Variations: a keyword (`order`,
  /// `by`) as a column, and a Chinese header with a space, in `where`, `by` and `order by`.
  func testBackquotedNamesReachHeadersWithSpacesAndKeywords() throws {
    let store = try LoadFixtures.load("quoted-names")
    let (out, err) = run(
      store,
      """
      list `first name`, `order` of people where `first name` = "张伟"
      sum `学习 时长` of people by `by` order by `by` desc
      """)
    XCTAssertEqual(err, "")
    XCTAssertEqual(
      out,
      """
      first name  order
      ----------  -----
      张伟            3
      (1 row)

      by  sum
      --  ---
      y     1
      x   6.5
      (2 rows)

      """)
  }

  /// SQL's `"first name"` is a string in Dangke: comparing it with a value is E1246, which
  /// says how to name the column.
  func testADoubleQuotedColumnNameSaysToUseBackquotes() throws {
    let store = try LoadFixtures.load("quoted-names")
    let (out, err) = run(store, "count people where \"first name\" = \"张伟\"")
    XCTAssertEqual(out, "")
    XCTAssertEqual(
      err,
      """
      error[E1246]: "first name" is a string here, not the column first name
       --> line 1, column 20
        |
      1 | count people where "first name" = "张伟"
        |                    ^^^^^^^^^^^^ to name the column write `first name`

      """)
  }

  /// The canonical printer writes such names back in backquotes, so the text parses again to
  /// the same statement; a plain name and a measure word stay bare.
  func testThePrinterQuotesNamesThatNeedIt() throws {
    let text = "count people where `first name` = \"张伟\" by `by`, id order by count desc"
    let printed = Printer.print(try Parser.parseStatement(text))
    XCTAssertEqual(
      printed, "count people where `first name` = \"张伟\" by `by`, id order by count desc")
    XCTAssertEqual(
      Printer.print(try Parser.parseStatement(printed)), printed)
  }

  /// The reproduction: `2016/11/24` was refused though the loader reads it. Variations:
  /// `2016.11.24` and `2016年11月24日`, and `2016年11月` as a month.
  func testDatesAsTheLoaderWritesThem() {
    let (out, err) = run(
      Sample.store,
      """
      count sessions where date = 2016/11/24
      count sessions where date = 2016.11.24
      count sessions where date = 2016年11月24日
      count sessions where date in 2016年11月
      """)
    XCTAssertEqual(err, "")
    let one = "count\n-----\n    1\n(1 row)\n\n"
    XCTAssertEqual(out, one + one + one + "count\n-----\n   21\n(1 row)\n")
  }

  /// The load report names the guessed columns and why, in both languages.
  func testTheReportSaysWhichColumnsAreTakenForPersonalData() throws {
    let folder = DataCorpusTests.folder + "/personal-by-values"
    let store = try Loader.load(.directory(folder))
    let text = store.reportText(.en).replacingOccurrences(of: folder, with: "$D")
    XCTAssertEqual(
      text.split(separator: "\n", omittingEmptySubsequences: false).prefix(12).joined(
        separator: "\n"),
      """
      personal-by-values: 1 table

      contacts: 4 rows, $D/contacts.csv, utf-8
        id       integer
        who      text
        contact  text  sensitive: its values look like phone numbers
        ref      text  sensitive: its values look like ID-card numbers
        account  integer  sensitive: its values look like bank-card numbers

      Columns marked "sensitive:" are masked in answers (--reveal shows them); "sensitive": false in schema.json shows a column as it is.

      2 warnings:
      """)
    let zh = store.reportText(.zh)
    XCTAssertTrue(zh.contains("  contact  text  敏感：取值看起来是电话号码\n"), zh)
    XCTAssertTrue(zh.contains("  ref      text  敏感：取值看起来是身份证号\n"), zh)
  }

  /// Answers over a guessed column are masked like a schema's sensitive column.
  func testAGuessedColumnIsMasked() throws {
    let store = try Loader.load(.directory(DataCorpusTests.folder + "/personal-no-schema"))
    let (out, err) = run(store, "list name, 手机, tel, 身份证号, card of members where id = 2")
    XCTAssertEqual(err, "")
    XCTAssertEqual(
      out,
      """
      name         手机  tel          身份证号         card
      ----  -----------  --------  -----------  -----------
      李娜  139****4321  64****35  110****4514  621****7893
      (1 row)

      """)
  }
}
