import Lang

/// A workbook opened for loading: the archive, what the workbook part says, the shared
/// strings and the number kinds of the cell styles.
struct XlsxBook {
  let archive: XlsxArchive
  let workbook: XlsxWorkbook
  let strings: [String]
  let styles: [XlsxNumberKind]

  static func open(_ path: String, bytes: [UInt8]? = nil) throws(LoadError) -> XlsxBook {
    let archive = try XlsxArchive.open(path, bytes: bytes)
    let workbook = try XlsxWorkbook.read(archive)
    return XlsxBook(
      archive: archive, workbook: workbook,
      strings: try XlsxSharedStrings.read(archive, part: workbook.sharedStrings),
      styles: try XlsxStyles.read(archive, part: workbook.styles))
  }

  /// The sheets and the workbook part only, to plan the tables before loading them: the
  /// sheets that are tables, and those left out (hidden, charts, blank) with the warning.
  static func plan(_ path: String, bytes: [UInt8]? = nil) throws(LoadError) -> (
    tables: [XlsxWorkbook.Sheet], skipped: [Message]
  ) {
    let archive = try XlsxArchive.open(path, bytes: bytes)
    let book = try XlsxWorkbook.read(archive)
    var tables: [XlsxWorkbook.Sheet] = []
    var skipped: [Message] = []
    for sheet in book.sheets {
      if sheet.hidden {
        skipped.append(officeMessages.hiddenSheet(sheet.name))
      } else if sheet.chart {
        skipped.append(officeMessages.chartSheet(sheet.name))
      } else if try XlsxWorkbook.isBlank(sheet.part, in: archive) {
        skipped.append(officeMessages.blankSheet(sheet.name))
      } else {
        tables.append(sheet)
      }
    }
    return (tables, skipped)
  }
}
