import FuzzSupport

/// libFuzzer entry: load the bytes as one `.csv` file and as one `.tsv` file. A load either
/// succeeds or throws a `LoadError` naming the file; nothing may crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  loadEachWay(data, size, as: ["t.csv", "t.tsv"])
  return 0
}
