// SwiftPM links an executable with `main` pointing at the target's own code, so libFuzzer's
// main is not used; `runFuzzer` hands the command line and the entry point to its driver.
import Engine
import Glibc

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// Runs libFuzzer's driver with `entry` as the input callback, then exits with its status.
public func runFuzzer(_ entry: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> Never {
  var argc = CommandLine.argc
  var argv = CommandLine.unsafeArgv
  exit(runDriver(&argc, &argv, entry))
}

/// Loads the fuzz bytes as one file under each of `names` (the extension picks the format):
/// a load either succeeds or throws a `LoadError` naming that file; nothing may crash.
public func loadEachWay(_ data: UnsafePointer<UInt8>, _ size: Int, as names: [String]) {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  for name in names {
    do {
      let store = try Loader.load(
        .memory(name: "fuzz", files: [DataFile(path: name, bytes: bytes)]))
      _ = store.report.render(store: store)
    } catch {
      guard error.file == name else { fatalError("error names '\(error.file)', not \(name)") }
      _ = error.description
    }
  }
}
