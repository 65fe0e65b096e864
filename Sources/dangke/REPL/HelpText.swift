import Engine
import Lang

/// The text of `.help` and `.help TOPIC`: each verb and clause with examples, the commands,
/// and the explanation of a message code. Every word comes from the catalogs, in
/// `Language.current`.
enum HelpText {
  /// One help topic: what it does and examples that run on the built-in sample.
  struct Topic {
    var names: [String]
    var summary: Message
    var examples: [String]
  }

  static var topics: [Topic] {
    let m = helpTopicMessages
    return [
      Topic(
        names: ["count"], summary: m.count(),
        examples: [
          "count sessions",
          "count sessions where type=micro by month",
          "count distinct member of attendance where session.date in 2016 by member.category",
        ]),
      Topic(
        names: Keyword.columnMetrics.map(\.rawValue), summary: m.aggregates(),
        examples: [
          "sum hours of attendance by member.category",
          "avg score of attendance by session.type",
          "min date of sessions",
          "count, avg score, sum hours of attendance by session.type",
          "stddev score of attendance by session.type",
        ]),
      Topic(
        names: ["rate"], summary: m.rate(),
        examples: [
          "rate status=done of plans by category",
          "rate has attendance of members by org",
        ]),
      Topic(
        names: ["list"], summary: m.list(),
        examples: [
          "list sessions where type=practice order by date desc limit 5",
          "list date, title, base.name of sessions where type=practice order by date desc limit 20",
        ]),
      Topic(
        names: ["let"], summary: m.letBinding(),
        examples: [
          "let recent = sessions where date >= 2016-06-01", "count recent by type",
          "let per = sum hours of attendance by member, year(session.date)",
          "median sum of per by year",
        ]),
      Topic(names: ["show", "tables"], summary: m.showTables(), examples: ["show tables"]),
      Topic(names: ["describe"], summary: m.describe(), examples: ["describe sessions"]),
      Topic(
        names: ["sql"], summary: m.sql(),
        examples: ["sql count sessions where type=micro by month"]),
      Topic(
        names: ["where", "and", "or", "not", "in", "between", "is", "empty", "has", "no"],
        summary: m.whereClause(),
        examples: [
          "count sessions where type in (micro, open) and date >= 2016-01-01 by month, type",
          "count plans where status != done and deadline < 2016-12-01 by category",
          "count members where name ~ \"王\"",
          "count sessions where type=微党课 by month",
          "count members where no (attendance where session.date in 2016)",
        ]),
      Topic(
        names: ["by", "across"], summary: m.byAcross(),
        examples: [
          "count attendance by member.category",
          "sum hours of attendance by month(session.date), session.mode",
          "count sessions by year across type",
        ]),
      Topic(
        names: ["with", "change", "yoy", "share"], summary: m.compare(),
        examples: [
          "count sessions where date in 2016 by quarter with change",
          "count sessions where date between 2015-01-01 and 2016-12-31 by quarter with yoy"
            + " having quarter >= 2016-Q1",
          "count sessions where date in 2016 by type with share",
        ]),
      Topic(
        names: ["having"], summary: m.having(),
        examples: [
          "count sessions where date in 2016 by month having count < 10",
          "count members where exempt = false and sum(attendance.hours where session.date in 2016) < 32 by category",
        ]),
      Topic(
        names: ["order", "limit", "top", "asc", "desc"], summary: m.order(),
        examples: [
          "count attendance by member.org.name order by count desc limit 10",
          "count attendance by member.org.name top 10",
        ]),
      Topic(
        names: ["as", "format"], summary: m.asFormat(formatList),
        examples: ["count sessions by month as chart", "count members by category as csv"]),
      Topic(
        names: ["parameters", "$", "set"], summary: m.parameters(),
        examples: ["count sessions where date in $month by type"]),
      Topic(
        names: ["codes", "errors"], summary: m.codes(), examples: []),
    ]
  }

  /// `table, csv, json, markdown or chart`.
  static var formatList: String {
    let names = OutputFormat.allCases.map(\.rawValue)
    let zh = Language.current == .zh
    return names.dropLast().joined(separator: zh ? "、" : ", ") + (zh ? " 或 " : " or ")
      + names.last!
  }

  /// The overview printed by `.help`.
  static var overview: String {
    let names = DotCommand.all.map(\.name).joined(separator: " ")
    return helpTopicMessages.overview(names).description + "\n\n"
  }

  /// Each command: its usage and what it does.
  static var commandRows: [(usage: String, text: Message)] {
    DotCommand.all.map { ($0.usage().description, $0.help()) }
  }

  /// The commands with one line each, descriptions aligned by display width.
  static var commands: String {
    let rows = commandRows
    let width = rows.map { displayWidth($0.usage) }.max() ?? 0
    var text = ""
    for row in rows {
      let pad = String(repeating: " ", count: width - displayWidth(row.usage) + 2)
      text += row.usage + pad + row.text.description + "\n"
    }
    return text
  }

  /// The help for `topic`, or nil when there is no such topic.
  static func text(for topic: String) -> String? {
    if isMessageCode(topic) { return explanation(code: topic) }
    let key = topic.hasPrefix(".") ? String(topic.dropFirst()) : topic
    if ["commands", "command", "meta", "dot"].contains(key) { return commands }
    if let command = DotCommand.find("." + key) {
      return command.usage().description + "  " + command.help().description + "\n"
    }
    guard let found = topics.first(where: { $0.names.contains(key) }) else { return nil }
    let separator = Language.current == .zh ? "、" : ", "
    var text =
      helpTopicMessages.explanationOf(found.names.joined(separator: separator), found.summary)
      .description + "\n"
    for example in found.examples { text += "  " + example + "\n" }
    return text
  }

  /// `.help E0650`: the code's message, its explanation and its example; nil for an
  /// unknown code.
  static func explanation(code: String) -> String? {
    guard let spec = catalogEntry(code: code) else { return nil }
    let language = Language.current
    var text = spec.code + ": " + (language == .zh ? spec.zh : spec.en) + "\n"
    if let explanation = spec.explanation {
      text += "\n" + (language == .zh ? explanation.zh : explanation.en) + "\n"
    }
    if let example = spec.example {
      text += "\n" + helpTopicMessages.exampleLabel().description + "\n  " + example + "\n"
    }
    return text
  }

  /// Every topic name, for completion and did-you-mean.
  static var topicNames: [String] {
    topics.flatMap(\.names) + ["commands"]
      + DotCommand.offeredNames().map { String($0.dropFirst()) }
  }
}
