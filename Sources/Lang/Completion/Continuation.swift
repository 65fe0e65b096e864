/// Whether REPL input is complete or needs another line.
///
/// The REPL joins the lines with "\n" and asks again; the lexer treats a newline after an
/// unfinished statement (`where`, `and`, `=`, `,`, an open parenthesis, a trailing `\`)
/// as a space, so the joined text parses as one statement.
public enum Continuation {
  /// True for an unclosed `(` or quote, a trailing `\`, or a statement that stops right after
  /// a word that requires more (`where`, `and`, `by`, `of`, `=`, `in`, …). False for complete
  /// input and for input that is wrong before its end (so the user sees the error at once).
  public static func needsMore(_ text: String) -> Bool {
    let lexer = Lexer(text)
    let diagnostics = Parser.parse(text).diagnostics
    let tokens = lexer.tokens
    let end = tokens[tokens.count - 1].span.start
    if lexer.endsInsideString {
      // The only error must be the open string itself.
      guard tokens.count >= 2, case .invalid(let open) = tokens[tokens.count - 2].kind else {
        return false
      }
      return diagnostics == [open]
    }
    if lexer.endsWithBackslash && diagnostics.isEmpty { return true }
    return diagnostics.count == 1 && diagnostics[0].span.start >= end
  }
}
