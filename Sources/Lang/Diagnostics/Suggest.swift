/// "Did you mean …?" suggestions, shared by the parser (keywords) and the engine
/// (tables, columns, values).
public enum Suggest {
  /// The candidate closest to `word` by Damerau-Levenshtein distance (case-insensitive),
  /// if it is close enough to be a likely typo; ties go to the earlier candidate.
  public static func closest(to word: String, among candidates: [String]) -> String? {
    let target = Array(word.lowercased())
    guard !target.isEmpty else { return nil }
    let limit = threshold(forLength: target.count)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let other = Array(candidate.lowercased())
      guard abs(other.count - target.count) <= limit else { continue }
      let found = distance(target, other)
      if found <= limit, found < (best?.distance ?? Int.max) {
        best = (candidate, found)
      }
    }
    return best?.candidate
  }

  /// The largest distance still taken as a typo for a word of `length` characters.
  public static func threshold(forLength length: Int) -> Int {
    switch length {
    case ...2: return 0
    case ...4: return 1
    case ...8: return 2
    default: return 3
    }
  }

  /// Optimal-string-alignment Damerau-Levenshtein distance: insertions, deletions,
  /// substitutions and swaps of adjacent characters each cost 1.
  public static func distance(_ left: String, _ right: String) -> Int {
    distance(Array(left), Array(right))
  }

  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let width = b.count + 1
    var previous2 = [Int](repeating: 0, count: width)
    var previous = Array(0...b.count)
    var row = [Int](repeating: 0, count: width)
    for i in 1...a.count {
      row[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = Swift.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = Swift.min(value, previous2[j - 2] + 1)
        }
        row[j] = value
      }
      swap(&previous2, &previous)
      swap(&previous, &row)
    }
    return previous[b.count]
  }
}
