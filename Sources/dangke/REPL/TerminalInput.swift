import CLibEdit
import Glibc
import Lang
import Synchronization

/// How the line editor meets the terminal, around libedit's readline-compatible API:
/// - where it draws: the terminal, also when stdout is piped (`dangke | tee session.log`);
/// - how it reads keys: one Unicode character at a time from stdin, so that a resize of the
///   terminal (SIGWINCH) can redraw the line at the new width (libedit's own reader only
///   learns the new width and redraws at the next key, with the top row of a wrapped line
///   lost);
/// - which terminal capabilities it may use: not the terminal's insert and delete character,
///   whose redraw path in libedit counts a wide (Chinese) character as one column, leaving
///   the cursor one column to the right after Backspace, Delete, Ctrl-W or typing before
///   Chinese text. Without them libedit rewrites the rest of the line, counting right.
enum TerminalInput {
  /// The stream libedit draws to: stdout when it is a terminal, else stderr when that is
  /// one, else /dev/tty. Nil: no terminal to draw on (then no line editing).
  static func outputStream() -> UnsafeMutablePointer<FILE>? {
    if isatty(STDOUT_FILENO) == 1 { return dangke_stdout() }
    if isatty(STDERR_FILENO) == 1 { return fdopen(dup(STDERR_FILENO), "w") }
    return fopen("/dev/tty", "w")
  }

  /// Whether the prompt can edit lines: stdin is a terminal and there is one to draw on.
  static var canEdit: Bool {
    guard isatty(STDIN_FILENO) == 1 else { return false }
    if isatty(STDOUT_FILENO) == 1 || isatty(STDERR_FILENO) == 1 { return true }
    let fd = open("/dev/tty", O_WRONLY | O_CLOEXEC)
    if fd >= 0 { close(fd) }
    return fd >= 0
  }

  /// The key code our reader hands libedit after a resize: bound to `redrawAfterResize`.
  /// (Ctrl-^, unbound in libedit's emacs map; typed by hand it redraws the line too.)
  static let resizeKey: Int32 = 0x1E

  /// Called before rl_initialize: the output stream and the key reader.
  static func prepare(output: UnsafeMutablePointer<FILE>) {
    dangke_rl_set_outstream(output)
    dangke_rl_set_getc(readCharacter)
  }

  /// Called after rl_initialize: the bindings and capabilities described above.
  static func configure() {
    for capability in ["dc", "DC", "ic", "IC", "im", "ei"] {
      _ = rl_parse_and_bind("settc \(capability) \"\"")
    }
    _ = rl_add_defun("dangke-redraw", redrawAfterResize, resizeKey)
    dangke_rl_set_pre_input_hook(bindKeys)
  }

  /// With stdout piped (`dangke | tee log`), waits until the reader took what was written (up
  /// to 300 ms), so the answer is on the terminal before the next prompt is drawn under it.
  static func waitForPipedOutput() {
    guard isatty(STDOUT_FILENO) != 1 else { return }
    var waited = 0
    var unread: Int32 = 0
    while ioctl(STDOUT_FILENO, UInt(FIONREAD), &unread) == 0, unread > 0, waited < 300 {
      usleep(5_000)
      waited += 5
    }
    if waited > 0 || unread == 0 { usleep(20_000) }  // and for it to reach the terminal
  }

  /// Writes `text` where libedit draws.
  static func write(_ text: String) { dangke_rl_write(text) }
}

/// Run by libedit at the start of each line, after it bound the terminal's kill character
/// (Ctrl-U) to its kill-line: Ctrl-U deletes from the start of the line to the cursor, as in
/// readline (sqlite3, bash) and DuckDB's shell.
private func bindKeys() -> Int32 {
  _ = rl_parse_and_bind("bind ^U vi-kill-line-prev")
  return 0
}

/// Set by the SIGWINCH handler, taken by the key reader.
private let resized = Atomic<Bool>(false)

private func handleResize(_: Int32) {
  resized.store(true, ordering: .releasing)
}

/// Installs the SIGWINCH handler (without SA_RESTART, so the key reader wakes up) for the
/// handler's lifetime.
final class ResizeHandler {
  private var previous = sigaction()

  init() { _ = dangke_install_handler(SIGWINCH, handleResize, &previous) }

  deinit { _ = dangke_restore_handler(SIGWINCH, &previous) }
}

/// libedit's key reader (`rl_getc_function`): one UTF-8 character from stdin as a Unicode
/// scalar; -1 ends the line (Ctrl-C, or the end of input). After a resize it returns
/// `resizeKey` first.
private func readCharacter(_: UnsafeMutablePointer<FILE>?) -> Int32 {
  var bytes: [UInt8] = []
  var needed = 1
  while bytes.count < needed {
    if bytes.isEmpty, resized.exchange(false, ordering: .acquiringAndReleasing) {
      return TerminalInput.resizeKey
    }
    var byte: UInt8 = 0
    let n = read(STDIN_FILENO, &byte, 1)
    if n == 1 {
      if bytes.isEmpty {
        needed =
          byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
      } else if byte & 0xC0 != 0x80 {
        return 0xFFFD  // a broken sequence: one replacement character
      }
      bytes.append(byte)
    } else if n < 0, errno == EINTR {
      if Interrupts.shared.isPending { return -1 }
    } else {
      return -1
    }
  }
  guard let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first else {
    return 0xFFFD
  }
  return Int32(bitPattern: scalar.value)
}

/// Bound to `resizeKey`: tells libedit the new size, then moves to the start of the line as
/// the terminal now wraps it (terminals rewrap the rows of a long line on resize), clears
/// to the end of the screen and has libedit draw the prompt and line again.
private func redrawAfterResize(_: Int32, _: Int32) -> Int32 {
  rl_resize_terminal()
  let width = Int(dangke_rl_screen_width())
  let line = dangke_rl_line_buffer().map { String(cString: $0) } ?? ""
  let point = Int(dangke_rl_point())
  let beforeCursor = String(decoding: Array(line.utf8).prefix(point), as: UTF8.self)
  let rows = rowsAbove(EditLineReader.currentPrompt + beforeCursor, width: width)
  TerminalInput.write("\r" + (rows > 0 ? "\u{1B}[\(rows)A" : "") + "\u{1B}[J")
  rl_forced_update_display()
  // libedit's wrapper puts its cursor at rl_point counted in characters, not bytes.
  dangke_rl_set_point(Int32(beforeCursor.unicodeScalars.count))
  return 0
}

/// How many rows below the start of `text` its end is on a terminal `width` columns wide
/// (a wide character that does not fit at the end of a row goes to the next).
func rowsAbove(_ text: String, width: Int) -> Int {
  guard width > 0 else { return 0 }
  var row = 0
  var column = 0
  for scalar in text.unicodeScalars {
    let w = displayWidth(of: scalar)
    if column + w > width {
      row += 1
      column = 0
    }
    column += w
  }
  return column >= width ? row + 1 : row
}
