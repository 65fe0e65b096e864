/// A readable unified-style line diff between an expected and an actual text.
public enum LineDiff {
  /// One line of an edit script.
  enum Edit: Equatable {
    case same(String)
    case removed(String)
    case added(String)
  }

  /// The unified diff of two texts, or nil when they are equal.
  ///
  /// `expectedLabel` and `actualLabel` head the diff (`--- …`, `+++ …`); `firstLine` is the
  /// file line of the expected text's first line, so hunk headers point into the file.
  public static func unified(
    expected: String, actual: String, expectedLabel: String, actualLabel: String,
    firstLine: Int = 1, context: Int = 3
  ) -> String? {
    if expected == actual { return nil }
    let old = lines(expected)
    let new = lines(actual)
    var out = "--- \(expectedLabel)\n+++ \(actualLabel)\n"
    if old == new {
      out += "(the texts differ only in the final newline)\n"
      return out
    }
    let script = edits(old, new)
    for hunk in hunks(script, context: context) {
      out += "@@ expected line \(firstLine + hunk.oldStart) (\(hunk.oldCount) lines), "
      out += "actual line \(hunk.newStart + 1) (\(hunk.newCount) lines) @@\n"
      for edit in script[hunk.range] {
        switch edit {
        case .same(let line): out += "  " + visible(line) + "\n"
        case .removed(let line): out += "- " + visible(line) + "\n"
        case .added(let line): out += "+ " + visible(line) + "\n"
        }
      }
    }
    return out
  }

  /// Lines without their terminators; a final newline does not start an empty line.
  public static func lines(_ text: String) -> [String] {
    var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if parts.last == "" { parts.removeLast() }
    return parts
  }

  /// A shortest edit script: common prefix and suffix first, then LCS on what is left.
  static func edits(_ old: [String], _ new: [String]) -> [Edit] {
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    let a = Array(old[prefix..<(old.count - suffix)])
    let b = Array(new[prefix..<(new.count - suffix)])
    var script = old[..<prefix].map { Edit.same($0) }
    script += middle(a, b)
    script += old[(old.count - suffix)...].map { Edit.same($0) }
    return script
  }

  /// LCS edit script of two line arrays; falls back to remove-all/add-all when too large.
  private static func middle(_ a: [String], _ b: [String]) -> [Edit] {
    let n = a.count
    let m = b.count
    if n == 0 || m == 0 || n * m > 4_000_000 {
      return a.map { .removed($0) } + b.map { .added($0) }
    }
    // lcs[i][j] = length of the LCS of a[i...] and b[j...], flattened.
    var lcs = [Int32](repeating: 0, count: (n + 1) * (m + 1))
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        lcs[i * (m + 1) + j] =
          a[i] == b[j]
          ? lcs[(i + 1) * (m + 1) + j + 1] + 1
          : max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1])
      }
    }
    var script: [Edit] = []
    var i = 0
    var j = 0
    while i < n || j < m {
      if i < n, j < m, a[i] == b[j] {
        script.append(.same(a[i]))
        i += 1
        j += 1
      } else if i < n, j == m || lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1] {
        script.append(.removed(a[i]))
        i += 1
      } else {
        script.append(.added(b[j]))
        j += 1
      }
    }
    return script
  }

  /// A group of changes with their surrounding context lines.
  struct Hunk {
    var range: Range<Int>
    var oldStart: Int
    var oldCount: Int
    var newStart: Int
    var newCount: Int
  }

  /// Groups the changed edits with `context` unchanged lines around them.
  static func hunks(_ script: [Edit], context: Int) -> [Hunk] {
    let changed = script.indices.filter { script[$0] != .same(lineOf(script[$0])) }
    var ranges: [Range<Int>] = []
    for index in changed {
      let lower = max(0, index - context)
      let upper = min(script.count, index + context + 1)
      if let last = ranges.last, lower <= last.upperBound {
        ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, upper)
      } else {
        ranges.append(lower..<upper)
      }
    }
    return ranges.map { range in
      var oldStart = 0
      var newStart = 0
      for edit in script[..<range.lowerBound] {
        if case .added = edit {} else { oldStart += 1 }
        if case .removed = edit {} else { newStart += 1 }
      }
      var oldCount = 0
      var newCount = 0
      for edit in script[range] {
        if case .added = edit {} else { oldCount += 1 }
        if case .removed = edit {} else { newCount += 1 }
      }
      return Hunk(
        range: range, oldStart: oldStart, oldCount: oldCount, newStart: newStart,
        newCount: newCount)
    }
  }

  private static func lineOf(_ edit: Edit) -> String {
    switch edit {
    case .same(let line), .removed(let line), .added(let line): return line
    }
  }

  /// Makes trailing spaces and tabs visible, since they are the usual invisible mismatch.
  private static func visible(_ line: String) -> String {
    var text = line.replacingOccurrences(of: "\t", with: "→")
    var trailing = 0
    while text.hasSuffix(" ") {
      text.removeLast()
      trailing += 1
    }
    return trailing == 0 ? text : text + String(repeating: "·", count: trailing)
  }
}
