import Foundation

#if DEBUG
  /// A hidden hook for the streaming tests, compiled into debug builds only: with
  /// `DANGKE_TEST_PEAK_MEMORY` set, the process writes its peak resident memory (the `VmHWM`
  /// line of /proc/self/status, `VmHWM:  51234 kB`) to standard error when it exits, so a test
  /// can check that a million-row answer from a server was never gathered in memory.
  enum PeakMemory {
    static func reportAtExitIfAsked() {
      guard ProcessInfo.processInfo.environment["DANGKE_TEST_PEAK_MEMORY"] != nil else { return }
      atexit {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return }
        FileHandle.standardError.write(Data((line + "\n").utf8))
      }
    }
  }
#endif
