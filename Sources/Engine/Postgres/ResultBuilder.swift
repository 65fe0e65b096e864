/// Gathers streamed rows into typed columns (numbers as numbers, text dictionary-encoded), so a
/// large answer costs what the in-memory engine's columns cost rather than a `Value` per cell.
struct ResultBuilder {
  private(set) var columns: [ResultColumn]
  private var data: [ColumnData]
  private var interned: [[String: UInt32]]
  private(set) var count = 0

  /// Columns as the plan names them, or as the server describes them when `planned` is nil
  /// or does not have one column per field (never a row with fewer cells than columns).
  init(fields: [PostgresField], planned: [ResultColumn]?) {
    let described = fields.map {
      ResultColumn(name: $0.name, kind: Self.kind(PostgresCatalog.columnType($0.type)))
    }
    if let planned, fields.isEmpty || planned.count == fields.count {
      columns = planned
    } else {
      columns = described
    }
    data = columns.map { c in ColumnData.empty(Self.storage(c.kind)) }
    interned = Array(repeating: [:], count: columns.count)
  }

  static func kind(_ type: ColumnType) -> ResultKind {
    switch type {
    case .integer: .integer
    case .decimal: .decimal
    case .boolean: .boolean
    case .date: .date
    case .text: .text
    }
  }

  static func storage(_ kind: ResultKind) -> ColumnType {
    switch kind {
    case .integer: .integer
    case .decimal, .rate: .decimal
    case .boolean: .boolean
    case .date: .date
    case .text, .period: .text
    }
  }

  /// Appends one row of text cells (nil is NULL).
  mutating func append(_ cells: [UnsafeBufferPointer<UInt8>?]) {
    for i in 0..<min(cells.count, data.count) {
      let cell = cells[i]
      switch data[i] {
      case .integer(var v):
        data[i] = .integer([])
        v.append(cell.flatMap(Self.integer) ?? ColumnData.missingInteger)
        data[i] = .integer(v)
      case .decimal(var v):
        data[i] = .decimal([])
        v.append(cell.flatMap { Double(Self.text($0)) } ?? .nan)
        data[i] = .decimal(v)
      case .boolean(var v):
        data[i] = .boolean([])
        v.append(cell.map { $0.first == UInt8(ascii: "t") ? 1 : 0 } ?? ColumnData.missingBoolean)
        data[i] = .boolean(v)
      case .date(var v):
        data[i] = .date([])
        v.append(cell.flatMap(Self.date) ?? ColumnData.missingDate)
        data[i] = .date(v)
      case .text(var codes, var dictionary):
        data[i] = .integer([])
        if let cell {
          let s = Self.text(cell)
          if let code = interned[i][s] {
            codes.append(code)
          } else {
            let code = dictionary.append(utf8: cell)
            interned[i][s] = code
            codes.append(code)
          }
        } else {
          codes.append(ColumnData.missingCode)
        }
        data[i] = .text(codes: codes, dictionary: dictionary)
      }
    }
    count += 1
  }

  /// One row of text cells as values of columns stored as `storage`: the values `append`
  /// then `finish` give, for rows written as they arrive instead of gathered.
  static func values(_ cells: [UnsafeBufferPointer<UInt8>?], _ storage: [ColumnType]) -> [Value] {
    storage.indices.map { i in
      guard i < cells.count, let cell = cells[i] else { return .missing }
      switch storage[i] {
      case .integer:
        guard let v = integer(cell), v != ColumnData.missingInteger else { return .missing }
        return .integer(v)
      case .decimal:
        guard let v = Double(text(cell)), !v.isNaN else { return .missing }
        return .decimal(v)
      case .boolean:
        return .boolean(cell.first == UInt8(ascii: "t"))
      case .date:
        guard let v = date(cell), v != ColumnData.missingDate else { return .missing }
        return .date(v)
      case .text:
        return .text(text(cell))
      }
    }
  }

  /// The answer: rows made from the typed columns when read.
  func finish(isTimeSeries: Bool = false) -> ResultTable {
    let data = self.data
    let rows = ResultRows(count: count) { r in data.map { $0.value(r) } }
    return ResultTable(columns: columns, rows: rows, isTimeSeries: isTimeSeries)
  }

  static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// A whole number; a numeric with no fraction (`sum` of integers) counts as one.
  static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    let s = text(bytes)
    if let v = Int64(s) { return v }
    if let d = Double(s), d == d.rounded(), abs(d) < 9e18 { return Int64(d) }
    return nil
  }

  /// `YYYY-MM-DD` (a timestamp's first ten characters): days since 1970-01-01.
  static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var n = 0
      for i in range {
        let d = Int(bytes[i]) - 48
        guard (0...9).contains(d) else { return nil }
        n = n * 10 + d
      }
      return n
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
      CivilDate.isValid(year: y, month: m, day: d)
    else { return nil }
    return CivilDate.days(year: y, month: m, day: d)
  }
}
