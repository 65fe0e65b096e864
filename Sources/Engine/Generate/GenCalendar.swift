/// Civil dates as day numbers (days since 1970-01-01), for the generator's own use.
enum GenCalendar {
  /// The day number of a proleptic Gregorian date.
  static func day(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The year, month and day of a day number.
  static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
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
