import ArgumentParser
import Engine
import Foundation
import Lang

/// A run whose answers make one document: a workbook (one sheet per answer) or an HTML
/// report (the script's first comment as its title). The format is `--format xlsx|html`, or
/// the `--out` file's extension (`.xlsx`, `.html`, `.htm`) when `--format` is not given.
final class DocumentRun {
  let format: OutputFormat
  private var intro: [String] = []
  private var answers: [ReportAnswer] = []
  private var options = RenderOptions()
  private var source = ""
  /// Called after each answer is added (`.output FILE.xlsx` writes the file again then).
  var added: (() -> Void)?
  /// How many answers the document holds.
  var count: Int { answers.count }

  init(format: OutputFormat) {
    self.format = format
  }

  /// The document of this run, or nil when the answers are text. `--format xlsx` without
  /// `--out` is a usage error: a workbook cannot go to a terminal.
  static func make(output: OutputOptions, export: ExportOptions) throws -> DocumentRun? {
    var format = output.format
    if format == nil, let out = export.out {
      let ext = (out as NSString).pathExtension.lowercased()
      format = OutputFormat.allCases.first { $0.isDocument && $0.fileExtensions.contains(ext) }
    }
    guard let format, format.isDocument else { return nil }
    guard export.out != nil else {
      if format == .html { return nil }
      ErrorOutput.error(officeMessages.xlsxNeedsFile())
      throw StatusExit(status: .usageError)
    }
    return DocumentRun(format: format)
  }

  /// Makes `shell` hand its answers to this document; `script`'s first comment is the
  /// report's title.
  func attach(to shell: StatementRunner, data: [String], script: String) {
    // At the prompt, the title is the first comment of the first statements that answered.
    if answers.isEmpty { intro = leadingComment(of: script) }
    options = shell.options
    // A PostgreSQL connection string may hold a password: the page names the store instead.
    let server = data.contains { ConnectionString.isPostgres($0) }
    source = data.isEmpty || server ? shell.session.store.name : data.joined(separator: ", ")
    shell.format = format
    shell.collector = { [unowned self] in
      answers.append($0)
      added?()
    }
  }

  /// The document's bytes.
  func bytes() throws -> [UInt8] {
    switch format {
    case .xlsx:
      return try XlsxWriter.workbook(answers, options: options)
    default:
      let page = HTMLReport.page(
        intro: intro, answers: answers, footer: .init(source: source, made: Date()),
        options: options)
      return Array(page.utf8)
    }
  }
}
