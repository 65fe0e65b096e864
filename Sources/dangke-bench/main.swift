import Engine
import Foundation
import Lang

// dangke-bench DATA QUERIES [RUNS] [--answers DIR] [--snapshot FILE]
//
// Loads DATA (a data folder, or a snapshot file) once, then runs each line of QUERIES (blank
// lines and `#` comments skipped) RUNS times in-process and prints the median time of
// parsing, planning and evaluation, every value of the answer made (no rendering), plus the load time and the resident memory after load.
// --answers DIR writes each query's answer, normalised for comparing with SQL engines, to
// DIR/qN.tsv (N from 1); --snapshot FILE writes the loaded store as a snapshot and times it.
// Used by bench/compare.sh.

let options = BenchOptions.parse(CommandLine.arguments)
var store: Store?
let load = try milliseconds {
  store =
    try Snapshot.isSnapshot(options.data)
    ? Snapshot.read(options.data) : Loader.load(.directory(options.data))
}
print(String(format: "%9.1f ms  load", load))
print(String(format: "%9.1f MB  resident after load (peak %.1f MB)", Memory.resident, Memory.peak))
if let path = options.snapshot {
  let write = try milliseconds { try Snapshot.write(store!, to: path) }
  print(String(format: "%9.1f ms  snapshot write", write))
}
let session = Session(store: store!)
// As the executable does: keep freed query memory for the next query instead of returning it
// to the system (page faults would otherwise count in every query's time).
Session.keepFreedMemory()
let text = try String(contentsOfFile: options.queries, encoding: .utf8)
var number = 0
for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
  number += 1
  var times: [Double] = []
  var answer: ResultTable?
  var values = 0
  for _ in 0..<options.runs {
    // Parsed in each run, and every value of the answer made (a list's rows are made when
    // read), as DuckDB's and sqlite3's timers include both.
    times.append(
      try milliseconds {
        let statement = try Parser.parseStatement(String(line))
        if case .table(let t, _) = try session.run(statement).outcome {
          for row in t.rows { values &+= row.count }
          answer = t
        }
      })
  }
  precondition(values >= 0)
  times.sort()
  let rows = answer?.rows.count ?? 0
  print(String(format: "%9.2f ms  %@  (%d rows)", times[times.count / 2], String(line), rows))
  if let folder = options.answers, let answer {
    let path = folder + "/q\(number).tsv"
    try Data(AnswerText.tsv(answer).utf8).write(to: URL(fileURLWithPath: path))
  }
}
