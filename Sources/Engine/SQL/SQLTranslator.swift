import Lang

/// Translates a query into an equivalent SQLite query (`sql …`), for IT and as the test oracle.
struct SQLTranslator {
  let session: Session

  func translate(_ query: Query) throws(Diagnostic) -> String {
    throw .error("sql translation is not available yet", at: query.span)
  }
}
