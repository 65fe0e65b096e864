import Foundation
import TestSupport
import XCTest

/// ICU and libpq are loaded on first need, not at start. Without them (here: a preloaded
/// `dlopen` that refuses their names) a start, and every query that needs neither, works;
/// one that needs pinyin order or search fails with E1401, a connection with E1400.
final class LazyLibraryTests: XCTestCase {
  /// A shared library whose `dlopen` refuses ICU and libpq, built with cc.
  private func refusingShim() throws -> URL {
    let folder = try ProcessRunner.temporaryDirectory()
    let source = folder.appendingPathComponent("refuse.c")
    try """
    #define _GNU_SOURCE
    #include <dlfcn.h>
    #include <string.h>
    void *dlopen(const char *name, int flags) {
      if (name && (strstr(name, "libicu") || strstr(name, "libpq"))) return NULL;
      void *(*real)(const char *, int) = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
      return real(name, flags);
    }
    char *dlerror(void) { return (char *)"refused by the test"; }
    """.write(to: source, atomically: true, encoding: .utf8)
    let library = folder.appendingPathComponent("refuse.so")
    let built = try ProcessRunner.run(
      "cc", ["-shared", "-fPIC", "-o", library.path, source.path, "-ldl"])
    XCTAssertEqual(built.status, 0, built.stderr)
    return library
  }

  private func run(_ args: [String], _ shim: URL) throws -> ProcessOutput {
    try DangkeProcess.run(args, environment: ["LD_PRELOAD": shim.path])
  }

  /// `libicui18n.so.72` → `libicui18n.so.N`: the version is the system's.
  private func anyVersion(_ text: String) -> String {
    text.replacing(/libicui18n\.so\.[0-9]+/, with: "libicui18n.so.N")
  }

  func testWithoutICUOnlyPinyinAnswersFail() throws {
    #if os(Linux)
      let shim = try refusingShim()
      let counted = try run(["-c", "count sessions where type = micro"], shim)
      XCTAssertEqual(counted.status, 0, counted.stderr)
      XCTAssertEqual(counted.stdout, "count\n-----\n   32\n(1 row)\n")
      let grouped = try run(["-c", "count members by org.name top 3"], shim)
      XCTAssertEqual(grouped.status, 1)
      XCTAssertEqual(grouped.stdout, "")
      XCTAssertEqual(
        anyVersion(grouped.stderr),
        DangkeProcess.sampleNote + """
          error[E1401]: this answer needs pinyin order or pinyin search, but ICU could not be loaded (refused by the test)
           --> line 1, column 1
            |
          1 | count members by org.name top 3
            | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ install ICU's library libicui18n.so.N (on Debian and Ubuntu the package libicu and its version, such as libicu72)

          """)
      let found = try run(["-c", "count members where name ~ \"zhang\""], shim)
      XCTAssertEqual(found.status, 1)
      XCTAssertTrue(found.stderr.contains("error[E1401]"), found.stderr)
    #endif
  }

  func testWithoutLibPQAConnectionFails() throws {
    #if os(Linux)
      let shim = try refusingShim()
      let r = try run(["--data", "postgresql://localhost:1/dangke", "-c", "count sessions"], shim)
      XCTAssertEqual(r.status, 3)
      XCTAssertEqual(r.stdout, "")
      XCTAssertEqual(
        r.stderr,
        "error[E1400]: cannot connect to PostgreSQL: its client library could not be loaded "
          + "(refused by the test)\n"
          + "  hint: install PostgreSQL's client library libpq.so.5 (Debian and Ubuntu: "
          + "apt-get install libpq5)\n")
    #endif
  }
}
