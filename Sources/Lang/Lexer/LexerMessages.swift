/// The lexer's messages, declared next to the code that emits them.
extension Diagnostic {
  /// Full-width (Chinese input method) punctuation and the ASCII character meant.
  static let fullWidthPunctuation: [Unicode.Scalar: String] = [
    "，": ",", "、": ",", "（": "(", "）": ")", "＝": "=", "；": ";", "。": ".", "＞": ">",
    "＜": "<", "～": "~", "＄": "$", "！": "!", "＃": "#", "：": ":",
  ]

  /// `table`: the table a `*` was followed by (`* of members`), for its hint.
  static func unexpectedCharacter(
    _ scalar: Unicode.Scalar, at span: Span, table: String? = nil
  ) -> Diagnostic {
    if let ascii = fullWidthPunctuation[scalar] {
      return .error(
        "full-width '\(scalar)' is not allowed here", at: span,
        hints: ["type the ASCII '\(ascii)' instead (switch the input method to English)"])
    }
    switch scalar {
    case "“", "”", "‘", "’", "「", "」":
      return .error(
        "Chinese quotation mark '\(scalar)' cannot start or end a string", at: span,
        hints: ["write strings in ASCII quotes: \"王\" or '王'"])
    case "-":
      return .error(
        "unexpected '-'", at: span,
        hints: ["there is no arithmetic; '-' may only start a negative number such as -1"])
    case "*":
      let t = table ?? "sessions"
      return .error(
        "unexpected '*'", at: span,
        hints: ["to see every column write 'list \(t)'; to count rows write 'count \(t)'"])
    default:
      // Invisible characters (spaces, controls, zero-width marks) are named by code point.
      let invisible =
        scalar.properties.isWhitespace
        || [.control, .format, .unassigned].contains(scalar.properties.generalCategory)
      guard invisible else { return .error("unexpected character '\(scalar)'", at: span) }
      let hex = String(scalar.value, radix: 16, uppercase: true)
      let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      return .error("unexpected character \(code)", at: span)
    }
  }

  static func doubleEquals(at span: Span) -> Diagnostic {
    .error("'==' is not an operator", at: span, hints: ["use a single '=' to compare"])
  }

  static func lonelyBang(at span: Span) -> Diagnostic {
    .error("unexpected '!'", at: span, hints: ["write '!=' for 'not equal', or use 'not'"])
  }

  static func strayBackslash(at span: Span) -> Diagnostic {
    .error(
      "unexpected '\\'", at: span,
      hints: ["a backslash continues a statement on the next line, so it must end the line"])
  }

  static func expectedParameterName(at span: Span) -> Diagnostic {
    .error("expected a parameter name after '$'", at: span, hints: ["for example: $month"])
  }

  static func invalidQuarter(at span: Span) -> Diagnostic {
    .error("invalid quarter", at: span, hints: ["quarters go from Q1 to Q4, as in 2016-Q4"])
  }

  static func invalidMonth(at span: Span) -> Diagnostic {
    .error("invalid month", at: span, hints: ["months go from 01 to 12, as in 2016-11"])
  }

  static func invalidDay(at span: Span, year: Int, month: Int) -> Diagnostic {
    let days = Lexer.daysIn(year: year, month: month)
    return .error(
      "invalid date", at: span, hints: ["that month has \(days) days"])
  }

  static func numberTooLarge(at span: Span) -> Diagnostic {
    .error("number too large", at: span, hints: ["whole numbers go up to 9223372036854775807"])
  }

  static func malformedNumber(_ text: String, at span: Span) -> Diagnostic {
    .error(
      "'\(text)' is not a number, date or name", at: span,
      hints: [
        "names cannot start with a digit; dates look like 2016-11-24, months 2016-11, quarters 2016-Q4"
      ])
  }

  static func unknownEscape(at span: Span) -> Diagnostic {
    .error(
      "unknown escape in string", at: span,
      hints: ["inside quotes write \\\" \\' \\\\ or \\n; a plain backslash is \\\\"])
  }

  static func unterminatedString(at span: Span, quote: Unicode.Scalar) -> Diagnostic {
    .error("unterminated string", at: span, hints: ["close it with a matching \(quote)"])
  }
}
