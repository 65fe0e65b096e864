import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Foundation's event parser behind two closures, for the small parts of a workbook
/// (workbook, relationships, styles, shared strings). Names lose any namespace prefix
/// (`x:sheet` → `sheet`); text between tags is collected and handed to `end`.
final class XlsxXML: NSObject, XMLParserDelegate {
  typealias Start = (_ name: String, _ attributes: [String: String]) -> Void
  typealias End = (_ name: String, _ text: String) -> Void

  private let start: Start
  private let end: End
  private var text = ""

  private init(start: @escaping Start, end: @escaping End) {
    self.start = start
    self.end = end
  }

  /// Parses `data`; false when it is not well-formed XML.
  static func parse(_ data: Data, start: @escaping Start, end: @escaping End = { _, _ in })
    -> Bool
  {
    let parser = XMLParser(data: data)
    let delegate = XlsxXML(start: start, end: end)
    parser.delegate = delegate
    parser.shouldProcessNamespaces = false
    return parser.parse()
  }

  static func local(_ name: String) -> String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    text = ""
    start(Self.local(elementName), attributeDict)
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text += string
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    end(Self.local(elementName), text)
    text = ""
  }
}

extension Dictionary where Key == String, Value == String {
  /// The attribute `name` whatever its namespace prefix (`r:id`, `ns1:id`).
  func attribute(_ name: String) -> String? {
    if let value = self[name] { return value }
    return first { XlsxXML.local($0.key) == name && $0.key.contains(":") }?.value
  }
}
