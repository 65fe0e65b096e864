import Lang

/// A value written in a query (or given as a parameter), typed for comparison with a column.
enum Constant {
  case number(Number)
  case text(String)
  case date(Int32)
  /// A calendar period: its bucket and bucket number.
  case period(Bucket, Int32)
  case boolean(Bool)

  /// How the value reads in a message: `number 2016`, `text 'abc'`; `数字 2016`, `文本“abc”`.
  var described: Message {
    switch self {
    case .number(let v):
      return Message(en: "number \(v.text)", zh: "数字 \(v.text)")
    case .text(let s): return Message(en: "text '\(s)'", zh: "文本“\(s)”")
    case .date(let d):
      return Message(en: "date \(CivilDate.format(d))", zh: "日期 \(CivilDate.format(d))")
    case .period(let b, let k): return Message(en: "period \(b.label(k))", zh: "时段 \(b.label(k))")
    case .boolean(let b): return Message(en: "boolean \(b)", zh: "是非值 \(b)")
    }
  }

  /// The value as text, for comparison with a text column.
  var asText: String {
    switch self {
    case .number(let v): v.text
    case .text(let s): s
    case .date(let d): CivilDate.format(d)
    case .period(let b, let k): b.label(k)
    case .boolean(let b): b ? "true" : "false"
    }
  }

  /// The first and last day of a date or period.
  var dayRange: (Int32, Int32)? {
    switch self {
    case .date(let d): return (d, d)
    case .period(let b, let k): return (b.firstDay(k), b.firstDay(k + 1) - 1)
    case .number(.integer(let v)) where (1000...9999).contains(v):
      return (Bucket.year.firstDay(Int32(v)), Bucket.year.firstDay(Int32(v) + 1) - 1)
    default: return nil
    }
  }

  /// Converts a literal, rejecting impossible dates.
  init(_ literal: Literal, span: Span) throws(Diagnostic) {
    switch literal {
    case .integer(let n): self = .number(.integer(n))
    case .decimal(let s):
      guard let v = Double(s) else { throw .error(planMessages.notANumber(s), at: span) }
      guard Number.significantDigits(s) <= 15 else {
        throw .error(
          exactNumberMessages.decimalTooLong(s), at: span,
          notes: [exactNumberMessages.decimalDigitsHint()])
      }
      self = .number(.decimal(v))
    case .string(let s), .word(let s): self = .text(s)
    case .boolean(let b): self = .boolean(b)
    case .date(let y, let m, let d):
      guard CivilDate.isValid(year: y, month: m, day: d) else {
        throw .error(
          planMessages.noSuchDate("\(y)-\(CivilDate.pad2(m))-\(CivilDate.pad2(d))"), at: span,
          notes: [planMessages.checkMonthDay()])
      }
      self = .date(CivilDate.days(year: y, month: m, day: d))
    case .period(.year(let y)): self = .period(.year, Int32(y))
    case .period(.month(let y, let m)):
      guard (1...12).contains(m) else {
        throw .error(planMessages.noSuchMonth(m, y), at: span, notes: [planMessages.monthsRun()])
      }
      self = .period(.month, Int32(y * 12 + m - 1))
    case .period(.quarter(let y, let q)):
      guard (1...4).contains(q) else {
        throw .error(
          planMessages.noSuchQuarter(q), at: span, notes: [planMessages.quartersRun()])
      }
      self = .period(.quarter, Int32(y * 4 + q - 1))
    }
  }

  /// Reads a parameter value given on the command line: a date, month, quarter, year,
  /// number, `true`/`false`, or else text.
  init(parameter text: String, span: Span) throws(Diagnostic) {
    let t = text.trimmingCharacters(in: " \t")
    let parts = t.split(separator: "-", omittingEmptySubsequences: false)
    let digits = { (s: Substring, n: Int) in s.count == n && s.allSatisfy(\.isASCIIDigitChar) }
    if parts.count == 3, digits(parts[0], 4), digits(parts[1], 2), digits(parts[2], 2) {
      try self.init(
        .date(year: Int(parts[0])!, month: Int(parts[1])!, day: Int(parts[2])!), span: span)
    } else if parts.count == 2, digits(parts[0], 4), digits(parts[1], 2) {
      try self.init(.period(.month(year: Int(parts[0])!, month: Int(parts[1])!)), span: span)
    } else if parts.count == 2, digits(parts[0], 4), parts[1].count == 2,
      parts[1].first == "Q" || parts[1].first == "q", let q = Int(parts[1].dropFirst())
    {
      try self.init(.period(.quarter(year: Int(parts[0])!, quarter: q)), span: span)
    } else if let n = Int64(t) {
      self = .number(.integer(n))
    } else if let v = Double(t), t.contains(".") {
      self = .number(.decimal(v))
    } else if t == "true" || t == "false" {
      self = .boolean(t == "true")
    } else {
      self = .text(t)
    }
  }
}

extension Character {
  var isASCIIDigitChar: Bool { isASCII && isNumber }
}

extension String {
  func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
