// Span-free copies of AST nodes, so tests can compare trees from different texts.

private let zero = Span(0, 0)

extension Script {
  /// This script with every span set to 0..<0.
  public func withoutSpans() -> Script {
    Script(statements: statements.map { $0.withoutSpans() })
  }
}

extension Statement {
  /// This statement with every span set to 0..<0.
  public func withoutSpans() -> Statement {
    switch kind {
    case .query(let query): return Statement(.query(query.withoutSpans()), span: zero)
    case .letBinding(let name, let source):
      return Statement(
        .letBinding(name: name.withoutSpans(), source: source.withoutSpans()), span: zero)
    case .letAnswer(let name, let query):
      return Statement(
        .letAnswer(name: name.withoutSpans(), query: query.withoutSpans()), span: zero)
    case .showTables: return Statement(.showTables, span: zero)
    case .describe(let name): return Statement(.describe(name.withoutSpans()), span: zero)
    case .sql(let query): return Statement(.sql(query.withoutSpans()), span: zero)
    }
  }
}

extension Query {
  /// This query with every span set to 0..<0.
  public func withoutSpans() -> Query {
    let newKind: Kind
    switch kind {
    case .aggregate(let metrics): newKind = .aggregate(metrics.map { $0.withoutSpans() })
    case .list(let fields): newKind = .list(fields.map { $0.withoutSpans() })
    }
    var query = Query(
      kind: newKind, source: source.withoutSpans(), groups: groups.map { $0.withoutSpans() },
      across: across?.withoutSpans(), having: having?.withoutSpans(),
      order: order.map {
        OrderItem(
          key: $0.key.withoutSpans(), descending: $0.descending,
          explicitDirection: $0.explicitDirection, bytes: $0.bytes, span: zero)
      },
      limit: limit, top: top, format: format?.withoutSpans(), span: zero)
    query.compare = compare.map { CompareItem($0.comparison, span: zero) }
    return query
  }
}

extension Metric {
  /// This metric with every span set to 0..<0.
  public func withoutSpans() -> Metric {
    Metric(
      function: function, argument: argument?.withoutSpans(), filter: filter?.withoutSpans(),
      name: name.map { Name($0.text, span: zero) }, formula: formula?.withoutSpans(), span: zero)
  }
}

extension Source {
  /// This source with every span set to 0..<0.
  public func withoutSpans() -> Source {
    Source(table: table.withoutSpans(), filter: filter?.withoutSpans(), span: zero)
  }
}

extension Related {
  /// This related-rows reference with every span set to 0..<0.
  public func withoutSpans() -> Related {
    Related(
      table: table.withoutSpans(), filter: filter?.withoutSpans(), function: function,
      value: value.map { Path($0.parts.map { $0.withoutSpans() }, span: zero) }, span: zero)
  }
}

extension Name {
  /// This name with its span set to 0..<0.
  public func withoutSpans() -> Name { Name(text, span: zero) }
}

extension Expr {
  /// This expression with every span set to 0..<0.
  public func withoutSpans() -> Expr {
    let newKind: Kind
    switch kind {
    case .path(let path): newKind = .path(Path(path.parts.map { $0.withoutSpans() }, span: zero))
    case .literal, .parameter: newKind = kind
    case .call(let function, let argument):
      newKind = .call(function: function.withoutSpans(), argument: argument.withoutSpans())
    case .relatedCount(let related): newKind = .relatedCount(related.withoutSpans())
    case .hasRelated(let related, let negated):
      newKind = .hasRelated(related.withoutSpans(), negated: negated)
    case .compare(let op, let left, let right):
      newKind = .compare(op, left.withoutSpans(), right.withoutSpans())
    case .contains(let left, let right):
      newKind = .contains(left.withoutSpans(), right.withoutSpans())
    case .inList(let left, let items, let negated):
      newKind = .inList(left.withoutSpans(), items.map { $0.withoutSpans() }, negated: negated)
    case .inPeriod(let left, let period, let negated):
      newKind = .inPeriod(left.withoutSpans(), period.withoutSpans(), negated: negated)
    case .between(let subject, let low, let high, let negated):
      newKind = .between(
        subject.withoutSpans(), low: low.withoutSpans(), high: high.withoutSpans(), negated: negated
      )
    case .isEmpty(let subject, let negated):
      newKind = .isEmpty(subject.withoutSpans(), negated: negated)
    case .and(let left, let right): newKind = .and(left.withoutSpans(), right.withoutSpans())
    case .or(let left, let right): newKind = .or(left.withoutSpans(), right.withoutSpans())
    case .not(let inner): newKind = .not(inner.withoutSpans())
    case .group(let inner): newKind = .group(inner.withoutSpans())
    case .arithmetic(let op, let l, let r):
      newKind = .arithmetic(op, l.withoutSpans(), r.withoutSpans())
    }
    return Expr(newKind, span: zero)
  }
}

extension Formula {
  /// This formula with every span set to 0..<0.
  public func withoutSpans() -> Formula {
    switch self {
    case .measure(let m): .measure(m.withoutSpans())
    case .number(let n): .number(n)
    case .arithmetic(let op, let a, let b): .arithmetic(op, a.withoutSpans(), b.withoutSpans())
    }
  }
}
