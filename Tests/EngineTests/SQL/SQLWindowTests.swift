import Engine
import Lang
import XCTest

/// `with change, yoy, share` translated: the earlier bucket read with `LAG` along the bucket
/// number within each series, taken only when it is exactly the bucket asked for.
final class SQLWindowTests: XCTestCase {
  private func sql(_ text: String) throws -> String {
    let session = Session(store: Sample.store)
    let answer = try session.run(try Parser.parseStatement(text))
    guard case .text(let sql) = answer.outcome else {
      XCTFail("sql gave no text")
      return ""
    }
    return sql
  }

  func testChangeYoyAndShareAreWindowsOverTheFilledAnswer() throws {
    let text = try sql(
      "sql count sessions where date in 2016 by mode, quarter with change, yoy, share")
    let windowed = try XCTUnwrap(text.range(of: "\"windowed\" AS ("))
    XCTAssertEqual(
      String(text[windowed.lowerBound...]),
      """
      "windowed" AS (
        SELECT *,
          CASE WHEN LAG("k1", 1) OVER (PARTITION BY "k0" ORDER BY "k1") = "k1" - 1 THEN LAG("m0", 1) OVER (PARTITION BY "k0" ORDER BY "k1") END AS "m0_back1",
          CASE WHEN LAG("k1", 4) OVER (PARTITION BY "k0" ORDER BY "k1") = "k1" - 4 THEN LAG("m0", 4) OVER (PARTITION BY "k0" ORDER BY "k1") END AS "m0_back4",
          SUM("m0") OVER () AS "m0_total"
        FROM "filled"
      ),
      "answer" AS (
        SELECT "k0" AS "mode", CASE WHEN "k1" IS NULL THEN NULL ELSE printf('%d-Q%d', "k1" / 4, "k1" % 4 + 1) END AS "quarter", "m0" AS "count", "m0" - "m0_back1" AS "count_change", ("m0" - "m0_back1") * 1.0 / NULLIF("m0_back1", 0) AS "count_change_pct", "m0" - "m0_back4" AS "count_yoy", ("m0" - "m0_back4") * 1.0 / NULLIF("m0_back4", 0) AS "count_yoy_pct", "m0" * 1.0 / NULLIF("m0_total", 0) AS "count_share" FROM "windowed"
      )
      SELECT * FROM "answer"
      ORDER BY "mode" IS NULL, "mode", "quarter" IS NULL, "quarter";
      """)
  }

  func testShareWithoutABucketReadsTheGroups() throws {
    let text = try sql("sql count sessions by type with share")
    XCTAssertTrue(text.contains("SUM(\"m0\") OVER () AS \"m0_total\"\n  FROM \"grouped\""), text)
    XCTAssertFalse(text.contains("LAG("), text)
  }
}
