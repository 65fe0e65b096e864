extension Expr {
  /// The operands of `a or b or c …` (or of `and`s) joined into one expression.
  ///
  /// Up to `Parser.maxDepth` operands the tree leans left, as the operators read; a longer
  /// chain (a list of 100,000 `or` terms pasted from elsewhere) becomes a balanced tree, so
  /// that nothing that walks it — the printer, hashing, freeing it — recurses more than a
  /// few dozen levels. `and` and `or` are associative, so both shapes mean the same.
  static func chain(_ terms: [Expr], and: Bool) -> Expr {
    func join(_ left: Expr, _ right: Expr) -> Expr {
      Expr(and ? .and(left, right) : .or(left, right), span: left.span.union(right.span))
    }
    if terms.count <= Parser.maxDepth {
      var left = terms[0]
      for right in terms.dropFirst() { left = join(left, right) }
      return left
    }
    func balanced(_ part: ArraySlice<Expr>) -> Expr {
      if part.count == 1 { return part[part.startIndex] }
      let middle = part.startIndex + part.count / 2
      return join(balanced(part[..<middle]), balanced(part[middle...]))
    }
    return balanced(terms[...])
  }
}
