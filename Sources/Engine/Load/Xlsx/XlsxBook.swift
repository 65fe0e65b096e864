import Lang
import Synchronization

/// A workbook opened for loading: the archive, what the workbook part says, the shared
/// strings and the number kinds of the cell styles.
struct XlsxBook {
  let archive: XlsxArchive
  let workbook: XlsxWorkbook
  let strings: XlsxStringTable
  let styles: [XlsxNumberKind]

  /// Opens the workbook for one sheet's job; the parts every sheet shares are read once per
  /// workbook (`shared`), the archive is opened per job (its reads are not thread-safe).
  static func open(_ path: String, bytes: [UInt8]? = nil, shared: XlsxShared? = nil)
    throws(LoadError) -> XlsxBook
  {
    let archive = try XlsxArchive.open(path, bytes: bytes)
    let parts = try (shared ?? XlsxShared()).parts(of: archive)
    return XlsxBook(
      archive: archive, workbook: parts.workbook, strings: parts.strings, styles: parts.styles)
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

/// What every sheet of one workbook shares (the workbook part, the shared strings, the
/// styles), read by the first of its jobs and kept for the others, which may run at once.
final class XlsxShared: Sendable {
  struct Parts: Sendable {
    var workbook: XlsxWorkbook
    var strings: XlsxStringTable
    var styles: [XlsxNumberKind]
  }

  private let state = Mutex<Result<Parts, LoadError>?>(nil)

  func parts(of archive: XlsxArchive) throws(LoadError) -> Parts {
    let result = state.withLock { state -> Result<Parts, LoadError> in
      if let state { return state }
      let read = Result { () throws(LoadError) -> Parts in
        let workbook = try XlsxWorkbook.read(archive)
        return Parts(
          workbook: workbook,
          strings: XlsxStringTable(
            try XlsxSharedStrings.read(archive, part: workbook.sharedStrings)),
          styles: try XlsxStyles.read(archive, part: workbook.styles))
      }
      state = read
      return read
    }
    return try result.get()
  }
}
