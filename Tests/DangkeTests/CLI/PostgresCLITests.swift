import Foundation
import TestSupport
import XCTest

/// `dangke import` and `dangke --data postgresql://…` as a person runs them: output bytes,
/// messages and exit statuses. Needs DANGKE_PG_URL (skipped without it).
final class PostgresCLITests: XCTestCase {
  var scratch: ScratchDatabase!
  var database: String { scratch.name }
  var url: String { scratch.url }

  override func setUpWithError() throws {
    guard let server = ScratchDatabase.server else { throw XCTSkip(ScratchDatabase.skipReason) }
    scratch = try ScratchDatabase(server: server, prefix: "dangke_cli")
  }

  override func tearDown() {
    scratch?.drop()
  }

  @discardableResult
  private func psql(_ url: String, _ sql: String) throws -> String {
    try ScratchDatabase.psql(url, sql)
  }

  private var redacted: String {
    url.replacingOccurrences(of: password, with: "***")
  }

  private var password: String {
    String(url.split(separator: "@")[0].split(separator: ":").last!)
  }

  private var hostPort: (host: String, port: String) {
    let authority = url.split(separator: "@")[1].split(separator: "/")[0].split(separator: ":")
    return (String(authority[0]), String(authority[1]))
  }

  func testImportThenTheSameBytesAsWithoutData() throws {
    let imported = try DangkeProcess.run(["import", "examples/data/kangjian", "--into", url])
    XCTAssertEqual(imported.stdout, "imported 9 tables, 33119 rows into \(redacted)\n")
    XCTAssertEqual(imported.stderr, "")
    XCTAssertEqual(imported.status, 0)
    for args in [
      ["-c", "count sessions where type=micro by month"],
      ["--labels", "-c", "count sessions where date in 2016 by year across mode"],
      ["--format", "csv", "-c", "list name, phone of members limit 3"],
      ["--reveal", "--format", "json", "-c", "list name, phone of members limit 3"],
      ["-c", "show tables"],
      ["-c", "describe members"],
    ] {
      let memory = try DangkeProcess.run(["examples/data/kangjian"] + args)
      let server = try DangkeProcess.run(["--data", url] + args)
      XCTAssertEqual(server.stdout, memory.stdout, args.joined(separator: " "))
      XCTAssertEqual(server.stderr, memory.stderr)
      XCTAssertEqual(server.status, 0)
    }
    let again = try DangkeProcess.run(["import", "examples/data/kangjian", "--into", url])
    XCTAssertEqual(
      again.stderr,
      "error[E0811]: import into \(redacted) failed and nothing was changed: table 'attendance' "
        + "already exists in \(database); add --replace to replace it\n")
    XCTAssertEqual(again.status, 3)
    let replaced = try DangkeProcess.run(
      ["import", "examples/data/kangjian", "--into", url, "--replace"])
    XCTAssertEqual(replaced.status, 0)
  }

  func testWrongPortExitsThree() throws {
    let bad = url.replacingOccurrences(of: ":\(hostPort.port)/", with: ":1/")
    let r = try DangkeProcess.run(["--data", bad, "-c", "count sessions"])
    XCTAssertEqual(
      r.stderr,
      """
      error[E0801]: cannot reach the PostgreSQL server \(hostPort.host):1: Connection refused
        hint: check the host and port, and that the server runs: pg_isready -h HOST -p PORT

      """)
    XCTAssertEqual(r.stdout, "")
    XCTAssertEqual(r.status, 3)
  }

  func testWrongPasswordNeverShown() throws {
    let bad = url.replacingOccurrences(of: password, with: "wrong-pw")
    let r = try DangkeProcess.run(["--data", bad, "-c", "count sessions"])
    XCTAssertEqual(
      r.stderr,
      """
      error[E0802]: the server \(hostPort.host):\(hostPort.port) refused user 'postgres': wrong password or no permission to log in
        hint: check the password in the URL, in PGPASSWORD or in ~/.pgpass

      """)
    XCTAssertFalse(r.stderr.contains("wrong-pw"))
    XCTAssertEqual(r.status, 3)
    let zh = try DangkeProcess.run(
      ["--data", bad, "-c", "count sessions"], environment: ["LANG": "zh_CN.UTF-8"])
    XCTAssertEqual(
      zh.stderr,
      """
      错误[E0802]：服务器 \(hostPort.host):\(hostPort.port) 拒绝了用户“postgres”：密码不对，或者没有登录权限
        提示：请核对连接串、PGPASSWORD 或 ~/.pgpass 里的密码

      """)
    XCTAssertEqual(zh.status, 3)
  }

  func testUnknownTableOnTheServerIsAQueryError() throws {
    try psql(url, "create table t (id integer primary key)")
    let r = try DangkeProcess.run(["--data", url, "-c", "count sessions"])
    XCTAssertEqual(
      r.stderr,
      """
      error[E0301]: unknown table 'sessions'
       --> line 1, column 7
        |
      1 | count sessions
        |       ^^^^^^^^ `show tables` lists the tables

      """)
    XCTAssertEqual(r.status, 1)
  }

  func testLibpqConventions() throws {
    try psql(url, "create table t (id integer primary key)")
    let (host, port) = hostPort
    // PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE with an empty URL.
    let env = [
      "PGHOST": host, "PGPORT": port, "PGUSER": "postgres", "PGPASSWORD": password,
      "PGDATABASE": database,
    ]
    let fromEnvironment = try DangkeProcess.run(
      ["--data", "postgresql://", "-c", "count t"], environment: env)
    XCTAssertEqual(fromEnvironment.stdout, "count\n-----\n    0\n(1 row)\n")
    // ~/.pgpass and a service file.
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(database)
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    let pgpass = home.appendingPathComponent(".pgpass").path
    try "\(host):\(port):*:postgres:\(password)\n".write(
      toFile: pgpass, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: pgpass)
    try "[dangke]\nhost=\(host)\nport=\(port)\nuser=postgres\ndbname=\(database)\n".write(
      toFile: home.appendingPathComponent(".pg_service.conf").path, atomically: true,
      encoding: .utf8)
    let fromService = try DangkeProcess.run(
      ["--data", "service=dangke sslmode=disable", "-c", "count t"],
      environment: ["HOME": home.path])
    XCTAssertEqual(fromService.stdout, "count\n-----\n    0\n(1 row)\n")
    XCTAssertEqual(fromService.stderr, "")
  }

  func testCheckRefusesAServer() throws {
    let r = try DangkeProcess.run(["check", url])
    XCTAssertEqual(
      r.stderr,
      "dangke: '\(redacted)' is a PostgreSQL server; this command reads data files or a snapshot\n")
    XCTAssertEqual(r.status, 2)
  }
}
