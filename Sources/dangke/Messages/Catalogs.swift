import Engine
import Lang

/// Every message catalog of the executable. A new catalog adds one line here.
let dangkeCatalogs: [any MessageCatalog] = [
  cliMessages, cliHelpMessages, replMessages, dotCommandMessages, helpTopicMessages,
  exampleMessages, completionListMessages, fileMessages, promptEditMessages, promptOutputMessages,
  crashMessages, scriptMessages, scaleMessages,
]

/// Every catalog of the program, for `.help CODE`: Lang's, Engine's and the executable's.
var allCatalogs: [any MessageCatalog] { langCatalogs + engineCatalogs + dangkeCatalogs }

/// The catalog entry with `code` (case-insensitive), from any catalog.
func catalogEntry(code: String) -> MessageSpec? {
  let wanted = code.uppercased()
  for catalog in allCatalogs {
    if let found = catalog.entries.first(where: { $0.code == wanted }) { return found }
  }
  return nil
}

/// Whether `text` looks like a message code (`E0203`, `w1100`).
func isMessageCode(_ text: String) -> Bool {
  let upper = text.uppercased()
  guard upper.count == 5, let first = upper.first, first == "E" || first == "W" else {
    return false
  }
  return upper.dropFirst().allSatisfy(\.isASCII) && upper.dropFirst().allSatisfy(\.isNumber)
}
