/// The values of one expression for every row of the table a query reads, column-at-a-time.
///
/// Vectors are built once per query by gathering stored columns through reference row maps;
/// loops over them touch typed arrays only, so no row allocates.
enum Vector: Sendable {
  case integer([Int64])
  case decimal([Double])
  case boolean([UInt8])
  case date([Int32])
  case text([UInt32], StringDictionary)
  /// Row indices into the table `table` (a reference followed to its end), -1 when missing.
  case rows([Int32], table: Int)

  var typeName: String {
    switch self {
    case .integer: "integer"
    case .decimal: "decimal"
    case .boolean: "boolean"
    case .date: "date"
    case .text: "text"
    case .rows: "reference"
    }
  }

  var count: Int {
    switch self {
    case .integer(let v): v.count
    case .decimal(let v): v.count
    case .boolean(let v): v.count
    case .date(let v): v.count
    case .text(let v, _): v.count
    case .rows(let v, _): v.count
    }
  }

  /// A vector holding a stored column's values unchanged (no copy: arrays are shared).
  init(_ data: ColumnData) {
    switch data {
    case .integer(let v): self = .integer(v)
    case .decimal(let v): self = .decimal(v)
    case .boolean(let v): self = .boolean(v)
    case .date(let v): self = .date(v)
    case .text(let codes, let dictionary): self = .text(codes, dictionary)
    }
  }

  /// A stored column's values at the given row indices (-1 gives a missing value).
  init(gathering data: ColumnData, at index: [Int32]) {
    switch data {
    case .integer(let v): self = .integer(gather(v, index, missing: ColumnData.missingInteger))
    case .decimal(let v): self = .decimal(gather(v, index, missing: .nan))
    case .boolean(let v): self = .boolean(gather(v, index, missing: ColumnData.missingBoolean))
    case .date(let v): self = .date(gather(v, index, missing: ColumnData.missingDate))
    case .text(let codes, let dictionary):
      self = .text(gather(codes, index, missing: ColumnData.missingCode), dictionary)
    }
  }

  /// Whether row `row` is missing.
  func isMissing(_ row: Int) -> Bool {
    switch self {
    case .integer(let v): v[row] == ColumnData.missingInteger
    case .decimal(let v): v[row].isNaN
    case .boolean(let v): v[row] == ColumnData.missingBoolean
    case .date(let v): v[row] == ColumnData.missingDate
    case .text(let v, _): v[row] == ColumnData.missingCode
    case .rows(let v, _): v[row] < 0
    }
  }

  /// The numeric value of row `row` as a Double (NaN when missing), for sums and averages.
  func number(_ row: Int) -> Double {
    switch self {
    case .integer(let v): v[row] == ColumnData.missingInteger ? .nan : Double(v[row])
    case .decimal(let v): v[row]
    case .date(let v): v[row] == ColumnData.missingDate ? .nan : Double(v[row])
    case .boolean(let v): v[row] == ColumnData.missingBoolean ? .nan : Double(v[row])
    case .text, .rows: .nan
    }
  }
}

extension Vector {
  /// Row `row` as a whole number, exactly (integers, day numbers, booleans as 0/1); nil when
  /// it is missing or the vector holds decimals or text.
  @inline(__always)
  func whole(_ row: Int) -> Int64? {
    switch self {
    case .integer(let v): v[row] == ColumnData.missingInteger ? nil : v[row]
    case .date(let v): v[row] == ColumnData.missingDate ? nil : Int64(v[row])
    case .boolean(let v): v[row] == ColumnData.missingBoolean ? nil : Int64(v[row])
    case .decimal, .text, .rows: nil
    }
  }

  /// -1, 0 or 1: row `i` of this vector against row `j` of `other`, exactly (two whole numbers
  /// as whole numbers, never both rounded to the same `Double`); nil when either is missing.
  func order(_ i: Int, _ other: Vector, _ j: Int) -> Int? {
    if let a = whole(i) {
      if let b = other.whole(j) { return a < b ? -1 : (a > b ? 1 : 0) }
      let y = other.number(j)
      return y.isNaN ? nil : exactOrder(a, y)
    }
    let x = number(i)
    if x.isNaN { return nil }
    if let b = other.whole(j) { return -exactOrder(b, x) }
    let y = other.number(j)
    if y.isNaN { return nil }
    return x < y ? -1 : (x > y ? 1 : 0)
  }
}

/// `out[i] = values[index[i]]`, or `missing` where `index[i] < 0`.
func gather<T>(_ values: [T], _ index: [Int32], missing: T) -> [T] {
  if index.count >= 1 << 18 { return parallelGather(values, index, missing: missing) }
  return [T](unsafeUninitializedCapacity: index.count) { out, initialized in
    values.withUnsafeBufferPointer { v in
      index.withUnsafeBufferPointer { ix in
        for i in 0..<ix.count {
          let j = ix[i]
          out.initializeElement(at: i, to: j < 0 ? missing : v[Int(j)])
        }
      }
    }
    initialized = index.count
  }
}

/// Follows one more reference hop: `out[i] = next[index[i]]`, -1 stays -1.
func compose(_ index: [Int32], _ next: [Int32]) -> [Int32] {
  gather(next, index, missing: -1)
}
