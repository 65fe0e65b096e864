import Lang

/// Personal data a column may hold, guessed when the schema does not say: phone numbers,
/// ID-card numbers (身份证号) and bank-card numbers. A guessed column is sensitive (masked in
/// answers unless `--reveal`); the load report says which and why, and `"sensitive": false`
/// in the schema says otherwise.
public enum PersonalData: String, Sendable, CaseIterable {
  case phone
  case idCard
  case bankCard

  /// Why a column was taken for personal data: its name, or its values.
  public enum Evidence: String, Sendable {
    case name
    case values
  }

  /// What the guess found about one column.
  public struct Guess: Sendable, Hashable {
    public var kind: PersonalData
    public var evidence: Evidence
  }

  // MARK: - Names

  /// Chinese words of a name, by kind.
  private static let chineseWords: [(PersonalData, [String])] = [
    (.idCard, ["身份证", "证件号"]),
    (.bankCard, ["银行卡", "卡号", "银行账号"]),
    (.phone, ["手机", "电话", "联系方式"]),
  ]

  /// Whole ASCII words of a name (split at `_`, `-`, spaces, dots and case changes), by kind.
  private static let asciiWords: [(PersonalData, Set<String>)] = [
    (.idCard, ["idcard", "idno", "sfz", "sfzh", "identity", "passport"]),
    (.bankCard, ["card", "cardno", "bankcard", "iban"]),
    (.phone, ["phone", "mobile", "tel", "telephone", "cellphone", "cell", "mobilephone"]),
  ]

  /// The kind of personal data a column name speaks of (`手机号码`, `phone`, `id_card`,
  /// `bankCardNo`), or nil.
  public static func kind(ofName name: String) -> PersonalData? {
    for (kind, words) in chineseWords where words.contains(where: name.contains) {
      return kind
    }
    let words = asciiWordsOf(name)
    // `id_card`, `id-no`, `ID number`: two words that name an ID card together.
    for (a, b) in zip(words, words.dropFirst()) where a == "id" {
      if ["card", "no", "number"].contains(b) { return .idCard }
    }
    for (kind, set) in asciiWords where words.contains(where: set.contains) { return kind }
    return nil
  }

  private static func asciiWordsOf(_ name: String) -> [String] {
    var words: [String] = []
    var current = ""
    var previousLower = false
    for c in name {
      if c.isASCII, c.isLetter || c.isNumber {
        if c.isUppercase, previousLower, !current.isEmpty {
          words.append(current.lowercased())
          current = ""
        }
        current.append(c)
        previousLower = c.isLowercase
      } else {
        if !current.isEmpty { words.append(current.lowercased()) }
        current = ""
        previousLower = false
      }
    }
    if !current.isEmpty { words.append(current.lowercased()) }
    return words
  }

  // MARK: - Values

  /// The kind of personal data one value looks like, or nil: an 11-digit mobile number
  /// (`13812345678`, also `138-1234-5678` and with `+86`), a landline with its area code
  /// (`021-64871234`); an 18-character ID-card number whose check character is right, or the
  /// 15-digit old form with a real birth date; a 16-19 digit bank-card number passing the
  /// Luhn check.
  public static func kind(ofValue value: String) -> PersonalData? {
    let text = value.trimmingSpaces
    guard !text.isEmpty, text.count <= 24 else { return nil }
    let digits = text.filter { $0.isASCII && $0.isNumber }
    if isIDCard(text) { return .idCard }
    let separated = text.allSatisfy { $0.isASCII && ($0.isNumber || "+- ()".contains($0)) }
    guard separated else { return nil }
    var national = digits
    if text.hasPrefix("+86") || (text.hasPrefix("86") && digits.count == 13) {
      national = String(digits.dropFirst(2))
    }
    if national.count == 11, national.hasPrefix("1"), let second = national.dropFirst().first,
      "3456789".contains(second)
    {
      return .phone
    }
    // A landline with its area code: 0 + 2-3 digits + 7-8 digits (`021-64871234`).
    if national.hasPrefix("0"), (10...12).contains(national.count), text.contains("-") {
      return .phone
    }
    if text.allSatisfy({ $0.isNumber || $0 == " " }), (16...19).contains(digits.count),
      luhn(digits)
    {
      return .bankCard
    }
    return nil
  }

  /// `110101199003074514`: 17 digits and a check character (ISO 7064 MOD 11-2, `X` for 10);
  /// or 15 digits whose characters 7-12 are a birth date `yymmdd`.
  static func isIDCard(_ text: String) -> Bool {
    let chars = Array(text.utf8)
    if chars.count == 18 {
      guard chars.prefix(17).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
      let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
      var sum = 0
      for i in 0..<17 { sum += Int(chars[i] - 0x30) * weights[i] }
      let check = Array("10X98765432".utf8)[sum % 11]
      let last = chars[17] == 0x78 ? 0x58 : chars[17]  // a lowercase x
      return last == check && birthDate(chars[6..<14], century: false)
    }
    if chars.count == 15, chars.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
      return birthDate(chars[6..<12], century: true)
    }
    return false
  }

  /// Whether `digits` (`yyyymmdd`, or `yymmdd` when `century` is missing) is a plausible date.
  private static func birthDate(_ digits: ArraySlice<UInt8>, century: Bool) -> Bool {
    let n = digits.map { Int($0) - 0x30 }
    let year = century ? 1900 + n[0] * 10 + n[1] : n[0] * 1000 + n[1] * 100 + n[2] * 10 + n[3]
    let rest = century ? n.dropFirst(2) : n.dropFirst(4)
    let month = rest[rest.startIndex] * 10 + rest[rest.startIndex + 1]
    let day = rest[rest.startIndex + 2] * 10 + rest[rest.startIndex + 3]
    return (1900...2100).contains(year) && (1...12).contains(month) && (1...31).contains(day)
  }

  /// The Luhn check of card numbers.
  static func luhn(_ digits: String) -> Bool {
    var sum = 0
    for (i, c) in digits.reversed().enumerated() {
      guard let d = c.wholeNumberValue else { return false }
      sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d
    }
    return sum % 10 == 0
  }

  // MARK: - Columns

  /// `error` without the value it quotes when that value is personal data: the schema says
  /// the column is sensitive, or (the schema silent) its name or the value itself looks like
  /// personal data. The place (file, line, field or cell) and the column name stay.
  static func redacted(_ error: LoadError, schema: TableSchema?) -> LoadError {
    guard let quoted = error.quoted else { return error }
    let said = schema?.columns.first { $0.key.lowercased() == quoted.column.lowercased() }?
      .value.sensitive
    let personal =
      said ?? (kind(ofName: quoted.column) != nil || kind(ofValue: quoted.value) != nil)
    guard personal else { return error }
    var hidden = error
    hidden.text = quoted.withoutValue
    hidden.quoted = nil
    return hidden
  }

  /// The guess for a column: by its name first, else by its values (at least 3 of 4 of the
  /// distinct values, of the first 1,000, look like the same kind). Integer and text columns
  /// only; nil when nothing looks personal.
  public static func guess(name: String, data: ColumnData) -> Guess? {
    if let kind = kind(ofName: name) { return Guess(kind: kind, evidence: .name) }
    var values: [String] = []
    switch data {
    case .integer(let v):
      // A whole number looks personal only with 11 digits or more (a mobile number, an ID or
      // card number): a column of smaller ones (scores, ids) is not hashed value by value,
      // which on 10,000,000 rows of a few distinct values cost a quarter of a second.
      guard v.contains(where: { $0 >= smallestPersonalNumber }) else { return nil }
      var seen = Set<Int64>()
      for x in v where x != ColumnData.missingInteger && x > 0 {
        if seen.insert(x).inserted { values.append(String(x)) }
        if values.count == 1000 { break }
      }
    case .text(_, let dictionary):
      for code in 0..<min(dictionary.count, 1000) { values.append(dictionary.string(UInt32(code))) }
    case .decimal, .boolean, .date:
      return nil
    }
    let nonEmpty = values.filter { !$0.trimmingSpaces.isEmpty }
    guard !nonEmpty.isEmpty else { return nil }
    var counts: [PersonalData: Int] = [:]
    for v in nonEmpty { if let k = kind(ofValue: v) { counts[k, default: 0] += 1 } }
    guard let (kind, n) = counts.max(by: { $0.value < $1.value }), n * 4 >= nonEmpty.count * 3
    else { return nil }
    return Guess(kind: kind, evidence: .values)
  }
}

/// The smallest whole number `kind(ofValue:)` can take for personal data: 11 digits (a mobile
/// number; ID-card and bank-card numbers are longer, a landline needs its leading 0 or a dash).
let smallestPersonalNumber: Int64 = 10_000_000_000

extension String {
  /// Without leading and trailing spaces and tabs.
  fileprivate var trimmingSpaces: String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return String(s)
  }
}
