#include "dk_icu.h"

#include <unicode/ucol.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

void *dk_collator_open(const char *locale) {
  UErrorCode status = U_ZERO_ERROR;
  UCollator *collator = ucol_open(locale, &status);
  if (U_FAILURE(status)) return NULL;
  return collator;
}

int dk_collator_compare_utf8(
    const void *collator, const char *a, int32_t aLength, const char *b, int32_t bLength) {
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult r = ucol_strcollUTF8((const UCollator *)collator, a, aLength, b, bLength, &status);
  if (U_FAILURE(status)) return 0;
  return r == UCOL_LESS ? -1 : (r == UCOL_GREATER ? 1 : 0);
}

int32_t dk_utf8_to_utf16(uint16_t *dest, int32_t capacity, const char *src, int32_t length) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t written = 0;
  u_strFromUTF8((UChar *)dest, capacity, &written, src, length, &status);
  if (U_FAILURE(status) || written > capacity) return -1;
  return written;
}

int32_t dk_collator_sort_key(
    const void *collator, const uint16_t *text, int32_t length, uint8_t *key, int32_t capacity) {
  return ucol_getSortKey((const UCollator *)collator, (const UChar *)text, length, key, capacity);
}

void *dk_transliterator_open(const uint16_t *id, int32_t length) {
  UErrorCode status = U_ZERO_ERROR;
  UTransliterator *t = utrans_openU((const UChar *)id, length, UTRANS_FORWARD, NULL, -1, NULL, &status);
  if (U_FAILURE(status)) return NULL;
  return t;
}

int32_t dk_transliterate(void *transliterator, uint16_t *text, int32_t length, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t limit = length;
  utrans_transUChars(
      (const UTransliterator *)transliterator, (UChar *)text, &length, capacity, 0, &limit, &status);
  if (U_FAILURE(status)) return -1;
  return length;
}
