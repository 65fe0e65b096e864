import Foundation
import XCTest

@testable import Engine

/// `dangke import`: the sample copied into PostgreSQL reads back the same, in one transaction.
final class PostgresImportTests: XCTestCase {
  var database: (name: String, url: String)!

  override func setUpWithError() throws {
    database = try PostgresTestServer.createDatabase("dangke_import")
  }

  override func tearDown() {
    if let database { PostgresTestServer.drop(database.name) }
  }

  private func sample() throws -> Store {
    try Loader.load(.memory(name: "Kangjian sample", files: Generator(scale: .sample).files()))
  }

  private func text(_ table: ResultTable) -> String {
    Engine.render(table, as: .table, options: RenderOptions())
  }

  private func failure(_ body: () throws -> Void) -> PostgresError? {
    do {
      try body()
      XCTFail("expected an error")
    } catch let error as PostgresError {
      return error
    } catch {
      XCTFail("unexpected \(error)")
    }
    return nil
  }

  private func publicTables() throws -> [String] {
    let c = try PostgresConnection(ConnectionString(database.url))
    return try c.execute(
      "select relname from pg_class where relnamespace = 'public'::regnamespace "
        + "and relkind = 'r' order by relname"
    ).rows.map { $0[0]! }
  }

  func testSampleReadsBackTheSame() throws {
    let store = try sample()
    let summary = try PostgresImport().run(store, into: database.url)
    XCTAssertEqual(summary.tables, 9)
    XCTAssertEqual(summary.rows, store.tables.reduce(0) { $0 + $1.rowCount })
    XCTAssertEqual(summary.warnings, [])
    let source = try PostgresSource(database.url)
    XCTAssertEqual(source.store.tables.map(\.name), store.tables.map(\.name).sorted())
    var sorted = store
    sorted.tables.sort { $0.name < $1.name }
    XCTAssertEqual(text(try source.showTables()), text(Catalog(store: sorted).tables()))
    for (i, table) in store.tables.enumerated() {
      let index = try XCTUnwrap(source.store.tableIndex(table.name))
      XCTAssertEqual(
        text(try source.describe(index)), text(Catalog(store: store).describe(i)), table.name)
      XCTAssertEqual(source.store.tables[index].timeColumn, table.timeColumn)
      XCTAssertEqual(source.store.tables[index].displayColumn, table.displayColumn)
    }
    let keys = try source.connection.execute(
      """
      select conrelid::regclass::text || ' ' || pg_get_constraintdef(oid) from pg_constraint
      where conrelid in ('attendance'::regclass, 'sessions'::regclass) order by 1
      """
    ).rows.map { $0[0]! }
    XCTAssertEqual(
      keys,
      [
        "attendance FOREIGN KEY (member) REFERENCES members(id)",
        "attendance FOREIGN KEY (session) REFERENCES sessions(id)",
        "sessions FOREIGN KEY (base) REFERENCES bases(id)",
        "sessions FOREIGN KEY (host) REFERENCES orgs(id)",
        "sessions FOREIGN KEY (speaker) REFERENCES members(id)",
        "sessions FOREIGN KEY (teacher) REFERENCES experts(id)",
        "sessions PRIMARY KEY (id)",
      ])
  }

  func testAnExistingTableNeedsReplace() throws {
    let store = try sample()
    _ = try PostgresImport().run(store, into: database.url)
    let error = failure { _ = try PostgresImport().run(store, into: self.database.url) }
    let redacted = ConnectionString.redact(database.url)
    XCTAssertEqual(
      error?.text(.en),
      "error[E0811]: import into \(redacted) failed and nothing was changed: table '\(store.tables[0].name)' "
        + "already exists in \(database.name); add --replace to replace it")
    XCTAssertEqual(
      error?.text(.zh),
      "错误[E0811]：导入 \(redacted) 失败，数据库没有任何改动：\(database.name) 里已经有表“\(store.tables[0].name)”；"
        + "要替换它请加 --replace")
    XCTAssertFalse(
      error!.text(.en).contains(database.url.split(separator: "@")[0].split(separator: ":").last!))
    _ = try PostgresImport(replace: true).run(store, into: database.url)
    XCTAssertEqual(try publicTables().count, 10)
  }

  func testAnImportStoppedHalfwayLeavesTheDatabaseAsItWas() throws {
    let admin = try PostgresConnection(ConnectionString(database.url), readOnly: false)
    try admin.execute("create table keep (id integer)")
    let store = try sample()
    var job = PostgresImport(replace: true)
    let flag = CancellationFlag()
    job.cancellation = flag
    var seen: [String] = []
    job.progress = { p in
      seen.append(p.table)
      if p.table == "members" { flag.cancel() }
    }
    let error = failure { _ = try job.run(store, into: self.database.url) }
    XCTAssertEqual(
      error?.text(.en),
      "error[E0811]: import into \(ConnectionString.redact(database.url)) failed and nothing "
        + "was changed: query cancelled; the server stopped it")
    XCTAssertTrue(seen.contains("members"))
    XCTAssertEqual(try publicTables(), ["keep"])
  }

  func testDanglingReferencesGetNoForeignKey() throws {
    let files = [
      DataFile(path: "orgs.csv", bytes: Array("id,name\n1,一支部\n2,二支部\n".utf8)),
      DataFile(path: "people.csv", bytes: Array("id,name,org\n1,张伟,1\n2,李娜,9\n3,王芳,2\n".utf8)),
      DataFile(
        path: "schema.json",
        bytes: Array(#"{"tables": {"people": {"columns": {"org": {"references": "orgs"}}}}}"#.utf8)),
    ]
    let store = try Loader.load(.memory(name: "dangling", files: files))
    XCTAssertEqual(store.table("people")?.column("org")?.reference?.dangling, 1)
    let summary = try PostgresImport().run(store, into: database.url)
    XCTAssertEqual(
      summary.warnings.map(\.en), ["people.org: no foreign key to orgs (1 values match no orgs.id)"]
    )
    XCTAssertEqual(summary.warnings.map(\.zh), ["people.org：有 1 个值在 orgs.id 里找不到，没有建立到 orgs 的外键"])
    let source = try PostgresSource(database.url)
    XCTAssertEqual(source.store.table("people")?.column("org")?.reference?.table, "orgs")
    let indexes = try source.connection.execute(
      "select indexdef from pg_indexes where tablename = 'people' order by 1"
    ).rows.map { $0[0]! }
    XCTAssertEqual(
      indexes,
      [
        "CREATE INDEX people_org_idx ON public.people USING btree (org)",
        "CREATE UNIQUE INDEX people_pkey ON public.people USING btree (id)",
      ])
  }
}
