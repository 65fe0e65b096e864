import Engine

/// libFuzzer entry: load the bytes as one `.csv` file and as one `.tsv` file. A load either
/// succeeds or throws a `LoadError` naming the file; nothing may crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  for name in ["t.csv", "t.tsv"] {
    do {
      let store = try Loader.load(
        .memory(name: "fuzz", files: [DataFile(path: name, bytes: bytes)]))
      _ = store.report.render(store: store)
    } catch {
      guard error.file == name else { fatalError("error names '\(error.file)', not \(name)") }
      _ = error.description
    }
  }
  return 0
}
