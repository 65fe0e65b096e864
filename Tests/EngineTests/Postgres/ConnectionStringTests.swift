import XCTest

@testable import Engine

/// Which arguments are servers, and passwords never shown (no server needed).
final class ConnectionStringTests: XCTestCase {
  func testRecognisesURLsAndConninfo() {
    for text in [
      "postgresql://u@h:5432/db", "postgres://h/db", "POSTGRESQL://h", "host=/tmp dbname=x",
      "service=dangke", "dbname=x sslmode=require",
    ] {
      XCTAssertTrue(ConnectionString.isPostgres(text), text)
    }
    for text in ["examples/data/kangjian", "data.csv", "x.dks", "a=b.csv", "hostel/data"] {
      XCTAssertFalse(ConnectionString.isPostgres(text), text)
    }
  }

  func testRedactsPasswords() {
    XCTAssertEqual(
      ConnectionString.redact("postgresql://dk:s3cr@t@db.example:5432/party?sslmode=require"),
      "postgresql://dk:***@db.example:5432/party?sslmode=require")
    XCTAssertEqual(
      ConnectionString.redact("postgres://dk@db/party?password=s3cret&sslmode=require"),
      "postgres://dk@db/party?password=***&sslmode=require")
    XCTAssertEqual(
      ConnectionString.redact("host=db password='it\\'s secret' user=dk"),
      "host=db password=*** user=dk")
    XCTAssertEqual(ConnectionString.redact("host=db password = abc"), "host=db password =***")
    XCTAssertEqual(ConnectionString.redact("postgresql://dk@db/party"), "postgresql://dk@db/party")
  }

  func testRedactsEveryPasswordOfAHistoryLine() {
    XCTAssertEqual(
      ConnectionString.redactLine(".load postgresql://dk:pw@h/db"), ".load postgresql://dk:***@h/db"
    )
    XCTAssertEqual(
      ConnectionString.redactLine(#".load "host=h password=pw dbname=x""#),
      #".load "host=h password=*** dbname=x""#)
    XCTAssertEqual(
      ConnectionString.redactLine(#".load "host=h password=pw""#), #".load "host=h password=***""#)
    XCTAssertEqual(ConnectionString.redactLine("count sessions"), "count sessions")
  }
}
