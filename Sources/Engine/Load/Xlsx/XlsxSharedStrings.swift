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
