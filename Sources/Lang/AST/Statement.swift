/// One statement of a script or one line at the prompt.
public struct Statement: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// A query that answers with a table.
    case query(Query)
    /// `let recent = sessions where date >= 2016-06-01`.
    case letBinding(name: Name, source: Source)
    /// `let per = sum hours of attendance by member`: an answer read like a table later.
    case letAnswer(name: Name, query: Query)
    /// `show tables`.
    case showTables
    /// `describe sessions`.
    case describe(Name)
    /// `sql <query>`: print the equivalent SQLite query instead of running it.
    case sql(Query)
  }

  public var kind: Kind
  public var span: Span

  public init(_ kind: Kind, span: Span) {
    self.kind = kind
    self.span = span
  }
}

/// A parsed script: statements in order.
public struct Script: Hashable, Sendable {
  public var statements: [Statement]

  public init(statements: [Statement]) {
    self.statements = statements
  }
}
