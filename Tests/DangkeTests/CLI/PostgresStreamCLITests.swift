import Foundation
import TestSupport
import XCTest

/// A long `list` on a server (60 MB of text) streams (issue #15, item 2): the `dangke` process's peak
/// memory stays far below what holding the answer would take, and its output is the bytes the
/// same data give in memory. Needs DANGKE_PG_URL (skipped without it).
final class PostgresStreamCLITests: XCTestCase {
  var scratch: ScratchDatabase!
  var url: String { scratch.url }

  override func setUpWithError() throws {
    guard let server = ScratchDatabase.server else { throw XCTSkip(ScratchDatabase.skipReason) }
    scratch = try ScratchDatabase(server: server, prefix: "dangke_stream_cli")
  }

  override func tearDown() {
    scratch?.drop()
  }

  @discardableResult
  private func psql(_ url: String, _ sql: String) throws -> String {
    try ScratchDatabase.psql(url, sql)
  }

  /// Runs `dangke ARGS > OUT` with the peak-memory hook; its `VmHWM` in kB.
  private func peakKB(_ arguments: [String], out: URL) throws -> Int {
    let r = try ProcessRunner.run(
      URL(fileURLWithPath: "/bin/sh"),
      ["-c", #"out=$1; shift; exec "$@" > "$out""#, "sh", out.path, Repository.dangke.path]
        + arguments,
      environment: ["DANGKE_TEST_PEAK_MEMORY": "1"])
    XCTAssertEqual(r.status, 0, r.stderr)
    let line = try XCTUnwrap(r.stderr.split(separator: "\n").first { $0.hasPrefix("VmHWM:") })
    return try XCTUnwrap(Int(line.split(separator: " ").dropFirst().first ?? ""))
  }

  func testALongListStreamsInBoundedMemory() throws {
    // 300,000 attendance rows with a 200-byte note each: 60 MB of distinct text alone,
    // which an answer gathered in memory would hold (plus its dictionary's index). (A
    // million short rows took three minutes of a debug build; the text is what matters.)
    try psql(
      url,
      """
      create table attendance (id integer primary key, name text, note text, day date,
                               hours numeric(6,2));
      insert into attendance
        select g, '党员' || (g % 5000), 'row ' || g || ' ' || repeat(md5(g::text), 6) || ' 学习',
               date '2024-01-01' + (g % 700), (g % 1000) / 4.0
        from generate_series(1, 300000) g;
      """)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-stream-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = folder.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try psql(
      url,
      "\\copy (select * from attendance order by id) to '\(data.path)/attendance.csv' csv header")

    let fromServer = folder.appendingPathComponent("server.csv")
    let fromMemory = folder.appendingPathComponent("memory.csv")
    let server = try peakKB(["--data", url, "-c", "list attendance as csv"], out: fromServer)
    let memory = try peakKB([data.path, "-c", "list attendance as csv"], out: fromMemory)

    let same = try ProcessRunner.run("cmp", [fromServer.path, fromMemory.path])
    XCTAssertEqual(same.status, 0, same.stdout + same.stderr)
    let size = try XCTUnwrap(
      FileManager.default.attributesOfItem(atPath: fromServer.path)[.size] as? Int)
    XCTAssertGreaterThan(size, 60_000_000)
    // The streamed run holds a row at a time: its peak is the program's own (about 40 MB in
    // a debug build), below the notes' 60 MB alone and under half the in-memory run's.
    XCTAssertLessThan(server, 80_000, "peak \(server) kB streaming, \(memory) kB in memory")
    XCTAssertLessThan(server * 2, memory, "peak \(server) kB streaming, \(memory) kB in memory")
  }
}
