/// The text of `.help` and `.help TOPIC`: each verb and clause with examples, and the commands.
enum HelpText {
  /// One help topic: what it does and examples that run on the built-in sample.
  struct Topic {
    var names: [String]
    var summary: String
    var examples: [String]
  }

  static let topics: [Topic] = [
    Topic(
      names: ["count"], summary: "Count rows, or the non-empty (distinct) values of a column.",
      examples: [
        "count sessions",
        "count sessions where type=micro by month",
        "count distinct member of attendance where session.date in 2016 by member.category",
      ]),
    Topic(
      names: ["sum", "avg", "min", "max", "median"],
      summary: "Add up, average, or find the smallest, largest or middle value of a column.",
      examples: [
        "sum hours of attendance by member.category",
        "avg score of attendance by session.type",
        "min date of sessions",
        "count, avg score, sum hours of attendance by session.type",
      ]),
    Topic(
      names: ["rate"], summary: "The share of rows for which a condition holds, per group.",
      examples: [
        "rate status=done of plans by category",
        "rate has attendance of members by org",
      ]),
    Topic(
      names: ["list"], summary: "Show rows: every column, or the ones you name before 'of'.",
      examples: [
        "list sessions where type=practice order by date desc limit 5",
        "list date, title, base.name of sessions where type=practice order by date desc limit 20",
      ]),
    Topic(
      names: ["let"], summary: "Give a name to a table narrowed by a condition, to reuse it.",
      examples: ["let recent = sessions where date >= 2016-06-01", "count recent by type"]),
    Topic(
      names: ["show", "tables"], summary: "List the tables with their row counts.",
      examples: ["show tables"]),
    Topic(
      names: ["describe"], summary: "The columns of a table: types, labels and sample values.",
      examples: ["describe sessions"]),
    Topic(
      names: ["sql"], summary: "Print the SQLite query that asks the same question.",
      examples: ["sql count sessions where type=micro by month"]),
    Topic(
      names: ["where", "and", "or", "not", "in", "between", "is", "empty", "has", "no"],
      summary: "Keep only the rows for which a condition holds.",
      examples: [
        "count sessions where type in (micro, open) and date >= 2016-01-01 by month, type",
        "count plans where status != done and deadline < 2016-12-01 by category",
        "count members where name ~ \"王\"",
        "count sessions where type=微党课 by month",
        "count members where no (attendance where session.date in 2016)",
      ]),
    Topic(
      names: ["by", "across"],
      summary: "Group the answer: one row per value (by), one column per value (across).",
      examples: [
        "count attendance by member.category",
        "sum hours of attendance by month(session.date), session.mode",
        "count sessions by year across type",
      ]),
    Topic(
      names: ["having"], summary: "Keep only the groups whose totals satisfy a condition.",
      examples: ["sum hours of attendance by member, year(session.date) having sum < 32"]),
    Topic(
      names: ["order", "limit", "top", "asc", "desc"],
      summary: "Sort the answer and keep the first rows; 'top N' keeps the N largest.",
      examples: [
        "count attendance by member.org.name order by count desc limit 10",
        "count attendance by member.org.name top 10",
      ]),
    Topic(
      names: ["as", "format"], summary: "Write one answer as table, csv, json, markdown or chart.",
      examples: ["count sessions by month as chart", "count members by category as csv"]),
    Topic(
      names: ["parameters", "$", "set"],
      summary: "A $name in a query is filled from `.set name value` or `dangke --set name=value`.",
      examples: ["count sessions where date in $month by type"]),
  ]

  /// The overview printed by `.help`.
  static var overview: String {
    """
    Ask questions in words, one statement per line. Tab completes names and values.
      Verbs:    count · sum avg min max median · rate · list · let · show tables · describe · sql
      Clauses:  where · by · across · having · order by · limit · top · as
      Commands: \(MetaCommand.names.filter { $0 != ".exit" }.joined(separator: " "))
    .help VERB shows examples (.help count, .help where); .help commands explains the commands;
    .example lists worked examples. Ctrl-C stops a query, Ctrl-D or .quit leaves.

    """
  }

  /// The commands with one line each.
  static let commands = """
    .help [TOPIC]          this help, or a verb/clause with examples
    .tables                the tables with their row counts
    .schema [TABLE]        the columns of every table, or describe one table
    .load PATH…            open another data folder or data files
    .report                the load report of the data (warnings, encodings)
    .format FORMAT         answers as table, csv, json, markdown or chart
    .maxrows N             show at most N rows of an answer (0 or off: all)
    .timer on|off          print how long each answer took
    .labels on|off         show codes by their Chinese labels (micro → 微党课)
    .output FILE [--force] write answers to FILE; .output alone: back to the screen
    .run FILE [k=v…]       run a script of statements, with parameters
    .set NAME VALUE        set the parameter $NAME; .set alone lists them
    .example [N]           list the worked examples, or run example N
    .quit                  leave (Ctrl-D too)

    """

  /// The help for `topic`, or nil when there is no such topic.
  static func text(for topic: String) -> String? {
    let key = topic.hasPrefix(".") ? String(topic.dropFirst()) : topic
    if ["commands", "command", "meta", "dot"].contains(key) { return commands }
    if let line = commands.split(separator: "\n").first(where: {
      $0.hasPrefix("." + key + " ") || $0 == "." + key
    }) {
      return line + "\n"
    }
    guard let found = topics.first(where: { $0.names.contains(key) }) else { return nil }
    var text = found.names.joined(separator: ", ") + ": " + found.summary + "\n"
    for example in found.examples { text += "  " + example + "\n" }
    return text
  }

  /// Every topic name, for completion and did-you-mean.
  static var topicNames: [String] {
    topics.flatMap(\.names) + ["commands"] + MetaCommand.names.map { String($0.dropFirst()) }
  }
}
