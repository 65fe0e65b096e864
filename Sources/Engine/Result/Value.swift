/// One cell of an answer.
public enum Value: Hashable, Sendable {
  case missing
  case integer(Int64)
  case decimal(Double)
  case boolean(Bool)
  /// Days since 1970-01-01.
  case date(Int32)
  case text(String)
}
