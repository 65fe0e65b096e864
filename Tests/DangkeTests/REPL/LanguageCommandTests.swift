import Engine
import Lang
import XCTest

@testable import dangke

/// `.lang`, `.version` and `.help CODE` at the prompt (no terminal needed).
final class LanguageCommandTests: XCTestCase {
  private var out = ""
  private var err = ""

  override func setUp() { Language.current = .en }
  override func tearDown() { Language.current = .en }

  private func makeREPL() throws -> REPL {
    let shell = StatementRunner(
      session: Session(store: CompletionTests.store), out: { _ in }, err: { _ in })
    let repl = REPL(shell: shell, output: try OutputOptions.parse([])) { [unowned self] in
      self.out += $0
    }
    repl.state.shell.err = { [unowned self] in self.err += $0 }
    return repl
  }

  func testLangSwitchesTheLanguageOfTheCommands() throws {
    let repl = try makeREPL()
    XCTAssertTrue(repl.state.perform(".lang zh"))
    XCTAssertEqual(out, "语言：中文\n")
    XCTAssertEqual(Language.current, .zh)
    out = ""
    _ = repl.state.perform(".format")
    XCTAssertEqual(out, "格式：table\n")
    _ = repl.state.perform(".tabels")
    XCTAssertEqual(err, "错误[E1100]：没有“.tabels”这个命令；是不是想用“.tables”？（.help 列出所有命令）\n")
    err = ""
    _ = repl.state.perform(".lang fr")
    XCTAssertEqual(err, "错误[E1115]：不认识的语言“fr”；请用 zh 或 en\n")
    out = ""
    _ = repl.state.perform(".lang en")
    XCTAssertEqual(out, "language: English\n")
    err = ""
    _ = repl.state.perform(".tabels")
    XCTAssertEqual(
      err,
      "error[E1100]: unknown command '.tabels'; did you mean '.tables'? (.help lists the commands)\n"
    )
  }

  func testVersion() throws {
    let repl = try makeREPL()
    _ = repl.state.perform(".version")
    XCTAssertEqual(out, "dangke \(DangkeVersion.number)\n")
  }

  func testHelpExplainsACodeWithItsExample() throws {
    let repl = try makeREPL()
    _ = repl.state.perform(".help E0662")
    XCTAssertEqual(
      out,
      """
      E0662: unknown language '{0}'; use zh or en

      Dangke speaks Chinese (zh) and English (en). Without --lang it follows the locale (LC_ALL, LC_MESSAGES, LANG).

      Example:
        dangke --lang fr

      """)
    out = ""
    Language.current = .zh
    _ = repl.state.perform(".help e1100")
    XCTAssertEqual(
      out,
      """
      E1100：没有“{0}”这个命令

      以点开头的一行是提示符的命令（.help、.tables、.load 等），不是查询语句。`.help commands` 列出所有命令。

      例子：
        .tabels

      """.replacingOccurrences(of: "E1100：", with: "E1100: "))
    _ = repl.state.perform(".help E9999")
    XCTAssertEqual(err, "错误[E1116]：没有代码为“E9999”的消息\n")
  }

  func testHelpOverviewSaysCodesCanBeExplained() throws {
    let repl = try makeREPL()
    _ = repl.state.perform(".help")
    XCTAssertTrue(out.contains(".help CODE explains a message code (.help E1100)"), out)
    out = ""
    Language.current = .zh
    _ = repl.state.perform(".help")
    XCTAssertTrue(out.hasPrefix("用文字提问，每行一条语句。"), out)
    XCTAssertTrue(out.contains(".help 代码 解释消息代码（.help E1100）"), out)
    out = ""
    _ = repl.state.perform(".help commands")
    XCTAssertTrue(out.contains(".lang zh|en"), out)
    XCTAssertTrue(out.contains("消息和帮助用中文还是英文"), out)
    out = ""
    _ = repl.state.perform(".example")
    XCTAssertTrue(out.hasPrefix("1. 党校一共开了多少次课？\n     count sessions\n"), out)
  }

  func testBannerInChinese() throws {
    Language.current = .zh
    let banner = REPL.banner(CompletionTests.store)
    let lines = banner.components(separatedBy: "\n")
    XCTAssertEqual(lines[0], "Dangke 党课 · \(CompletionTests.store.name)")
    XCTAssertTrue(lines[1].hasPrefix("9 张表：orgs 40，members 7,888，"), lines[1])
    XCTAssertEqual(lines[2], "输入 .help 查看帮助，.example 查看示例；Tab 键补全，Ctrl-D 退出。")
  }
}
