import Engine
import Lang

/// The built-in sample, loaded once for the whole fuzzing run.
private let sample: Store = {
  do {
    return try Loader.load(.memory(name: "sample", files: Generator(scale: .sample).files()))
  } catch {
    fatalError("the sample does not load: \(error)")
  }
}()

/// libFuzzer entry: parse the bytes and run every statement on a fresh session over the
/// sample, rendering each answer; a query error must be a `Diagnostic`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEval(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let session = Session(store: sample)
  session.parameters = ["month": "2016-11", "year": "2016", "n": "3"]
  let renderer = DiagnosticRenderer(text: text, fileName: "fuzz.dk")
  for statement in Parser.parse(text).statements {
    do {
      let answer = try session.run(statement)
      for w in answer.warnings { _ = renderer.render(w) }
      if case .table(let table, _) = answer.outcome {
        // Every format for small answers; the table format alone for large ones (speed).
        let formats: [OutputFormat] = table.rows.count <= 1000 ? OutputFormat.allCases : [.table]
        for format in formats {
          _ = render(table, as: format, options: RenderOptions())
        }
      }
    } catch {
      _ = renderer.render(error)
    }
  }
  return 0
}
