import Lang
import XCTest

@testable import Engine

/// No Chinese keyword is also a label or a value of the built-in sample or of generated data:
/// a keyword equal to a label would make the label unusable as a name, and a keyword that is
/// a prefix of a label (or the reverse) would make `统计党课`-style mistakes ambiguous and the
/// completion of a label offer a keyword.
final class KeywordClashTests: XCTestCase {
  let keywords = ChineseKeywords.entries.map(\.word)

  /// Table and column labels and the labels of codes, in the schema of every scale and in the
  /// loaded sample.
  func labels() -> Set<String> {
    var labels = Set<String>()
    for scale in Scale.allCases {
      for (name, table) in GenSchema.schema(scale: scale).tables {
        labels.insert(name)
        if let label = table.label { labels.insert(label) }
        for (column, schema) in table.columns {
          labels.insert(column)
          if let label = schema.label { labels.insert(label) }
          labels.formUnion(schema.codes?.values ?? [:].values)
        }
      }
    }
    for table in Sample.store.tables {
      labels.insert(table.name)
      if let label = table.label { labels.insert(label) }
      for column in table.columns {
        labels.insert(column.name)
        if let label = column.label { labels.insert(label) }
        labels.formUnion(column.codeLabels.values)
      }
    }
    return labels
  }

  /// Every text value of the sample and every word the generator builds its text from.
  func values() -> Set<String> {
    var values = Set<String>()
    for table in Sample.store.tables {
      for column in table.columns {
        if case .text(_, let dictionary) = column.data { values.formUnion(dictionary.strings) }
      }
    }
    values.formUnion(GenVocabulary.affiliations.map(\.0))
    values.formUnion(GenVocabulary.titles.flatMap { $0.map(\.0) })
    values.formUnion(GenVocabulary.fields + GenVocabulary.topics.map(\.text))
    values.formUnion(
      GenVocabulary.micro + GenVocabulary.microLaw + GenVocabulary.open + GenVocabulary.demo
        + GenVocabulary.practice + GenVocabulary.review + GenVocabulary.emphasis)
    values.formUnion(GenVocabulary.monthly.flatMap { $0 })
    values.formUnion(GenVocabulary.residentialProjects + GenVocabulary.otherProjects)
    values.formUnion(
      (GenVocabulary.residentialCases + GenVocabulary.otherCases).flatMap { [$0.0, $0.1] })
    values.formUnion(GenPlaces.kangjianAreas)
    return values
  }

  func testNoKeywordIsALabelOrAPrefixOfOne() {
    let labels = labels()
    XCTAssertGreaterThan(labels.count, 80)
    XCTAssertTrue(labels.contains("在职党员") && labels.contains("微党课") && labels.contains("课型"))
    for keyword in keywords {
      for label in labels {
        XCTAssertFalse(
          label.hasPrefix(keyword) || keyword.hasPrefix(label),
          "the keyword '\(keyword)' clashes with the label '\(label)'")
      }
    }
  }

  func testNoKeywordIsAValue() {
    let values = values()
    XCTAssertGreaterThan(values.count, 5000)
    for keyword in keywords {
      XCTAssertFalse(values.contains(keyword), "the keyword '\(keyword)' is also a value")
    }
  }

  /// Generated person names (surname + one or two given-name characters) never spell a keyword,
  /// at any scale.
  func testNoGeneratedNameIsAKeyword() {
    let names = GenNames()
    let surnames = (0..<names.surnames.count).map { names.surnames.string($0) }
    let given = Set(names.given.flatMap { pool in (0..<pool.count).map { pool.string($0) } })
    for keyword in keywords {
      for surname in surnames where keyword.hasPrefix(surname) {
        let rest = keyword.dropFirst(surname.count)
        let spelled = (1...2).contains(rest.count) && rest.allSatisfy { given.contains(String($0)) }
        XCTAssertFalse(spelled, "a generated name can be '\(keyword)'")
      }
    }
  }

  /// No Chinese word has two meanings.
  func testKeywordsAreDistinct() {
    XCTAssertEqual(Set(keywords).count, keywords.count)
  }
}
