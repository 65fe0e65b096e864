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

  /// The sheets and the workbook part only, to plan the tables before loading them.
  static func sheets(_ path: String, bytes: [UInt8]? = nil) throws(LoadError) -> XlsxWorkbook {
    try XlsxWorkbook.read(try XlsxArchive.open(path, bytes: bytes))
  }
}
