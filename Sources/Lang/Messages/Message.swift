/// Something the tool says, in both languages, with the stable code of its catalog entry
/// (`E0201`) when it is an error or warning. Made by a `MessageSpec` from the catalog.
public struct Message: Hashable, Sendable, CustomStringConvertible {
  /// The catalog code (`E0201`, `W0301`), or nil for a hint, a note or an uncatalogued text.
  public var code: String?
  public var en: String
  public var zh: String

  public init(code: String? = nil, en: String, zh: String) {
    self.code = code
    self.en = en
    self.zh = zh
  }

  /// A text that is the same in both languages (a name, a number, a quoted query).
  public init(verbatim text: String) {
    self.init(en: text, zh: text)
  }

  /// The text in `language`.
  public func text(_ language: Language) -> String {
    language == .zh ? zh : en
  }

  /// The text in the process's language.
  public var description: String { text(.current) }

  /// Messages joined into one: `a, b, c` in English, `a、b、c` in Chinese (or the separators
  /// given). The code is nil: a list is a part of a message, not a message.
  public static func list(_ parts: [Message], en: String = ", ", zh: String = "、") -> Message {
    Message(
      en: parts.map(\.en).joined(separator: en), zh: parts.map(\.zh).joined(separator: zh))
  }

  /// Both texts with `suffix` appended (for a hint that quotes the user's text).
  public func appending(_ suffix: String) -> Message {
    Message(code: code, en: en + suffix, zh: zh + suffix)
  }
}

/// One entry of a message catalog: a stable code, the English and the Chinese text with
/// numbered placeholders `{0}`, `{1}` …, and what `.help CODE` shows about it.
///
/// Entries are declared as stored properties of a catalog struct (`LangMessages`,
/// `EngineMessages`, …) next to the code that emits them; `MessageCatalog.entries` lists
/// them, and a test checks every entry has both texts and the same placeholders in each.
public struct MessageSpec: Sendable {
  /// `E` + four digits for errors, `W` for warnings; empty for hints and notes.
  public let code: String
  public let en: String
  public let zh: String
  /// A longer explanation for `.help CODE` (both languages), if the entry has a code.
  public let explanation: (en: String, zh: String)?
  /// A statement that shows the problem, for `.help CODE`.
  public let example: String?

  public init(
    _ code: String = "", en: String, zh: String, explain: (en: String, zh: String)? = nil,
    example: String? = nil
  ) {
    self.code = code
    self.en = en
    self.zh = zh
    self.explanation = explain
    self.example = example
  }

  /// The message with `{0}`, `{1}` … replaced by the arguments, in both languages. An
  /// argument that is a `Message` (a phrase from a catalog) is put in as its text in each
  /// language; anything else as `"\(argument)"`.
  public func callAsFunction(_ arguments: Any...) -> Message {
    message(arguments)
  }

  /// `callAsFunction` with the arguments as an array (for helpers that pass theirs on).
  public func message(_ arguments: [Any]) -> Message {
    func values(_ language: Language) -> [String] {
      arguments.map { ($0 as? Message)?.text(language) ?? "\($0)" }
    }
    return Message(
      code: code.isEmpty ? nil : code, en: Self.fill(en, values(.en)),
      zh: Self.fill(zh, values(.zh)))
  }

  /// The placeholder numbers a template uses (a test compares the two languages').
  public static func placeholders(_ template: String) -> Set<Int> {
    var found = Set<Int>()
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: "}"), let n = Int(after[..<close]) else {
        rest = after
        continue
      }
      found.insert(n)
      rest = after[after.index(after: close)...]
    }
    return found
  }

  static func fill(_ template: String, _ values: [String]) -> String {
    guard template.contains("{") else { return template }
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      let after = rest[rest.index(after: open)...]
      if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), n < values.count {
        out += values[n]
        rest = after[after.index(after: close)...]
      } else {
        out += "{"
        rest = after
      }
    }
    return out + rest
  }
}

extension MessageSpec {
  /// The entry with `code` (`E0201`, case-insensitive) in `catalogs`, for `.help CODE`.
  public static func find(code: String, in catalogs: [any MessageCatalog]) -> MessageSpec? {
    let wanted = code.uppercased()
    guard !wanted.isEmpty else { return nil }
    return catalogs.lazy.flatMap(\.entries).first { $0.code == wanted }
  }
}

/// A module's catalog of messages: a struct whose stored properties are `MessageSpec`s.
public protocol MessageCatalog: Sendable {
  /// Every entry, found by reflection so that each message is declared exactly once.
  var entries: [MessageSpec] { get }
}

extension MessageCatalog {
  public var entries: [MessageSpec] {
    Mirror(reflecting: self).children.compactMap { $0.value as? MessageSpec }
  }
}
