/// Civil dates as day numbers (days since 1970-01-01), for the generator's own use.
enum GenCalendar {
  /// The day number of a proleptic Gregorian date.
  static func day(_ year: Int, _ month: Int, _ day: Int) -> Int {
    Int(CivilDate.days(year: year, month: month, day: day))
  }

  /// The year, month and day of a day number.
  static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
    CivilDate.civil(Int32(days))
  }

  /// Days in a month.
  static func length(_ year: Int, _ month: Int) -> Int {
    day(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1) - day(year, month, 1)
  }

  /// 0 = Sunday … 6 = Saturday.
  static func weekday(_ days: Int) -> Int {
    ((days + 4) % 7 + 7) % 7
  }

  /// The date of the report the data set is modelled on (2016-12-22): nothing happens after it.
  static let reportDay = day(2016, 12, 22)
}
