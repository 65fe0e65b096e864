import Lang

/// An operand of arithmetic: the same number for every row, or a value per row.
private enum Operand {
  case scalar(Double)
  case column(Vector)
}

extension Executor {
  /// `a op b` for every row of `table`, in one typed loop per operator over raw buffers (no
  /// allocation per row). An empty operand, or a division by zero, gives an empty value.
  func arithmetic(_ op: ArithmeticOp, _ a: RowExpr, _ b: RowExpr, type: ColumnType, table: Int)
    throws(Diagnostic) -> Vector
  {
    let integer = type == .integer
    if integer, op != .divide {
      return try wholeArithmetic(op, try vector(a, table: table), try vector(b, table: table))
    }
    let x = try operand(a, table: table)
    let y = try operand(b, table: table)
    switch (x, y) {
    case (.scalar(let p), .scalar(let q)):
      let n = store.tables[table].rowCount
      let r = apply(op, p, q)
      return integer
        ? .integer([Int64](repeating: r.isNaN ? ColumnData.missingInteger : Int64(r), count: n))
        : .decimal([Double](repeating: r, count: n))
    case (.column(let v), .scalar(let q)):
      return columnWithScalar(v, q, scalarLeft: false, op, integer)
    case (.scalar(let p), .column(let v)):
      return columnWithScalar(v, p, scalarLeft: true, op, integer)
    case (.column(let v), .column(let w)):
      return combine(doubles(v), doubles(w), op, integer)
    }
  }

  private func operand(_ e: RowExpr, table: Int) throws(Diagnostic) -> Operand {
    if case .number(let v) = e { return .scalar(v.double) }
    return .column(try vector(e, table: table))
  }
}

extension Executor {
  /// `a op b` on whole numbers, as whole numbers: `idcard + 0` keeps all 18 digits. An answer
  /// beyond `Int64` is an error, not a rounded number.
  fileprivate func wholeArithmetic(_ op: ArithmeticOp, _ x: Vector, _ y: Vector)
    throws(Diagnostic) -> Vector
  {
    let l = wholes(x)
    let r = wholes(y)
    guard l.count == r.count else { return .integer([]) }
    let missing = ColumnData.missingInteger
    var overflow = false
    let out = [Int64](unsafeUninitializedCapacity: l.count) { out, initialized in
      l.withUnsafeBufferPointer { l in
        r.withUnsafeBufferPointer { r in
          for i in 0..<l.count {
            let (p, q) = (l[i], r[i])
            var v = missing
            if p != missing && q != missing {
              let (w, o) =
                switch op {
                case .add: p.addingReportingOverflow(q)
                case .subtract: p.subtractingReportingOverflow(q)
                default: p.multipliedReportingOverflow(by: q)
                }
              overflow = overflow || o || w == missing
              v = w
            }
            out.initializeElement(at: i, to: v)
          }
        }
      }
      initialized = l.count
    }
    if overflow { throw .error(exactNumberMessages.arithmeticTooLarge(), at: span) }
    return .integer(out)
  }
}

/// The values of a whole-number vector (integers, day numbers, booleans) as `Int64`, the
/// empty sentinel where missing.
private func wholes(_ v: Vector) -> [Int64] {
  switch v {
  case .integer(let a): a
  case .date(let a): a.map { $0 == ColumnData.missingDate ? ColumnData.missingInteger : Int64($0) }
  case .boolean(let a):
    a.map { $0 == ColumnData.missingBoolean ? ColumnData.missingInteger : Int64($0) }
  case .decimal, .text, .rows: []
  }
}

/// The values of a numeric vector as doubles (NaN when empty); a decimal vector as it is.
private func doubles(_ v: Vector) -> [Double] {
  switch v {
  case .decimal(let a): a
  case .integer(let a): converted(a)
  case .date(let a): converted(a)
  case .boolean(let a): converted(a)
  case .text, .rows: []
  }
}

/// A column with a number on one side, read as stored (specialized per cell type).
private func columnWithScalar(
  _ v: Vector, _ scalar: Double, scalarLeft: Bool, _ op: ArithmeticOp, _ integer: Bool
) -> Vector {
  switch v {
  case .decimal(let a): combine(a, scalar, scalarLeft: scalarLeft, op, integer)
  case .integer(let a): combine(a, scalar, scalarLeft: scalarLeft, op, integer)
  case .date(let a): combine(a, scalar, scalarLeft: scalarLeft, op, integer)
  case .boolean(let a): combine(a, scalar, scalarLeft: scalarLeft, op, integer)
  case .text, .rows: .decimal([])
  }
}

private func converted<T: NumberCell>(_ a: [T]) -> [Double] {
  [Double](unsafeUninitializedCapacity: a.count) { out, initialized in
    a.withUnsafeBufferPointer { cells in
      for i in 0..<cells.count { out.initializeElement(at: i, to: T.number(cells[i])) }
    }
    initialized = a.count
  }
}

@inline(__always)
private func apply(_ op: ArithmeticOp, _ x: Double, _ y: Double) -> Double {
  switch op {
  case .add: x + y
  case .subtract: x - y
  case .multiply: x * y
  case .divide: y == 0 ? .nan : x / y
  }
}

/// A column with a number on one side.
private func combine<T: NumberCell>(
  _ cells: [T], _ scalar: Double, scalarLeft: Bool, _ op: ArithmeticOp, _ integer: Bool
) -> Vector {
  cells.withUnsafeBufferPointer { c in
    produce(c.count, integer) { i in
      scalarLeft ? apply(op, scalar, T.number(c[i])) : apply(op, T.number(c[i]), scalar)
    }
  }
}

/// Two columns.
private func combine(_ left: [Double], _ right: [Double], _ op: ArithmeticOp, _ integer: Bool)
  -> Vector
{
  left.withUnsafeBufferPointer { l in
    right.withUnsafeBufferPointer { r in
      produce(l.count, integer) { i in apply(op, l[i], r[i]) }
    }
  }
}

/// The answer vector: whole numbers (NaN becomes the empty sentinel) or decimals.
@inline(__always)
private func produce(_ n: Int, _ integer: Bool, _ value: (Int) -> Double) -> Vector {
  if integer {
    return .integer(
      [Int64](unsafeUninitializedCapacity: n) { out, initialized in
        for i in 0..<n {
          let x = value(i)
          out.initializeElement(at: i, to: x.isNaN ? ColumnData.missingInteger : Int64(x))
        }
        initialized = n
      })
  }
  return .decimal(
    [Double](unsafeUninitializedCapacity: n) { out, initialized in
      for i in 0..<n { out.initializeElement(at: i, to: value(i)) }
      initialized = n
    })
}
