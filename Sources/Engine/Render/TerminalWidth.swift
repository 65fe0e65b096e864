// Display width for the renderers, in one file: it delegates to Lang's `displayWidth`, so
// diagnostics carets and answer tables measure text the same way.

import Lang

/// Columns a string takes in a terminal: wide and fullwidth characters (Chinese, fullwidth
/// punctuation, most emoji) take 2, combining marks and zero-width characters 0, everything else
/// (including ambiguous ones such as `…` and `█`) 1. Callers remove tabs and controls first.
func terminalWidth(of text: some StringProtocol) -> Int {
  displayWidth(text)
}

/// Columns one character (grapheme cluster) takes: the sum over its scalars.
func terminalWidth(of character: Character) -> Int {
  var width = 0
  for scalar in character.unicodeScalars {
    width += displayWidth(of: scalar)
  }
  return width
}
