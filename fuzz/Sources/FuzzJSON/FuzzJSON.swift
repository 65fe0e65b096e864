import FuzzSupport

/// libFuzzer entry: load the bytes as one `.jsonl` file and as one `.json` file. A load either
/// succeeds or throws a `LoadError` naming the file; nothing may crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  loadEachWay(data, size, as: ["t.jsonl", "t.json"])
  return 0
}
