/// How a run ended, as the process exit code a scheduler reads.
enum ExitStatus: Int32, Sendable {
  case success = 0
  /// A query was wrong (a name, a type, a parameter) or failed.
  case queryError = 1
  /// The command line was wrong.
  case usageError = 2
  /// The data could not be loaded.
  case dataError = 3

  /// Success, or a query error, for what `StatementRunner.run` or `check` answered.
  init(queriesSucceeded: Bool) {
    self = queriesSucceeded ? .success : .queryError
  }
}
