/// The worked examples of `.example`: a built-in list (it must work where no checkout of the
/// docs is around), each a question an officer asks and the statement that answers it.
enum Examples {
  struct Example {
    var question: String
    var statement: String
  }

  static let all: [Example] = [
    Example(question: "How many classes has the school opened?", statement: "count sessions"),
    Example(
      question: "Micro-classes (微党课) per month",
      statement: "count sessions where type=微党课 by month"),
    Example(
      question: "Person-times by member category",
      statement: "count attendance by member.category"),
    Example(
      question: "Study hours by member category",
      statement: "sum hours of attendance by member.category"),
    Example(
      question: "Average score by lesson type", statement: "avg score of attendance by session.type"
    ),
    Example(
      question: "The ten organisations with the most attendances",
      statement: "count attendance by member.org.name top 10"),
    Example(question: "Members named 王…", statement: "count members where name ~ \"王\""),
    Example(
      question: "The latest practice classes and where they were held",
      statement:
        "list date, title, base.name of sessions where type=practice order by date desc limit 20"),
    Example(
      question: "Members under the 32 hours a year the regulation asks for",
      statement: "sum hours of attendance by member, year(session.date) having sum < 32"),
    Example(
      question: "Plan tasks still open before December, by category",
      statement: "count plans where status != done and deadline < 2016-12-01 by category"),
    Example(
      question: "Share of plan tasks done, by category",
      statement: "rate status=done of plans by category"),
    Example(
      question: "Classes per month, as a chart", statement: "count sessions by month as chart"),
  ]

  /// The numbered list `.example` prints.
  static var listing: String {
    var text = ""
    for (i, example) in all.enumerated() {
      text += "\(i + 1). \(example.question)\n     \(example.statement)\n"
    }
    return text + "Run one with .example N.\n"
  }
}
