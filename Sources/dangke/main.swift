import ArgumentParser
import Engine
import Foundation
import Lang

// The thin executable: choose the language, parse the command line, run, exit with a
// documented status. ArgumentParser exits 64 on usage errors; Dangke documents 2, so errors
// are mapped here, and every message is written by `ErrorOutput` (text or JSON lines).
Console.ignoreBrokenPipe()
let arguments = Array(CommandLine.arguments.dropFirst())
Language.current = Startup.language(arguments, environment: ProcessInfo.processInfo.environment)
ErrorOutput.json = Startup.wantsJSON(arguments)
CrashLine.install()
#if DEBUG
  // A hidden hook for the crash-line test, in debug builds only: crash on purpose.
  if let how = ProcessInfo.processInfo.environment["DANGKE_TEST_CRASH"] { CrashLine.crash(how) }
  PeakMemory.reportAtExitIfAsked()
#endif
if let name = Startup.languageArgument(arguments), Language(name: name) == nil {
  ErrorOutput.error(cliMessages.unknownLanguage(name), hint: cliMessages.seeHelp())
  exit(2)
}
switch Startup.withoutLanguage(arguments) {
case ["--help"], ["-h"], ["help"]:
  Console.out(HelpOutput.translate(HelpOutput.topLevel()))
  exit(0)
case ["--version"]:
  Console.out(DangkeVersion.line + "\n")
  exit(0)
case ["--generate-man-page"]:
  Console.out(ManPage.render())
  exit(0)
default:
  break
}
do {
  var command = try Dangke.parseAsRoot(arguments)
  try command.run()
} catch let stop as StatusExit {
  exit(stop.status.rawValue)
} catch let usage as UsageError {
  ErrorOutput.error(usage.message, hint: cliMessages.seeHelp())
  exit(ExitStatus.usageError.rawValue)
} catch {
  let code = Dangke.exitCode(for: error)
  let text = Dangke.fullMessage(for: error)
  if code == .success {
    Console.out(HelpOutput.translate(text) + (text.hasSuffix("\n") ? "" : "\n"))
    exit(0)
  }
  if code == .validationFailure {
    let (message, usage) = HelpOutput.parserError(text)
    ErrorOutput.error(message)
    if !ErrorOutput.json {
      if !usage.isEmpty { Console.err(HelpOutput.translate(usage) + "\n") }
      Console.err(cliMessages.seeHelp().description + "\n")
    }
    exit(ExitStatus.usageError.rawValue)
  }
  Console.err(text + "\n")
  exit(code.rawValue)
}
