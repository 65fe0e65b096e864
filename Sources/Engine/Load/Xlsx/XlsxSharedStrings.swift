import Foundation

/// The workbook's table of shared strings (`xl/sharedStrings.xml`): each `<si>` is one
/// string, plain (`<t>`) or in formatted runs (`<r><t>`); phonetic guides (`<rPh>`) are not
/// part of the text.
enum XlsxSharedStrings {
  static func read(_ archive: XlsxArchive, part: String?) throws(LoadError) -> [String] {
    guard let part, let data = try archive.data(part) else { return [] }
    var strings: [String] = []
    var current = ""
    var phonetic = 0
    let ok = XlsxXML.parse(
      data,
      start: { name, _ in
        if name == "si" { current = "" }
        if name == "rPh" { phonetic += 1 }
      },
      end: { name, text in
        switch name {
        case "t" where phonetic == 0: current += text
        case "rPh": phonetic -= 1
        case "si": strings.append(current)
        default: break
        }
      })
    if !ok { throw XlsxArchive.damaged(archive.path, officeMessages.badPart(part)) }
    return strings
  }
}

/// The shared strings as one run of UTF-8 bytes, so that a cell's text is handed to its
/// column builder where it lies, without a `String` per cell.
struct XlsxStringTable: Sendable {
  let bytes: [UInt8]
  /// Where string `i` ends (it starts where `i - 1` ends).
  private let ends: [Int]

  init(_ strings: [String]) {
    var bytes: [UInt8] = []
    var ends: [Int] = []
    ends.reserveCapacity(strings.count)
    for s in strings {
      bytes.append(contentsOf: s.utf8)
      ends.append(bytes.count)
    }
    self.bytes = bytes
    self.ends = ends
  }

  var count: Int { ends.count }

  /// The bytes of string `i`, which must exist.
  func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }
}
