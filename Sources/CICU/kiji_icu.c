#include "kiji_icu.h"
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/unum.h>
#include <unicode/uloc.h>

void *kiji_break_open(int32_t kind, const char *locale, const uint16_t *text, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open((UBreakIteratorType)kind, locale, (const UChar *)text, length, &status);
    *error = status;
    if (U_FAILURE(status)) { if (it) ubrk_close(it); return 0; }
    return it;
}
void *kiji_break_clone(const void *prototype, const uint16_t *text, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_clone((const UBreakIterator *)prototype, &status);
    if (U_SUCCESS(status)) ubrk_setText(it, (const UChar *)text, length, &status);
    *error = status;
    if (U_FAILURE(status)) { if (it) ubrk_close(it); return 0; }
    return it;
}
int32_t kiji_break_next(void *iterator) { return ubrk_next((UBreakIterator *)iterator); }
int32_t kiji_break_rule_status(void *iterator) { return ubrk_getRuleStatus((UBreakIterator *)iterator); }
void kiji_break_close(void *iterator) { ubrk_close((UBreakIterator *)iterator); }

int32_t kiji_normalize(int32_t form, const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = form == KIJI_NFC ? unorm2_getNFCInstance(&status)
        : form == KIJI_NFD ? unorm2_getNFDInstance(&status)
        : form == KIJI_NFKC ? unorm2_getNFKCInstance(&status) : unorm2_getNFKDInstance(&status);
    if (U_FAILURE(status)) { *error = status; return 0; }
    int32_t n = unorm2_normalize(nfkc, (const UChar *)source, length, (UChar *)destination, capacity, &status);
    *error = status;
    return n;
}

void *kiji_transliterator_open(const uint16_t *id, int32_t idLength, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, 0, 0, 0, &status);
    *error = status;
    if (U_FAILURE(status)) { if (t) utrans_close(t); return 0; }
    return t;
}
int32_t kiji_transliterate(void *transliterator, uint16_t *buffer, int32_t *length, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars((UTransliterator *)transliterator, (UChar *)buffer, length, capacity, 0, &limit, &status);
    *error = status;
    return *length;
}
void kiji_transliterator_close(void *transliterator) { utrans_close((UTransliterator *)transliterator); }

void *kiji_spellout_open(const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UNumberFormat *f = unum_open(UNUM_SPELLOUT, 0, 0, locale, 0, &status);
    *error = status;
    if (U_FAILURE(status)) { if (f) unum_close(f); return 0; }
    unum_setAttribute(f, UNUM_LENIENT_PARSE, 1);
    return f;
}
double kiji_spellout_parse(void *formatter, const uint16_t *text, int32_t length, int32_t *parsed) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t position = 0;
    double value = unum_parseDouble((const UNumberFormat *)formatter, (const UChar *)text, length, &position, &status);
    if (U_FAILURE(status)) { *parsed = 0; return 0; }
    *parsed = position;
    return value;
}
void kiji_spellout_close(void *formatter) { unum_close((UNumberFormat *)formatter); }

int32_t kiji_country_count(void) {
    const char *const *codes = uloc_getISOCountries();
    int32_t n = 0;
    while (codes[n]) n++;
    return n;
}
const char *kiji_country_code(int32_t index) { return uloc_getISOCountries()[index]; }
int32_t kiji_region_display_name(const char *localeID, const char *displayLocale, uint16_t *destination, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = uloc_getDisplayCountry(localeID, displayLocale, (UChar *)destination, capacity, &status);
    *error = status;
    return n;
}
