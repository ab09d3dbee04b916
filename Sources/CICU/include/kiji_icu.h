// Tiny wrappers over the ICU C API. ICU renames its symbols with version suffixes
// (ubrk_open_72), which Swift cannot import; these prefixed functions can be.
// Only plain C types cross this boundary: Swift never sees an ICU header.
#ifndef KIJI_ICU_H
#define KIJI_ICU_H
#include <stdint.h>

/// Break iterator kinds, as ICU's UBreakIteratorType.
enum { KIJI_BREAK_CHARACTER = 0, KIJI_BREAK_WORD = 1, KIJI_BREAK_LINE = 2, KIJI_BREAK_SENTENCE = 3 };

/// Opens a break iterator over UTF-16 `text` (which must outlive it). Returns NULL and sets
/// `*error` to ICU's error code on failure.
void *kiji_break_open(int32_t kind, const char *locale, const uint16_t *text, int32_t length, int32_t *error);
/// A copy of `prototype` (never iterated itself; ICU's cloning is thread-safe) set to `text`:
/// far cheaper than opening one from ICU's rule data. NULL and `*error` on failure.
void *kiji_break_clone(const void *prototype, const uint16_t *text, int32_t length, int32_t *error);
/// The next boundary (UTF-16 offset), or -1 at the end.
int32_t kiji_break_next(void *iterator);
/// The rule status of the boundary just returned (word kinds: 0 none, 100 number, 200 letter, 300 kana, 400 ideo).
int32_t kiji_break_rule_status(void *iterator);
void kiji_break_close(void *iterator);

/// Normalization forms for kiji_normalize.
enum { KIJI_NFC = 0, KIJI_NFD = 1, KIJI_NFKC = 2, KIJI_NFKD = 3 };
/// Normalizes `source` to `form`. Returns the needed length; writes up to `capacity` units.
int32_t kiji_normalize(int32_t form, const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity, int32_t *error);

/// Transliterator by ICU id (e.g. "Latin-ASCII"). NULL on failure.
void *kiji_transliterator_open(const uint16_t *id, int32_t idLength, int32_t *error);
/// Transliterates `buffer` in place; `*length` is updated. Returns the needed length when
/// `capacity` is too small (and sets `*error`).
int32_t kiji_transliterate(void *transliterator, uint16_t *buffer, int32_t *length, int32_t capacity, int32_t *error);
void kiji_transliterator_close(void *transliterator);

/// A rule-based spell-out formatter (URBNF_SPELLOUT) used for parsing number words.
void *kiji_spellout_open(const char *locale, int32_t *error);
/// Parses number words starting at offset 0; returns the value and the UTF-16 length consumed in `*parsed` (0 when nothing parsed).
double kiji_spellout_parse(void *formatter, const uint16_t *text, int32_t length, int32_t *parsed);
void kiji_spellout_close(void *formatter);

/// Number of ISO 3166 country codes ICU knows.
int32_t kiji_country_count(void);
/// The i-th two-letter country code (static storage).
const char *kiji_country_code(int32_t index);
/// Display name of a region (`"und_JP"` style locale id) in `displayLocale`; returns length.
int32_t kiji_region_display_name(const char *localeID, const char *displayLocale, uint16_t *destination, int32_t capacity, int32_t *error);
#endif
