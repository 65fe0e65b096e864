/// What one read at the prompt produced.
enum LineInput: Equatable {
  /// A line the user entered, without its newline.
  case line(String)
  /// Ctrl-C at the prompt: drop what was typed and prompt again.
  case interrupted
  /// Ctrl-D on an empty line, or the end of the input: leave.
  case endOfFile
}

/// Reads lines for the REPL: with libedit on a terminal, plainly otherwise.
protocol LineReader: AnyObject {
  /// Shows `prompt` and reads one line.
  func readLine(prompt: String) -> LineInput
  /// Records a finished entry (a whole statement, even one typed over several lines).
  func addHistory(_ entry: String)
}

#if canImport(Glibc)
  import Glibc
#endif
