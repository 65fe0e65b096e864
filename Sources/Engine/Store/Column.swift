/// The values of one column, one typed array, with a sentinel for a missing value.
public enum ColumnData: Sendable {
  /// Whole numbers; missing is `Int64.min` (`ColumnData.missingInteger`).
  case integer([Int64])
  /// Decimal numbers; missing is NaN.
  case decimal([Double])
  /// 0 or 1; missing is 255 (`ColumnData.missingBoolean`).
  case boolean([UInt8])
  /// Days since 1970-01-01; missing is `Int32.min` (`ColumnData.missingDate`).
  case date([Int32])
  /// Codes into `dictionary`; missing is `UInt32.max` (`ColumnData.missingCode`).
  case text(codes: [UInt32], dictionary: StringDictionary)

  public static let missingInteger = Int64.min
  public static let missingBoolean: UInt8 = 255
  public static let missingDate = Int32.min
  public static let missingCode = UInt32.max

  public var type: ColumnType {
    switch self {
    case .integer: .integer
    case .decimal: .decimal
    case .boolean: .boolean
    case .date: .date
    case .text: .text
    }
  }

  public var count: Int {
    switch self {
    case .integer(let v): v.count
    case .decimal(let v): v.count
    case .boolean(let v): v.count
    case .date(let v): v.count
    case .text(let codes, _): codes.count
    }
  }

  /// Whether row `row` holds no value.
  public func isMissing(_ row: Int) -> Bool {
    switch self {
    case .integer(let v): v[row] == Self.missingInteger
    case .decimal(let v): v[row].isNaN
    case .boolean(let v): v[row] == Self.missingBoolean
    case .date(let v): v[row] == Self.missingDate
    case .text(let codes, _): codes[row] == Self.missingCode
    }
  }
}

/// A reference from a column to another table, resolved once at load.
public struct Reference: Sendable {
  /// The table referred to (its `key` column holds the matching values).
  public var table: String
  /// Number of non-empty cells that matched no `id` (reported in the load report).
  public var dangling: Int
  /// The column of `table` the values match: `id` for data files; a foreign key on a
  /// database may name another (`org.code`).
  public var key: String = "id"
  private var storedRows: Stored<[Int32]>

  public init(table: String, rows: [Int32], dangling: Int) {
    self.table = table
    self.storedRows = .ready(rows)
    self.dangling = dangling
  }

  /// A reference whose row array is read on first use.
  public init(table: String, rows: Deferred<[Int32]>, dangling: Int) {
    self.table = table
    self.storedRows = .deferred(rows)
    self.dangling = dangling
  }

  /// For each row, the row index in `table`, or -1 when the cell is empty or dangling.
  public var rows: [Int32] {
    get { storedRows.value }
    set { storedRows = .ready(newValue) }
  }
}

/// A foreign key of several columns (`foreign key (region, number) references org`).
public struct CompositeKey: Sendable {
  public var columns: [String]
  public var table: String

  public init(columns: [String], table: String) {
    self.columns = columns
    self.table = table
  }
}

/// A value held, or one read on first use.
enum Stored<Value: Sendable>: Sendable {
  case ready(Value)
  case deferred(Deferred<Value>)

  var value: Value {
    switch self {
    case .ready(let v): v
    case .deferred(let d): d.value
    }
  }
}

/// One column of a table: its name, its values and what the schema says about it.
public struct Column: Sendable {
  /// The name from the header row, as written.
  public var name: String
  /// The column's type, known without reading deferred values.
  public private(set) var type: ColumnType
  private var storedData: Stored<ColumnData>
  /// Set when this column refers to another table.
  public var reference: Reference?
  /// A Chinese label for the column (`日期`), from the schema.
  public var label: String?
  /// Chinese labels for codes of a text column (`micro` → `微党课`), from the schema.
  public var codeLabels: [String: String]
  /// Personal data: masked in every output unless revealed.
  public var sensitive: Bool
  /// Why the loader took the column for personal data when the schema did not say (the load
  /// report shows it); nil when the schema said, or nothing looked personal.
  public var guessedPersonal: PersonalData.Guess? = nil
  /// For a column of a let answer that was a time bucket (`year(session.date)`): the bucket.
  /// Its values are the first days of their periods; a key or a listed field shows the period.
  public var period: Bucket? = nil
  /// For a column of a database's foreign key of several columns, which Dangke does not
  /// follow: the key's columns and the table it refers to (for the error that says so).
  public var compositeKey: CompositeKey? = nil

  public init(
    name: String, data: ColumnData, reference: Reference? = nil, label: String? = nil,
    codeLabels: [String: String] = [:], sensitive: Bool = false
  ) {
    self.name = name
    self.type = data.type
    self.storedData = .ready(data)
    self.reference = reference
    self.label = label
    self.codeLabels = codeLabels
    self.sensitive = sensitive
  }

  /// A column whose values are read on first use; `data` must be of type `type`.
  public init(
    name: String, type: ColumnType, data: Deferred<ColumnData>, reference: Reference? = nil,
    label: String? = nil, codeLabels: [String: String] = [:], sensitive: Bool = false
  ) {
    self.name = name
    self.type = type
    self.storedData = .deferred(data)
    self.reference = reference
    self.label = label
    self.codeLabels = codeLabels
    self.sensitive = sensitive
  }

  /// Makes the values on first use from now on (of the same type).
  mutating func deferData(_ data: Deferred<ColumnData>) {
    storedData = .deferred(data)
  }

  /// Whether the values are held: never deferred, or made already.
  var holdsValues: Bool {
    switch storedData {
    case .ready: true
    case .deferred(let d): d.isKept
    }
  }

  /// The values (read now if they are deferred and not read yet).
  public var data: ColumnData {
    get { storedData.value }
    set {
      type = newValue.type
      storedData = .ready(newValue)
    }
  }
}
