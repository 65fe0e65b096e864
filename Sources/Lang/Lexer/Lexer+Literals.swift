extension Lexer {
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar >= "0" && scalar <= "9"
  }

  /// Whether a name may start with `scalar` (a letter, including Chinese, or `_`).
  public static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    // ASCII first, without looking up the character's properties.
    if scalar.isASCII {
      let v = scalar.value | 0x20
      return (v >= 0x61 && v <= 0x7A) || scalar == "_"
    }
    return scalar.properties.isAlphabetic
  }

  /// Whether a name may go on with `scalar` (also digits and combining marks).
  public static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
    if isIdentifierStart(scalar) || isDigit(scalar) { return true }
    if scalar.isASCII { return false }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .decimalNumber: return true
    default: return false
    }
  }

  /// Whether `text` can be written as a bare name (not a keyword in either form, not
  /// starting with a digit).
  public static func isPlainName(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, isIdentifierStart(first) else { return false }
    guard text.unicodeScalars.allSatisfy(isIdentifierContinue) else { return false }
    return Keyword(word: text) == nil && ChineseKeywords.keywords(for: text) == nil
  }

  // MARK: - Numbers, dates, periods

  /// Reads digits at the current position; returns their count and value text.
  private mutating func digits() -> String {
    let start = position
    while let current = scalar(at: position), Self.isDigit(current) { position += 1 }
    return foldedText(from: start, to: position)
  }

  private func isDigit(at index: Int) -> Bool {
    scalar(at: index).map(Self.isDigit) ?? false
  }

  mutating func lexNumber() {
    let start = position
    let negative = scalar(at: position) == "-"
    if negative { position += 1 }
    let whole = digits()
    let dash = !negative && whole.count == 4 && scalar(at: position) == "-"
    if dash, isDigit(at: position + 1) {
      lexDate(start: start, year: Int(whole)!)
    } else if !negative, whole.count == 4, let separator = dateSeparator() {
      lexDate(start: start, year: Int(whole)!, separator: separator)
    } else if dash, scalar(at: position + 1) == "Q" || scalar(at: position + 1) == "q",
      isDigit(at: position + 2)
    {
      position += 2
      // More digits than an Int holds is simply not a quarter (0 fails the range check).
      let quarter = Int(digits()) ?? 0
      finishNumber(start: start) { span in
        (1...4).contains(quarter)
          ? .quarter(year: Int(whole)!, quarter: quarter)
          : .invalid(.invalidQuarter(at: span))
      }
    } else if scalar(at: position) == ".", isDigit(at: position + 1) {
      position += 1
      _ = digits()
      let written = foldedText(from: start, to: position)
      finishNumber(start: start) { _ in .decimal(written) }
    } else {
      let written = foldedText(from: start, to: position)
      finishNumber(start: start) { span in
        Int64(written).map { .integer($0) } ?? .invalid(.numberTooLarge(written, at: span))
      }
    }
  }

  /// The separator of a date written as the loader reads it, `2016/11/24`, `2016.11.24` or
  /// `2016年11月24日`, when one starts at the current position (after a 4-digit year): `/`
  /// and `.` only with a day (`2016/11` is a division, `2016.11` a decimal), 年 with a month.
  private func dateSeparator() -> Unicode.Scalar? {
    guard let sep = scalar(at: position) else { return nil }
    if sep == "年" { return isDigit(at: position + 1) ? sep : nil }
    guard sep == "/" || sep == ".", isDigit(at: position + 1) else { return nil }
    var at = position + 1
    while isDigit(at: at) { at += 1 }
    return scalar(at: at) == sep && isDigit(at: at + 1) ? sep : nil
  }

  /// `2016/11/24`, `2016.11.24`, `2016年11月24日` (also `2016年11月`, a month): read as the
  /// ISO forms are.
  private mutating func lexDate(start: Int, year: Int, separator: Unicode.Scalar) {
    position += 1
    let monthText = digits()
    let month = Int(monthText.prefix(4)) ?? 0
    var hasDay = false
    var dayText = ""
    if separator == "年" {
      if scalar(at: position) == "月" { position += 1 }  // else: malformed, as `2016年11`
      if isDigit(at: position) {
        dayText = digits()
        hasDay = true
        if scalar(at: position) == "日" || scalar(at: position) == "号" { position += 1 }
      }
    } else {
      position += 1
      dayText = digits()
      hasDay = true
    }
    let day = Int(dayText.prefix(4)) ?? 0
    let closed =
      separator != "年" || scalar(at: position - 1) == "日" || scalar(at: position - 1) == "号"
      || (!hasDay && scalar(at: position - 1) == "月")
    let written = text(from: start, to: position)
    finishNumber(start: start) { span in
      guard closed else { return .invalid(.malformedNumber(written, at: span)) }
      guard monthText.count <= 2, (1...12).contains(month) else {
        return .invalid(.invalidMonth(at: span))
      }
      guard hasDay else { return .month(year: year, month: month) }
      guard dayText.count <= 2, (1...Self.daysIn(year: year, month: month)).contains(day) else {
        return .invalid(.invalidDay(at: span, year: year, month: month))
      }
      return .date(year: year, month: month, day: day)
    }
  }

  private mutating func lexDate(start: Int, year: Int) {
    position += 1
    let monthText = digits()
    let month = Int(monthText.prefix(4)) ?? 0
    if scalar(at: position) == "-", isDigit(at: position + 1) {
      position += 1
      let dayText = digits()
      let day = Int(dayText.prefix(4)) ?? 0
      finishNumber(start: start) { span in
        guard monthText.count <= 2, (1...12).contains(month) else {
          return .invalid(.invalidMonth(at: span))
        }
        guard dayText.count <= 2, (1...Self.daysIn(year: year, month: month)).contains(day) else {
          return .invalid(.invalidDay(at: span, year: year, month: month))
        }
        return .date(year: year, month: month, day: day)
      }
    } else {
      finishNumber(start: start) { span in
        monthText.count <= 2 && (1...12).contains(month)
          ? .month(year: year, month: month) : .invalid(.invalidMonth(at: span))
      }
    }
  }

  /// Ends a number: letters glued to it make the whole word invalid (`12abc`).
  private mutating func finishNumber(start: Int, _ make: (Span) -> Token.Kind) {
    if let current = scalar(at: position), Self.isIdentifierContinue(current) || current == "." {
      while let current = scalar(at: position),
        Self.isIdentifierContinue(current) || current == "." || current == "-"
      {
        position += 1
      }
      let span = span(from: start)
      tokens.append(
        Token(
          .invalid(.malformedNumber(text(from: start, to: position), at: span)),
          span: span))
      return
    }
    let span = span(from: start)
    tokens.append(Token(make(span), span: span))
  }

  static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2:
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // MARK: - Strings

  /// Whether `scalar` opens or closes a string (after folding: `＂` is `"`).
  static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
    ["\"", "'", "“", "”", "‘", "’"].contains(scalar)
  }

  /// The quote that closes a string opened with `quote`: `“王”` and `‘王’` are strings as a
  /// Chinese writer types them; `"` and `'` (and their full-width forms) close themselves.
  static func closingQuote(for quote: Unicode.Scalar) -> Unicode.Scalar {
    switch quote {
    case "“": return "”"
    case "‘": return "’"
    default: return quote
    }
  }

  /// A string opened by `quote` as written; its contents are kept exactly as written.
  mutating func lexString(quote: Unicode.Scalar) {
    let start = position
    let closing = Self.closingQuote(for: quote)
    position += 1
    var value = String.UnicodeScalarView()
    var badEscape: Span?
    while position < raw.count {
      let current = raw[position]
      if current == closing {
        position += 1
        let span = span(from: start)
        let kind: Token.Kind =
          badEscape.map { .invalid(.unknownEscape(at: $0)) } ?? .string(String(value))
        tokens.append(Token(kind, span: span))
        return
      }
      if current == "\\", position + 1 < raw.count {
        let escaped = raw[position + 1]
        switch escaped {
        case "\"", "'", "\\", "”", "’": value.append(escaped)
        case "n": value.append("\n")
        case "t": value.append("\t")
        default:
          if badEscape == nil { badEscape = Span(offsets[position], offsets[position + 2]) }
        }
        position += 2
      } else {
        value.append(current)
        position += 1
      }
    }
    endsInsideString = true
    let quoteSpan = Span(offsets[start], offsets[start + 1])
    tokens.append(
      Token(
        .invalid(.unterminatedString(at: quoteSpan, quote: closing)),
        span: span(from: start)))
  }
}
