/// What a `with` clause shows beside each measure of a grouped answer.
public enum Comparison: String, Hashable, Sendable, CaseIterable {
  /// 环比: against the previous bucket, as a difference and a percentage.
  case change
  /// 同比: against the same bucket a year earlier, as a difference and a percentage.
  case yoy
  /// 占比: the measure's share of its column's total.
  case share

  /// The keyword that writes it.
  public var keyword: Keyword {
    switch self {
    case .change: .change
    case .yoy: .yoy
    case .share: .share
    }
  }
}

/// One item of `with change, yoy, share`.
public struct CompareItem: Hashable, Sendable {
  public var comparison: Comparison
  public var span: Span

  public init(_ comparison: Comparison, span: Span) {
    self.comparison = comparison
    self.span = span
  }
}
