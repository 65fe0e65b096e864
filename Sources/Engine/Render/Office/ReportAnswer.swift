/// One answer of a script as a whole-script document (a workbook, an HTML report) gets it:
/// the table, the statement that asked for it and the comment lines written above it.
public struct ReportAnswer: Sendable {
  public var table: ResultTable
  /// The statement's text as written (`count sessions by year`).
  public var statement: String
  /// The comment lines just above the statement, without `#` (empty when none).
  public var comment: [String]

  public init(table: ResultTable, statement: String, comment: [String] = []) {
    self.table = table
    self.statement = statement
    self.comment = comment
  }

  /// The heading a document shows for it: the comment's first line, else the statement.
  public var heading: String {
    comment.first { !$0.isEmpty } ?? statement
  }
}

/// The comment lines of a script's text just above `offset` (a statement's start): the run
/// of `#` lines that ends on the line before it, blank lines not allowed between; `#`, one
/// space after it, and spaces at the end removed.
public func commentLines(above offset: Int, in text: String) -> [String] {
  let before = text.utf8.prefix(offset)
  let lines = String(decoding: before, as: UTF8.self).split(
    separator: "\n", omittingEmptySubsequences: false)
  var found: [String] = []
  // The last element is the statement line's beginning (empty or spaces).
  for line in lines.dropLast().reversed() {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    guard trimmed.hasPrefix("#") else { break }
    var body = trimmed.dropFirst()
    if body.first == " " { body = body.dropFirst() }
    found.append(String(body).trimmingTrailingSpaces())
  }
  return found.reversed()
}

/// The first comment of a script: the `#` lines at its top (a `dangke run …` usage line and
/// empty comment lines left out), as a report's title and introduction.
public func leadingComment(of text: String) -> [String] {
  var lines: [String] = []
  for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    guard trimmed.hasPrefix("#") else { break }
    var body = trimmed.dropFirst()
    if body.first == " " { body = body.dropFirst() }
    let text = String(body).trimmingTrailingSpaces()
    if text.hasPrefix("dangke ") || text.hasPrefix("!") { continue }
    lines.append(text)
  }
  while lines.first == "" { lines.removeFirst() }
  return lines
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = Substring(self)
    while let c = s.last, c == " " || c == "\t" || c == "\r" { s = s.dropLast() }
    return String(s)
  }
}
