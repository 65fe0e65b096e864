/// The type of a stored column, inferred at load or fixed by the schema file.
public enum ColumnType: String, Hashable, Sendable, Codable, CaseIterable {
  case integer
  case decimal
  case boolean
  case date
  case text
}
