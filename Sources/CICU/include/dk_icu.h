// The few ICU calls Dangke makes, behind names of its own and plain C types.
//
// ICU renames its entry points with version macros (ucol_open is ucol_open_72), which Swift
// cannot see through, and the system's ICU headers clash with the copy Foundation carries
// ("'UErrorCode' has different definitions in different modules") in any module that sees
// both. So this header includes no ICU header at all: icu.c does, and is compiled by clang
// alone. A status below zero or zero is success, as in ICU.
//
// ICU is not linked but loaded with dlopen on first use (see icu.c); the collator and
// transliterator are NULL when it cannot be loaded, and `dk_icu_load` says why.
#ifndef DK_ICU_H
#define DK_ICU_H

#include <stddef.h>
#include <stdint.h>

/// Loads ICU once (later calls return the first answer): 0 on success, else -1 with the
/// loader's reason in `error` (`capacity` bytes, closed with a zero byte; NULL for none).
int dk_icu_load(char *error, size_t capacity);

/// The file name of the library `dk_icu_load` opens (`libicui18n.so.72`).
const char *dk_icu_library(void);

/// Opens a collator for `locale` ("zh" orders by pinyin); NULL when ICU has no data for it.
void *dk_collator_open(const char *locale);

/// -1, 0 or 1: UTF-8 `a` against UTF-8 `b` (0 also on failure).
int dk_collator_compare_utf8(
    const void *collator, const char *a, int32_t aLength, const char *b, int32_t bLength);

/// Converts UTF-8 to UTF-16 into `dest`; returns the UTF-16 length, or -1 when it does not fit
/// or is not UTF-8.
int32_t dk_utf8_to_utf16(uint16_t *dest, int32_t capacity, const char *src, int32_t length);

/// Writes the sort key of UTF-16 `text` (without its closing zero byte when it fits) and
/// returns the length ICU needs, closing zero included.
int32_t dk_collator_sort_key(
    const void *collator, const uint16_t *text, int32_t length, uint8_t *key, int32_t capacity);

/// Opens a transliterator by its ICU id in UTF-16 ("Han-Latin"); NULL on failure.
void *dk_transliterator_open(const uint16_t *id, int32_t length);

/// Transliterates UTF-16 `text` in place; returns the new length, or -1 on failure.
int32_t dk_transliterate(void *transliterator, uint16_t *text, int32_t length, int32_t capacity);

#endif
