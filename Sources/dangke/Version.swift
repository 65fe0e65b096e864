/// The version `dangke --version` and `.version` print.
enum DangkeVersion {
  static let number = "0.19.0"
  static var line: String { "dangke \(number)" }
}
