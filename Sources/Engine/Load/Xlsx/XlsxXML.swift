import Foundation

/// A small XML event parser behind two closures, for the small parts of a workbook
/// (workbook, relationships, styles, shared strings). Names lose any namespace prefix
/// (`x:sheet` → `sheet`); text between tags is collected and handed to `end`.
///
/// Written here rather than Foundation's `XMLParser`, whose FoundationXML links libxml2 and
/// with it the system's ICU into every start of the program. It reads what the XML of a
/// workbook holds: a declaration, comments, processing instructions, elements with quoted
/// attributes, character and entity references, CDATA; a document type declaration, an
/// unclosed or mismatched tag, an unknown entity or a stray `<` or `&` is not well-formed.
struct XlsxXML {
  typealias Start = (_ name: String, _ attributes: [String: String]) -> Void
  typealias End = (_ name: String, _ text: String) -> Void

  private let bytes: [UInt8]
  private var at = 0
  private var open: [String] = []
  private var text: [UInt8] = []

  private init(_ data: Data) {
    bytes = [UInt8](data)
  }

  /// Parses `data`; false when it is not well-formed XML.
  static func parse(_ data: Data, start: @escaping Start, end: @escaping End = { _, _ in })
    -> Bool
  {
    var parser = XlsxXML(data)
    return parser.run(start, end)
  }

  static func local(_ name: String) -> String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }

  private mutating func run(_ start: Start, _ end: End) -> Bool {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { at = 3 }
    var sawRoot = false
    while at < bytes.count {
      let c = bytes[at]
      if c == UInt8(ascii: "&") {
        guard !open.isEmpty, reference() else { return false }
        continue
      }
      guard c == UInt8(ascii: "<") else {
        if open.isEmpty, !isSpace(c) { return false }
        if !open.isEmpty { text.append(c) }
        at += 1
        continue
      }
      if follows("<?") {
        guard skip(past: "?>") else { return false }
      } else if follows("<!--") {
        guard skip(past: "-->") else { return false }
      } else if follows("<![CDATA[") {
        guard !open.isEmpty else { return false }
        at += 9
        let from = at
        guard skip(past: "]]>") else { return false }
        text.append(contentsOf: bytes[from..<at - 3])
      } else if follows("<!") {
        return false  // a document type declaration: none in a workbook
      } else if follows("</") {
        at += 2
        guard let name = name(), let top = open.popLast(), top == name else { return false }
        spaces()
        guard at < bytes.count, bytes[at] == UInt8(ascii: ">") else { return false }
        at += 1
        end(Self.local(name), String(decoding: text, as: UTF8.self))
        text = []
      } else {
        at += 1
        guard open.isEmpty ? !sawRoot : true, let name = name() else { return false }
        sawRoot = true
        var attributes: [String: String] = [:]
        while true {
          let before = at
          spaces()
          guard at < bytes.count else { return false }
          if bytes[at] == UInt8(ascii: ">") || follows("/>") { break }
          guard at > before, let key = self.name() else { return false }
          spaces()
          guard at < bytes.count, bytes[at] == UInt8(ascii: "=") else { return false }
          at += 1
          spaces()
          guard let value = quoted(), attributes[key] == nil else { return false }
          attributes[key] = value
        }
        text = []
        start(Self.local(name), attributes)
        if follows("/>") {
          at += 2
          end(Self.local(name), "")
        } else {
          at += 1
          open.append(name)
        }
      }
    }
    return sawRoot && open.isEmpty
  }

  private func follows(_ s: StaticString) -> Bool {
    let n = s.utf8CodeUnitCount
    guard at + n <= bytes.count else { return false }
    return s.withUTF8Buffer { p in (0..<n).allSatisfy { bytes[at + $0] == p[$0] } }
  }

  /// Moves past the next `s`; false when there is none.
  private mutating func skip(past s: StaticString) -> Bool {
    while at < bytes.count {
      if follows(s) {
        at += s.utf8CodeUnitCount
        return true
      }
      at += 1
    }
    return false
  }

  private func isSpace(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
  }

  private mutating func spaces() {
    while at < bytes.count, isSpace(bytes[at]) { at += 1 }
  }

  /// A name (`sheet`, `r:id`, `xml:space`); nil when none starts here.
  private mutating func name() -> String? {
    let from = at
    while at < bytes.count {
      let c = bytes[at]
      let isNameByte =
        c >= 0x80 || (c | 0x20 >= UInt8(ascii: "a") && c | 0x20 <= UInt8(ascii: "z"))
        || (at > from
          && ((c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == 0x2D || c == 0x2E))
        || c == UInt8(ascii: "_") || c == UInt8(ascii: ":")
      guard isNameByte else { break }
      at += 1
    }
    return at > from ? String(decoding: bytes[from..<at], as: UTF8.self) : nil
  }

  /// A quoted attribute value with its references replaced; nil when malformed.
  private mutating func quoted() -> String? {
    guard at < bytes.count, bytes[at] == 0x22 || bytes[at] == 0x27 else { return nil }
    let quote = bytes[at]
    at += 1
    let saved = text
    text = []
    defer { text = saved }
    while at < bytes.count, bytes[at] != quote {
      let c = bytes[at]
      if c == UInt8(ascii: "<") { return nil }
      if c == UInt8(ascii: "&") {
        guard reference() else { return nil }
        continue
      }
      // Attribute values are normalised: a tab or line break is a space.
      text.append(isSpace(c) ? 0x20 : c)
      at += 1
    }
    guard at < bytes.count else { return nil }
    at += 1
    return String(decoding: text, as: UTF8.self)
  }

  /// Appends the character of the reference at `at` (`&amp;`, `&#20013;`, `&#x4E2D;`) to
  /// `text`; false when it is not one.
  private mutating func reference() -> Bool {
    guard let semicolon = bytes[at...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
      return false
    }
    let body = String(decoding: bytes[at + 1..<semicolon], as: UTF8.self)
    var scalar: Unicode.Scalar?
    switch body {
    case "amp": scalar = "&"
    case "lt": scalar = "<"
    case "gt": scalar = ">"
    case "quot": scalar = "\""
    case "apos": scalar = "'"
    default:
      if body.hasPrefix("#x") || body.hasPrefix("#X") {
        scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
      } else if body.hasPrefix("#") {
        scalar = UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
      }
    }
    guard let scalar, scalar.value != 0 else { return false }
    text.append(contentsOf: Array(String(Character(scalar)).utf8))
    at = semicolon + 1
    return true
  }
}

extension Dictionary where Key == String, Value == String {
  /// The attribute `name` whatever its namespace prefix (`r:id`, `ns1:id`).
  func attribute(_ name: String) -> String? {
    if let value = self[name] { return value }
    return first { XlsxXML.local($0.key) == name && $0.key.contains(":") }?.value
  }
}
