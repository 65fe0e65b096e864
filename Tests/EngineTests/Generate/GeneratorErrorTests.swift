import Lang
import XCTest

@testable import Engine

/// The generator's errors carry their code and read in the current language.
final class GeneratorErrorTests: XCTestCase {
  func testErrorsInBothLanguages() {
    let before = Language.current
    defer { Language.current = before }
    let error = GeneratorError.cannotCreateFolder(path: "/x/data", reason: "Permission denied")
    XCTAssertEqual(error.message.code, "E0602")
    Language.current = .en
    XCTAssertEqual(
      "\(error)",
      "error[E0602]: cannot create the folder /x/data: Permission denied. Choose another --out folder."
    )
    Language.current = .zh
    XCTAssertEqual(
      "\(error)", "错误[E0602]：无法创建文件夹 /x/data：Permission denied。请换一个 --out 文件夹。")
  }

  func testAFileInTheWayIsCannotCreateFolder() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dangke-gen-\(UUID().uuidString)")
    try Data("x".utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    XCTAssertThrowsError(try Generator(scale: .sample).write(to: file.path + "/out")) { error in
      XCTAssertNotNil((error as? GeneratorError)?.message.code)
    }
  }
}
