/// Phrases every module uses in its hints, so that "did you mean" reads the same everywhere.
public struct CommonMessages: MessageCatalog {
  /// The one "did you mean" hint: the parser's keywords, the engine's tables, columns and values.
  public let didYouMean = MessageSpec(en: "did you mean '{0}'?", zh: "是不是“{0}”？")
  /// A hint that shows what to write: `for example: count sessions`.
  public let forExample = MessageSpec(en: "for example: {0}", zh: "例如：{0}")
}

/// The shared phrases (see `CommonMessages`).
public let commonMessages = CommonMessages()
