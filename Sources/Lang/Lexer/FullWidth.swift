/// Input-method punctuation: what a Chinese input method types when the user forgets to
/// switch to English. Outside string literals the lexer reads each of these as its ASCII
/// twin; inside a string it stays as written. Spans still count the bytes as written, so a
/// caret under `＝` is two columns wide and sits where the user typed it.
///
/// `“…”` and `‘…’` are string quotes of their own (see `Lexer.closingQuote`), and `。` is
/// not folded: it ends a sentence, and a `.` there would only make a worse error.
public enum FullWidth {
  /// The ASCII twin of a full-width (or input-method) character, or nil.
  public static func asciiTwin(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar.value {
    case 0..<0x80: return nil  // ASCII, most of any text: no lookup
    case 0xFF10...0xFF19:  // ０ … ９
      return Unicode.Scalar(scalar.value - 0xFF10 + 0x30)
    case 0x3000: return " "  // ideographic space
    default: return punctuation[scalar]
    }
  }

  static let punctuation: [Unicode.Scalar: Unicode.Scalar] = [
    "＝": "=", "！": "!", "＜": "<", "＞": ">", "（": "(", "）": ")", "，": ",", "、": ",",
    "；": ";", "：": ":", "．": ".", "－": "-", "～": "~", "＄": "$", "￥": "$", "＃": "#",
    "＂": "\"", "＇": "'", "＋": "+", "＊": "*", "／": "/", "×": "*", "÷": "/",
  ]
}
