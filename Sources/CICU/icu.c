#include "dk_icu.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <unicode/ucol.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

// ICU is loaded with dlopen when pinyin order or search is first needed, not linked: its
// libraries and their 30 MB of data cost every start of the program milliseconds and
// megabytes. The headers give the types and the version-renamed entry points
// (`ucol_open` is `ucol_open_72`), which name both the library file and the symbols.
#define DK_STR(x) #x
#define DK_XSTR(x) DK_STR(x)
#if defined(__APPLE__)
#define DK_ICU_LIBRARY "libicui18n." DK_XSTR(U_ICU_VERSION_MAJOR_NUM) ".dylib"
#else
#define DK_ICU_LIBRARY "libicui18n.so." DK_XSTR(U_ICU_VERSION_MAJOR_NUM)
#endif

static __typeof__(&ucol_open) p_open;
static __typeof__(&ucol_strcollUTF8) p_strcoll;
static __typeof__(&u_strFromUTF8) p_from_utf8;
static __typeof__(&ucol_getSortKey) p_sort_key;
static __typeof__(&utrans_openU) p_trans_open;
static __typeof__(&utrans_transUChars) p_trans;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char failure[512];

#define DK_RESOLVE(pointer, function)                                                     \
  if (failure[0] == 0) {                                                                  \
    pointer = (__typeof__(pointer))dlsym(handle, DK_XSTR(function));                      \
    if (pointer == NULL) snprintf(failure, sizeof failure, "%s: no %s", DK_ICU_LIBRARY,    \
                                  DK_XSTR(function));                                      \
  }

static void load(void) {
  void *handle = dlopen(DK_ICU_LIBRARY, RTLD_NOW | RTLD_LOCAL);
  if (handle == NULL) {
    const char *reason = dlerror();
    snprintf(failure, sizeof failure, "%s", reason ? reason : DK_ICU_LIBRARY);
    return;
  }
  DK_RESOLVE(p_open, ucol_open)
  DK_RESOLVE(p_strcoll, ucol_strcollUTF8)
  DK_RESOLVE(p_from_utf8, u_strFromUTF8)
  DK_RESOLVE(p_sort_key, ucol_getSortKey)
  DK_RESOLVE(p_trans_open, utrans_openU)
  DK_RESOLVE(p_trans, utrans_transUChars)
}

int dk_icu_load(char *error, size_t capacity) {
  pthread_once(&once, load);
  if (failure[0] == 0) return 0;
  if (capacity > 0) snprintf(error, capacity, "%s", failure);
  return -1;
}

const char *dk_icu_library(void) { return DK_ICU_LIBRARY; }

void *dk_collator_open(const char *locale) {
  if (dk_icu_load(NULL, 0) != 0) return NULL;
  UErrorCode status = U_ZERO_ERROR;
  UCollator *collator = p_open(locale, &status);
  if (U_FAILURE(status)) return NULL;
  return collator;
}

int dk_collator_compare_utf8(
    const void *collator, const char *a, int32_t aLength, const char *b, int32_t bLength) {
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult r = p_strcoll((const UCollator *)collator, a, aLength, b, bLength, &status);
  if (U_FAILURE(status)) return 0;
  return r == UCOL_LESS ? -1 : (r == UCOL_GREATER ? 1 : 0);
}

int32_t dk_utf8_to_utf16(uint16_t *dest, int32_t capacity, const char *src, int32_t length) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t written = 0;
  p_from_utf8((UChar *)dest, capacity, &written, src, length, &status);
  if (U_FAILURE(status) || written > capacity) return -1;
  return written;
}

int32_t dk_collator_sort_key(
    const void *collator, const uint16_t *text, int32_t length, uint8_t *key, int32_t capacity) {
  return p_sort_key((const UCollator *)collator, (const UChar *)text, length, key, capacity);
}

void *dk_transliterator_open(const uint16_t *id, int32_t length) {
  if (dk_icu_load(NULL, 0) != 0) return NULL;
  UErrorCode status = U_ZERO_ERROR;
  UTransliterator *t = p_trans_open((const UChar *)id, length, UTRANS_FORWARD, NULL, -1, NULL, &status);
  if (U_FAILURE(status)) return NULL;
  return t;
}

int32_t dk_transliterate(void *transliterator, uint16_t *text, int32_t length, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t limit = length;
  p_trans((const UTransliterator *)transliterator, (UChar *)text, &length, capacity, 0, &limit, &status);
  if (U_FAILURE(status)) return -1;
  return length;
}
