import Synchronization

/// The two languages Dangke speaks. Every message, hint and help text has both.
public enum Language: String, Sendable, CaseIterable {
  case en
  case zh

  /// The language of this process: set once at start from `--lang` or the locale, and by
  /// `.lang` at the prompt. Reading it is cheap; it is read when a message is rendered.
  public static var current: Language {
    get { selected.withLock { $0 } }
    set { selected.withLock { $0 = newValue } }
  }

  private static let selected = Mutex(Language.en)

  /// The language the locale asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that
  /// is set and not empty decides; Chinese when it starts with `zh`, English otherwise.
  public static func fromEnvironment(_ environment: [String: String]) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[name], !value.isEmpty {
        return value.lowercased().hasPrefix("zh") ? .zh : .en
      }
    }
    return .en
  }

  /// `zh`, `zh_CN`, `chinese`, `中文` → `.zh`; `en`, `english` → `.en`; anything else nil.
  public init?(name: String) {
    switch name.lowercased() {
    case "zh", "zh_cn", "zh-cn", "zh_cn.utf-8", "cn", "chinese", "中文": self = .zh
    case "en", "en_us", "en-us", "english", "英文": self = .en
    default: return nil
    }
  }
}
