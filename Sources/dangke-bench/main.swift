import Engine
import Foundation
import Lang

// dangke-bench DATA QUERIES [RUNS]: loads DATA once, then runs each line of QUERIES
// (blank lines and `#` comments skipped) RUNS times in-process and prints the median time
// of evaluation alone (no rendering), plus the load time. Used by bench/compare.sh.

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

let args = CommandLine.arguments
guard args.count >= 3 else {
  FileHandle.standardError.write(Data("usage: dangke-bench DATA QUERIES [RUNS]\n".utf8))
  exit(2)
}
let runs = args.count > 3 ? Int(args[3]) ?? 5 : 5
var store: Store?
let load = try milliseconds { store = try Loader.load(.directory(args[1])) }
print(String(format: "%9.1f ms  load", load))
let session = Session(store: store!)
let text = try String(contentsOfFile: args[2], encoding: .utf8)
for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
  let statement = try Parser.parseStatement(String(line))
  var times: [Double] = []
  var rows = 0
  for _ in 0..<runs {
    times.append(
      try milliseconds {
        if case .table(let t, _) = try session.run(statement).outcome { rows = t.rows.count }
      })
  }
  times.sort()
  print(String(format: "%9.1f ms  %@  (%d rows)", times[times.count / 2], String(line), rows))
}
