/// Excel's serial day numbers as dates and times. In the 1900 system day 1 is 1900-01-01
/// and day 60 is 1900-02-29, a day that never was (Lotus 1-2-3's mistake, kept by Excel):
/// from day 61 on, serials are one ahead of the real count. In the 1904 system day 0 is
/// 1904-01-01. The fraction of a serial is the time of day.
enum XlsxDates {
  /// Why a serial is not a date.
  enum Problem: Error {
    /// Day 60 of the 1900 system.
    case leapBug
    case outOfRange
  }

  private static let base1900 = CivilDate.days(year: 1899, month: 12, day: 30)
  private static let base1904 = CivilDate.days(year: 1904, month: 1, day: 1)

  /// The day number (days since 1970-01-01) of the serial's whole days, and the seconds of
  /// its fraction (rounded to the second; 86,400 moves to the next day).
  static func split(_ serial: Double, date1904: Bool) throws(Problem) -> (day: Int32, seconds: Int)
  {
    guard serial.isFinite, serial >= 0, serial < 2_958_466 else { throw .outOfRange }
    var whole = Int(serial.rounded(.down))
    var seconds = Int(((serial - Double(whole)) * 86_400).rounded())
    if seconds >= 86_400 {
      whole += 1
      seconds -= 86_400
    }
    if date1904 { return (base1904 + Int32(whole), seconds) }
    if whole == 60 { throw .leapBug }
    // Before the false leap day a serial is one day later than the count from 1899-12-30.
    let day = whole < 60 ? base1900 + Int32(whole) + 1 : base1900 + Int32(whole)
    return (day, seconds)
  }

  /// `09:30` or `09:30:15`; `hours` may pass 24 for an elapsed-time format.
  static func time(hours: Int, seconds: Int, showSeconds: Bool) -> String {
    let h = hours + seconds / 3600
    let m = seconds % 3600 / 60
    let s = seconds % 60
    var text = CivilDate.pad2(h) + ":" + CivilDate.pad2(m)
    if showSeconds { text += ":" + CivilDate.pad2(s) }
    return text
  }

  /// The text the loader's cell parser reads for a number of `kind`: a date as
  /// `2016-11-24`, a time as `09:30`, both as `2016-11-24 09:30`; nil for a plain number.
  static func text(_ serial: Double, kind: XlsxNumberKind, date1904: Bool) throws(Problem)
    -> String?
  {
    switch kind {
    case .plain:
      return nil
    case .date:
      return CivilDate.format(try split(serial, date1904: date1904).day)
    case .time(let showSeconds, let elapsed):
      let (_, seconds) = try split(serial, date1904: date1904)
      let hours = elapsed ? Int(serial.rounded(.down)) * 24 : 0
      return time(hours: hours, seconds: seconds, showSeconds: showSeconds)
    case .dateTime(let showSeconds):
      let (day, seconds) = try split(serial, date1904: date1904)
      return CivilDate.format(day) + " "
        + time(hours: 0, seconds: seconds, showSeconds: showSeconds)
    }
  }

  /// Appends the text of `serial` in a date format to `out` (as `text` gives it, but a
  /// plain date's ten bytes written directly, without a `String`); false for `.plain`.
  static func write(
    _ serial: Double, kind: XlsxNumberKind, date1904: Bool, into out: inout [UInt8]
  ) throws(Problem) -> Bool {
    guard case .date = kind else {
      guard let text = try text(serial, kind: kind, date1904: date1904) else { return false }
      out.append(contentsOf: text.utf8)
      return true
    }
    // A serial below 2,958,466 is a year from 1900 to 9999: always four digits.
    let c = CivilDate.civil(try split(serial, date1904: date1904).day)
    let y = c.year
    out.append(UInt8(48 + y / 1000))
    out.append(UInt8(48 + y / 100 % 10))
    out.append(UInt8(48 + y / 10 % 10))
    out.append(UInt8(48 + y % 10))
    out.append(0x2D)
    out.append(UInt8(48 + c.month / 10))
    out.append(UInt8(48 + c.month % 10))
    out.append(0x2D)
    out.append(UInt8(48 + c.day / 10))
    out.append(UInt8(48 + c.day % 10))
    return true
  }
}
