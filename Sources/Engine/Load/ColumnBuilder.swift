/// Builds one column from its cells in a single pass, inferring the type as it goes.
///
/// An inferred column takes the type of its first value and keeps it while the values fit;
/// integers widen to decimals. When a value fits neither, the column is `broken`: the caller
/// reads the file again for it with a `.text` builder, which keeps the exact text. A declared
/// column (schema) rejects a value that does not fit.
struct ColumnBuilder {
  enum Mode: Equatable {
    /// Infer the type from the values.
    case infer
    /// The schema fixes the type.
    case declared(ColumnType)
    /// Text, after inference found mixed types; remembers which kinds of value it saw.
    case text
  }

  enum State: Equatable {
    /// Only missing cells so far.
    case pending
    case typed(ColumnType)
    /// Inference failed: the values mix types.
    case broken
  }

  let mode: Mode
  private(set) var state: State
  private(set) var count = 0
  private let rowHint: Int
  private var ints: [Int64] = []
  /// Whole numbers, while they all fit 32 bits (missing is `Int32.min`), when the builder
  /// is `narrow`: half the memory. References are resolved from them (`ReferenceLinker`),
  /// and the column's 64-bit values are made when a query first needs them.
  private var narrowInts: [Int32] = []
  private var isNarrow: Bool
  private var doubles: [Double] = []
  /// Decimals, while every one is exactly a `Float` (hours, amounts in halves; missing is
  /// NaN), when the builder is `narrow`: half the memory until a query needs the column.
  private var floats: [Float] = []
  private var isNarrowDecimal: Bool
  private var flags: [UInt8] = []
  private var days: [Int32] = []
  private var codes: [UInt32] = []
  private var interner = TextInterner(mayAppend: true)
  /// The `CellClass` bits of the distinct strings of an inferred text column.
  private(set) var textClasses: UInt8 = 0
  /// What counts as a missing value besides an empty cell.
  let missing: MissingMarkers
  /// Whether the schema lists markers (kept apart, so the hot path reads a flag).
  private let listsMarkers: Bool
  /// Text values that had spaces at either end, trimmed.
  private(set) var trimmed = 0
  /// Cells read as missing because they held one of the usual markers, and which ones (bit i
  /// for `MissingMarkers.usualWords[i]`).
  private(set) var markerCount = 0
  private(set) var markersSeen: UInt8 = 0

  /// `narrow`: keep whole numbers in 32 bits while they fit; `takeNarrow()` hands them over.
  init(mode: Mode, rowHint: Int, missing: MissingMarkers = .usual, narrow: Bool = false) {
    self.mode = mode
    isNarrow = narrow
    isNarrowDecimal = narrow
    self.rowHint = rowHint
    self.missing = missing
    listsMarkers = missing.listed != nil
    switch mode {
    case .infer: state = .pending
    case .declared(let type):
      state = .pending
      materialize(type)
    case .text:
      state = .pending
      materialize(.text)
    }
  }

  /// Appends a cell; an empty cell (or one of spaces, or a missing marker) is missing.
  /// Spaces at either end are trimmed unless `trim` is false (a quoted CSV field, a JSON
  /// string: written exactly). Returns false when the value does not fit the declared type
  /// (nothing is appended then).
  @inline(__always)
  mutating func append(_ p0: UnsafePointer<UInt8>, _ n0: Int, trim: Bool = true) -> Bool {
    // The usual cell of a number column, a number that fills it, is read as it is: a padded
    // number does not parse and takes the path below, which trims it (a listed missing
    // marker may look like a number: checked first, below).
    if !listsMarkers {
      switch state {
      case .typed(.integer):
        if let v = CellParser.integer(p0, n0) {
          appendInteger(v)
          count += 1
          return true
        }
      case .typed(.decimal):
        if let v = CellParser.decimal(p0, n0), v.magnitude <= ExactNumbers.wholeLimit {
          appendDecimal(v)
          count += 1
          return true
        }
      default: break
      }
    }
    var (p, n) = (p0, n0)
    if trim, CellParser.mayBePadded(p, n) {
      (p, n) = CellParser.trimSpaces(p, n)
    }
    if n == 0 || (listsMarkers && missing.listedIndex(p, n) != nil) {
      appendMissing()
      return true
    }
    switch state {
    case .typed(.integer):
      if let v = CellParser.integer(p, n) {
        appendInteger(v)
      } else if mode == .infer, !ExactNumbers.isWhole(p, n), !ExactNumbers.anyBeyondDouble(ints),
        let d = CellParser.decimal(p, n)
      {
        // A whole number beyond `Int64`, or ids beyond 2^53 that decimals would round: text.
        widen()
        appendDecimal(d)
      } else {
        return failOrMissing(p, n)
      }
    case .typed(.decimal):
      guard let v = CellParser.decimal(p, n) else { return failOrMissing(p, n) }
      if v.magnitude > ExactNumbers.wholeLimit, mode == .infer, ExactNumbers.isWhole(p, n) {
        return fail()  // a decimal column would round this whole number: text keeps it
      }
      appendDecimal(v)
    case .typed(.date):
      guard let v = CellParser.date(p, n) else { return failOrMissing(p, n) }
      days.append(v)
    case .typed(.text):
      if n != n0 { trimmed += 1 }
      let before = interner.count
      let code = interner.intern(p, n)
      if interner.count != before && mode != .declared(.text) {
        textClasses |= CellParser.classify(p, n).rawValue
      }
      codes.append(code)
    case .typed(.boolean):
      guard let v = CellParser.boolean(p, n, declared: mode != .infer) else {
        return failOrMissing(p, n)
      }
      flags.append(v)
    case .pending:
      let kind = CellParser.classify(p, n)
      if kind == .text, !listsMarkers {
        if let marker = MissingMarkers.usualIndex(p, n) {
          noteMarker(marker)
          appendMissing()
          return true
        }
        // Markers read as missing before the column turned out to be text: it is read
        // again as text, which keeps them.
        if markerCount > 0 { return fail() }
      }
      let type: ColumnType =
        switch kind {
        case .integer: .integer
        case .decimal: .decimal
        case .boolean: .boolean
        case .date: .date
        case .text: .text
        }
      materialize(type)
      return append(p0, n0, trim: trim)
    case .broken:
      break
    }
    count += 1
    return true
  }

  /// Appends a whole number to an integer column, in 32 bits while they all fit.
  @inline(__always)
  private mutating func appendInteger(_ v: Int64) {
    if !isNarrow {
      ints.append(v)
    } else if v > Int64(Int32.min) && v <= Int64(Int32.max) {
      narrowInts.append(Int32(truncatingIfNeeded: v))
    } else {
      widenNarrow()
      ints.append(v)
    }
  }

  /// Appends a decimal, in 32 bits while every decimal so far is exactly a `Float`.
  @inline(__always)
  private mutating func appendDecimal(_ v: Double) {
    if isNarrowDecimal {
      let f = Float(v)
      if Double(f).bitPattern == v.bitPattern {
        floats.append(f)
        return
      }
      widenDecimals()
    }
    doubles.append(v)
  }

  /// A value that does not fit a number, date or boolean column: missing when it is one of
  /// the usual markers, else `fail()`.
  private mutating func failOrMissing(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    if !listsMarkers, let marker = MissingMarkers.usualIndex(p, n) {
      noteMarker(marker)
      appendMissing()
      return true
    }
    return fail()
  }

  private mutating func noteMarker(_ index: Int) {
    markerCount += 1
    markersSeen |= 1 << UInt8(index)
  }

  /// Whether the column must be read again as text: its values mix types, or it holds
  /// only missing markers (and empty cells), which a text column keeps.
  var needsTextReading: Bool {
    state == .broken || (state == .pending && markerCount > 0)
  }

  /// A builder reading the column again as text, with the same missing markers.
  func textReader(rowHint: Int) -> ColumnBuilder {
    ColumnBuilder(mode: .text, rowHint: rowHint, missing: missing)
  }

  /// The usual markers read as missing, as the load report names them.
  var markerWords: [String] {
    MissingMarkers.usualWords.indices.filter { markersSeen & (1 << UInt8($0)) != 0 }
      .map { MissingMarkers.usualWords[$0] }
  }

  /// A value that does not fit: an error for a declared column, a broken inference otherwise.
  private mutating func fail() -> Bool {
    if case .declared = mode { return false }
    state = .broken
    ints = []
    narrowInts = []
    doubles = []
    floats = []
    flags = []
    days = []
    count += 1
    return true
  }

  /// Appends a missing value.
  @inline(__always)
  mutating func appendMissing() {
    switch state {
    case .typed(.integer):
      if isNarrow { narrowInts.append(Int32.min) } else { ints.append(ColumnData.missingInteger) }
    case .typed(.decimal):
      if isNarrowDecimal { floats.append(.nan) } else { doubles.append(.nan) }
    case .typed(.boolean): flags.append(ColumnData.missingBoolean)
    case .typed(.date): days.append(ColumnData.missingDate)
    case .typed(.text): codes.append(ColumnData.missingCode)
    case .pending, .broken: break
    }
    count += 1
  }

  /// Starts the typed array, with the missing cells seen so far.
  private mutating func materialize(_ type: ColumnType) {
    let capacity = Swift.max(rowHint, count + 1)
    switch type {
    case .integer where isNarrow:
      narrowInts.reserveCapacity(capacity)
      narrowInts.append(contentsOf: repeatElement(Int32.min, count: count))
    case .integer:
      ints.reserveCapacity(capacity)
      ints.append(contentsOf: repeatElement(ColumnData.missingInteger, count: count))
    case .decimal where isNarrowDecimal:
      floats.reserveCapacity(capacity)
      floats.append(contentsOf: repeatElement(Float.nan, count: count))
    case .decimal:
      doubles.reserveCapacity(capacity)
      doubles.append(contentsOf: repeatElement(Double.nan, count: count))
    case .boolean:
      flags.reserveCapacity(capacity)
      flags.append(contentsOf: repeatElement(ColumnData.missingBoolean, count: count))
    case .date:
      days.reserveCapacity(capacity)
      days.append(contentsOf: repeatElement(ColumnData.missingDate, count: count))
    case .text:
      codes.reserveCapacity(capacity)
      codes.append(contentsOf: repeatElement(ColumnData.missingCode, count: count))
    }
    state = .typed(type)
  }

  /// Appends the cells `other` read from the rest of the same file, as if this builder had
  /// read them itself. False (nothing changed) when that would not give the same column:
  /// either is broken, or their inferred types differ other than integer and decimal.
  mutating func absorb(_ other: inout ColumnBuilder) -> Bool {
    guard mode == other.mode, state != .broken, other.state != .broken else { return false }
    // Markers read as missing in one half of a column that is text in the other.
    if markerCount + other.markerCount > 0,
      state == .typed(.text) || other.state == .typed(.text)
    {
      return false
    }
    switch (state, other.state) {
    case (.pending, .pending): break
    case (.pending, .typed(let type)): materialize(type)
    case (.typed(let type), .pending): other.materialize(type)
    case (.typed(let a), .typed(let b)) where a == b: break
    case (.typed(.integer), .typed(.decimal)) where mode == .infer:
      if ExactNumbers.anyBeyondDouble(ints) { return false }
      widen()
    case (.typed(.decimal), .typed(.integer)) where mode == .infer:
      if ExactNumbers.anyBeyondDouble(other.ints) { return false }
      other.widen()
    default: return false
    }
    if state == .typed(.integer), isNarrow != other.isNarrow {
      widenNarrow()
      other.widenNarrow()
    }
    if state == .typed(.decimal), isNarrowDecimal != other.isNarrowDecimal {
      widenDecimals()
      other.widenDecimals()
    }
    switch state {
    case .typed(.integer) where isNarrow: narrowInts.append(contentsOf: other.narrowInts)
    case .typed(.integer): ints.append(contentsOf: other.ints)
    case .typed(.decimal) where isNarrowDecimal: floats.append(contentsOf: other.floats)
    case .typed(.decimal): doubles.append(contentsOf: other.doubles)
    case .typed(.boolean): flags.append(contentsOf: other.flags)
    case .typed(.date): days.append(contentsOf: other.days)
    case .typed(.text):
      let shift = UInt32(interner.count)
      codes.reserveCapacity(codes.count + other.codes.count)
      for c in other.codes { codes.append(c == ColumnData.missingCode ? c : c + shift) }
      interner.concatenate(other.interner)
      textClasses |= other.textClasses
    default: break
    }
    count += other.count
    trimmed += other.trimmed
    markerCount += other.markerCount
    markersSeen |= other.markersSeen
    other = ColumnBuilder(mode: other.mode, rowHint: 0, missing: missing)
    return true
  }

  /// Moves the 32-bit whole numbers read so far to 64 bits, and keeps 64 bits from now on.
  private mutating func widenNarrow() {
    guard isNarrow else { return }
    isNarrow = false
    guard state == .typed(.integer) else { return }
    ints = Self.widened(narrowInts, capacity: Swift.max(rowHint, count + 1))
    narrowInts = []
  }

  /// 32-bit whole numbers (missing `Int32.min`) as the 64-bit values of an integer column.
  /// One pass over raw buffers: a query that first reads a column of ten million scores
  /// waits for this.
  static func widened(_ values: [Int32], capacity: Int = 0) -> [Int64] {
    let n = values.count
    return [Int64](unsafeUninitializedCapacity: Swift.max(capacity, n)) { out, count in
      values.withUnsafeBufferPointer { v in
        for i in 0..<n {
          let x = v[i]
          out[i] = x == Int32.min ? ColumnData.missingInteger : Int64(x)
        }
      }
      count = n
    }
  }

  /// The whole numbers of a finished integer column kept in 32 bits, moved out (the builder
  /// is done then: `finish()` is not called), or nil for any other column.
  mutating func takeNarrow() -> [Int32]? {
    guard isNarrow, state == .typed(.integer) else { return nil }
    defer { narrowInts = [] }
    return narrowInts
  }

  /// Turns the integers read so far into decimals (in 32 bits when they all fit exactly).
  private mutating func widen() {
    widenNarrow()
    let capacity = Swift.max(rowHint, count + 1)
    let missing = ColumnData.missingInteger
    if isNarrowDecimal && ints.allSatisfy({ $0 == missing || $0.magnitude <= 1 << 24 }) {
      floats.reserveCapacity(capacity)
      for v in ints { floats.append(v == missing ? .nan : Float(v)) }
    } else {
      isNarrowDecimal = false
      doubles.reserveCapacity(capacity)
      for v in ints { doubles.append(v == missing ? .nan : Double(v)) }
    }
    ints = []
    state = .typed(.decimal)
  }

  /// Moves the decimals kept in 32 bits to 64 bits, and keeps 64 bits from now on.
  private mutating func widenDecimals() {
    guard isNarrowDecimal else { return }
    isNarrowDecimal = false
    guard state == .typed(.decimal) else { return }
    doubles = Self.widened(floats, capacity: Swift.max(rowHint, count + 1))
    floats = []
  }

  /// 32-bit decimals (missing NaN) as the 64-bit values of a decimal column.
  static func widened(_ values: [Float], capacity: Int = 0) -> [Double] {
    let n = values.count
    return [Double](unsafeUninitializedCapacity: Swift.max(capacity, n)) { out, count in
      values.withUnsafeBufferPointer { v in
        for i in 0..<n { out[i] = v[i].isNaN ? .nan : Double(v[i]) }
      }
      count = n
    }
  }

  /// The decimals of a finished decimal column kept in 32 bits, moved out (the builder is
  /// done then: `finish()` is not called), or nil for any other column.
  mutating func takeNarrowDecimals() -> [Float]? {
    guard isNarrowDecimal, state == .typed(.decimal) else { return nil }
    defer { floats = [] }
    return floats
  }

  /// Whether inference made this column text (it is read again as text after a value that
  /// fits no other type).
  var isInferredText: Bool { mode == .text }

  /// Whether inference found values of more than one kind (the column is text then).
  var isMixed: Bool {
    mode != .declared(.text) && state == .typed(.text)
      && textClasses & ~CellClass.text.rawValue != 0
      && textClasses != CellClass.integer.rawValue | CellClass.decimal.rawValue
  }

  /// The finished column data, moved out of the builder. A column with only missing cells
  /// is text.
  mutating func finish() -> ColumnData {
    assert(!needsTextReading, "a broken column is read again as text before it is finished")
    if state == .pending { materialize(.text) }
    widenNarrow()
    widenDecimals()
    // The arrays move out: the builder keeps no reference that would force a copy later.
    defer {
      ints = []
      doubles = []
      floats = []
      flags = []
      days = []
      codes = []
      interner = TextInterner(capacity: 0)
    }
    switch state {
    case .typed(.integer): return .integer(ints)
    case .typed(.decimal): return .decimal(doubles)
    case .typed(.boolean): return .boolean(flags)
    case .typed(.date): return .date(days)
    default: return .text(codes: codes, dictionary: interner.dictionary())
    }
  }
}
