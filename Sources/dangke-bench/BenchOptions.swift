import Foundation

/// The command line of dangke-bench.
struct BenchOptions {
  var data = ""
  var queries = ""
  var runs = 5
  var answers: String?
  var snapshot: String?

  static func parse(_ arguments: [String]) -> BenchOptions {
    var options = BenchOptions()
    var positional: [String] = []
    var i = 1
    while i < arguments.count {
      let a = arguments[i]
      if a == "--answers" || a == "--snapshot", i + 1 < arguments.count {
        if a == "--answers" {
          options.answers = arguments[i + 1]
        } else {
          options.snapshot = arguments[i + 1]
        }
        i += 2
        continue
      }
      positional.append(a)
      i += 1
    }
    guard positional.count >= 2, positional.count <= 3 else { usage() }
    options.data = positional[0]
    options.queries = positional[1]
    if positional.count == 3 {
      guard let runs = Int(positional[2]), runs > 0 else { usage() }
      options.runs = runs
    }
    return options
  }

  private static func usage() -> Never {
    let text = "usage: dangke-bench DATA QUERIES [RUNS] [--answers DIR] [--snapshot FILE]\n"
    FileHandle.standardError.write(Data(text.utf8))
    exit(2)
  }
}

/// Milliseconds that `body` takes.
func milliseconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

/// This process's resident memory, from /proc/self/status (0 where there is none).
enum Memory {
  static var resident: Double { field("VmRSS:") }
  static var peak: Double { field("VmHWM:") }

  private static func field(_ name: String) -> Double {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    for line in status.split(separator: "\n") where line.hasPrefix(name) {
      let kb = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first
      return (kb.flatMap { Double($0) } ?? 0) / 1024
    }
    return 0
  }
}
