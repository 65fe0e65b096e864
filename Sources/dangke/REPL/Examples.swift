import Lang

/// The worked examples of `.example`: a built-in list (it must work where no checkout of the
/// docs is around), each a question an officer asks and the statement that answers it.
enum Examples {
  struct Example {
    var question: MessageSpec
    var statement: String
  }

  static let all: [Example] = [
    Example(question: exampleMessages.classesOpened, statement: "count sessions"),
    Example(
      question: exampleMessages.microPerMonth,
      statement: "count sessions where type=微党课 by month"),
    Example(
      question: exampleMessages.personTimesByCategory,
      statement: "count attendance by member.category"),
    Example(
      question: exampleMessages.hoursByCategory,
      statement: "sum hours of attendance by member.category"),
    Example(
      question: exampleMessages.scoreByType, statement: "avg score of attendance by session.type"
    ),
    Example(
      question: exampleMessages.topOrgs,
      statement: "count attendance by member.org.name top 10"),
    Example(question: exampleMessages.namedWang, statement: "count members where name ~ \"王\""),
    Example(
      question: exampleMessages.latestPractice,
      statement:
        "list date, title, base.name of sessions where type=practice order by date desc limit 20"),
    Example(
      question: exampleMessages.underHours,
      statement:
        "count members where exempt = false and sum(attendance.hours where session.date in 2016) < 32 by category"
    ),
    Example(
      question: exampleMessages.openPlans,
      statement: "count plans where status != done and deadline < 2016-12-01 by category"),
    Example(
      question: exampleMessages.plansDone,
      statement: "rate status=done of plans by category"),
    Example(
      question: exampleMessages.classesChart, statement: "count sessions by month as chart"),
  ]

  /// The numbered list `.example` prints.
  static var listing: String {
    var text = ""
    for (i, example) in all.enumerated() {
      text += "\(i + 1). \(example.question())\n     \(example.statement)\n"
    }
    return text + exampleMessages.runOne().description + "\n"
  }
}
