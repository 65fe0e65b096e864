#ifndef DANGKE_CLIBEDIT_SHIM_H
#define DANGKE_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <locale.h>
#include <langinfo.h>
#include <histedit.h>
#include <editline/readline.h>

// Setters and getters for libedit's readline-compatible globals. Swift 6 rejects direct
// access to C globals as shared mutable state; these keep every access on the C side.
// (Static inline functions keep no state of their own: the state is libedit's.)

/// Installs the function libedit calls on Tab, and turns off its file-name fallback.
static inline void dangke_rl_set_completer(rl_completion_func_t *completer) {
  rl_attempted_completion_function = completer;
}

/// Names the program (libedit picks its section of ~/.editrc by it) and sets the characters
/// that end the word being completed (libedit reads rl_basic_word_break_characters).
/// String literals: libedit keeps the pointers.
static inline void dangke_rl_configure(void) {
  rl_readline_name = "dangke";
  rl_basic_word_break_characters = " \t\n=<>!(),;~";
  rl_completer_word_break_characters = (char *)" \t\n=<>!(),;~";
}

/// The character appended after a unique completion ('\0' for none).
static inline void dangke_rl_set_append_character(int c) { rl_completion_append_character = c; }

/// Tells libedit not to fall back to file-name completion after our function returned.
static inline void dangke_rl_set_completion_over(int over) { rl_attempted_completion_over = over; }

/// The line being edited (UTF-8 bytes) as libedit last reported it to the completer.
static inline const char *dangke_rl_line_buffer(void) { return rl_line_buffer; }

/// Flushes libedit's output stream (before the prompt writes past libedit).
static inline void dangke_rl_flush(void) { fflush(rl_outstream ? rl_outstream : stdout); }

/// The terminal's width in columns as libedit knows it (80 when it does not).
static inline int dangke_rl_screen_width(void) {
  int rows = 0, cols = 0;
  rl_get_screen_size(&rows, &cols);
  return cols > 0 ? cols : 80;
}

/// Number of entries in the in-memory history.
static inline int dangke_history_length(void) { return history_length; }

/// The text of the newest history entry, or NULL.
static inline const char *dangke_history_last(void) {
  HIST_ENTRY *entry = history_get(history_base + history_length - 1);
  return entry ? entry->line : NULL;
}

/// The text of history entry `index` (0 = oldest), or NULL.
static inline const char *dangke_history_at(int index) {
  HIST_ENTRY *entry = history_get(history_base + index);
  return entry ? entry->line : NULL;
}

/// Installs `handler` for SIGINT without SA_RESTART (so a blocked read returns EINTR),
/// saving the previous action in `previous`. Returns 0 on success.
static inline int dangke_install_sigint(void (*handler)(int), struct sigaction *previous) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  return sigaction(SIGINT, &action, previous);
}

/// Restores a SIGINT action saved by dangke_install_sigint.
static inline int dangke_restore_sigint(const struct sigaction *previous) {
  return sigaction(SIGINT, previous, NULL);
}

/// Makes LC_CTYPE a UTF-8 locale: the user's own when it is UTF-8, else C.UTF-8.
/// libedit drops every CJK character typed unless the ctype codeset is UTF-8.
/// Returns 1 when the resulting codeset is UTF-8.
static inline int dangke_use_utf8_ctype(void) {
  setlocale(LC_CTYPE, "");
  const char *codeset = nl_langinfo(CODESET);
  if (codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) return 1;
  if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "en_US.UTF-8");
  codeset = nl_langinfo(CODESET);
  return codeset && strcmp(codeset, "UTF-8") == 0;
}
/// The C standard output stream (Swift 6 rejects the `stdout` global).
static inline FILE *dangke_stdout(void) { return stdout; }

/// Where libedit draws (set before rl_initialize): the terminal when stdout is piped.
static inline void dangke_rl_set_outstream(FILE *stream) { rl_outstream = stream; }

/// Writes `text` where libedit draws, and flushes.
static inline void dangke_rl_write(const char *text) {
  FILE *out = rl_outstream ? rl_outstream : stdout;
  fputs(text, out);
  fflush(out);
}

/// The function libedit reads each character with (set before rl_initialize). It returns a
/// Unicode scalar (libedit stores it as a wchar_t) or -1 to end the line as Ctrl-C does.
static inline void dangke_rl_set_getc(int (*getc)(FILE *)) { rl_getc_function = getc; }

/// A function libedit calls at the start of each readline(), after it set up the terminal
/// (and rebound the terminal's kill and word-erase characters to its defaults).
static inline void dangke_rl_set_pre_input_hook(rl_hook_func_t *hook) { rl_pre_input_hook = hook; }

/// The cursor's byte offset in rl_line_buffer (libedit updates it before a bound function).
static inline int dangke_rl_point(void) { return rl_point; }

/// Sets rl_point, which libedit's wrapper of a bound function takes as a character index.
static inline void dangke_rl_set_point(int point) { rl_point = point; }

/// Installs `handler` for `sig` without SA_RESTART (a blocked read returns EINTR).
static inline int dangke_install_handler(int sig, void (*handler)(int), struct sigaction *previous) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  return sigaction(sig, &action, previous);
}

/// Restores an action saved by dangke_install_handler.
static inline int dangke_restore_handler(int sig, const struct sigaction *previous) {
  return sigaction(sig, previous, NULL);
}
#endif
