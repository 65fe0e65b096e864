import Foundation

/// What a cell's style says about its number: plain, or a date, a time or both, from the
/// number format of the style (`xl/styles.xml`: `cellXfs` → `numFmtId` → built-in or custom
/// format code).
enum XlsxNumberKind: Sendable, Equatable {
  case plain
  case date
  /// `seconds`: the format shows seconds; `elapsed`: `[h]:mm`, hours past 24.
  case time(seconds: Bool, elapsed: Bool)
  case dateTime(seconds: Bool)
}

enum XlsxStyles {
  /// The kind of every cell style, by style index (`s="3"`).
  static func read(_ archive: XlsxArchive, part: String?) throws(LoadError) -> [XlsxNumberKind] {
    guard let part, let data = try archive.data(part) else { return [] }
    var custom: [Int: String] = [:]
    var kinds: [XlsxNumberKind] = []
    var inCellXfs = false
    let ok = XlsxXML.parse(
      data,
      start: { name, a in
        switch name {
        case "numFmt":
          if let id = a["numFmtId"].flatMap({ Int($0) }), let code = a["formatCode"] {
            custom[id] = code
          }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs:
          let id = a["numFmtId"].flatMap { Int($0) } ?? 0
          kinds.append(custom[id].map(kind(ofCode:)) ?? builtIn(id))
        default: break
        }
      },
      end: { name, _ in if name == "cellXfs" { inCellXfs = false } })
    if !ok { throw XlsxArchive.damaged(archive.path, officeMessages.badPart(part)) }
    return kinds
  }

  /// The built-in formats (ECMA-376 18.8.30, with the ones Chinese Excel and WPS use).
  static func builtIn(_ id: Int) -> XlsxNumberKind {
    switch id {
    case 14...17, 27...31, 36, 50...54, 57, 58: return .date
    case 18, 19, 32, 34, 55: return .time(seconds: false, elapsed: false)
    case 20: return .time(seconds: false, elapsed: false)
    case 21, 33, 35, 45, 47, 56: return .time(seconds: true, elapsed: false)
    case 46: return .time(seconds: true, elapsed: true)
    case 22: return .dateTime(seconds: false)
    default: return .plain
    }
  }

  /// The kind of a custom format code: its first section, without quoted text, escaped
  /// characters, colours and locales, read for date letters (y, d, m) and time letters
  /// (h, s, and m next to them).
  static func kind(ofCode code: String) -> XlsxNumberKind {
    var letters = ""
    var elapsed = false
    var chars = Array(code.lowercased())
    if let semicolon = chars.firstIndex(of: ";") { chars = Array(chars[..<semicolon]) }
    var i = 0
    while i < chars.count {
      let c = chars[i]
      switch c {
      case "\"":
        i += 1
        while i < chars.count && chars[i] != "\"" { i += 1 }
      case "\\", "_", "*":
        i += 1
      case "[":
        var inner = ""
        i += 1
        while i < chars.count && chars[i] != "]" {
          inner.append(chars[i])
          i += 1
        }
        if !inner.isEmpty && inner.allSatisfy({ "hms".contains($0) }) {
          elapsed = true
          letters += inner
        }
      default:
        letters.append(c)
      }
      i += 1
    }
    if letters.contains("general") { return .plain }
    letters = letters.replacingOccurrences(of: "am/pm", with: "")
      .replacingOccurrences(of: "a/p", with: "")
    let hasDate = letters.contains("y") || letters.contains("d")
    let hasTime = letters.contains("h") || letters.contains("s")
    let seconds = letters.contains("s")
    switch (hasDate, hasTime) {
    case (true, true): return .dateTime(seconds: seconds)
    case (true, false): return .date
    case (false, true): return .time(seconds: seconds, elapsed: elapsed)
    case (false, false): return letters.contains("m") ? .date : .plain
    }
  }
}
