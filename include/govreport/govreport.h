/* govreport.h: the stable C ABI of govreport (C99), used by C, Python (ctypes) and others.
 * SPDX-License-Identifier: MIT
 */
#ifndef GOVREPORT_GOVREPORT_H
#define GOVREPORT_GOVREPORT_H

#include <stddef.h>
#include <stdint.h>

#include <govreport/govreport_export.h>  /* generated: GOVREPORT_EXPORT */
#include <govreport/govreport_version.h> /* generated: version and ABI macros */

#ifdef __cplusplus
extern "C" {
#endif

/** # govreport: Chinese government annual reports as a structured model
 *
 * Conventions (they hold for every function below):
 *
 *  1. Encoding. Input text is UTF-8 (invalid bytes are replaced with U+FFFD and reported
 *     as a diagnostic unless GOVREPORT_PARSE_STRICT_ENCODING is set). Every string the
 *     library returns is UTF-8 and NUL-terminated.
 *  2. Input is a pointer and a length; it need not be NUL-terminated and is never read
 *     past `len`. The library copies what it needs: the buffer may be freed after parse.
 *  3. Ownership. Handles and strings returned by getters are *borrowed*: they belong to
 *     the report and stay valid until govreport_report_free() of that report. Buffers
 *     returned through a `char **` out-parameter belong to the caller, who releases them
 *     with govreport_free() (never with free()). Every *_free(NULL) is a no-op.
 *  4. Errors. Functions that can fail return a govreport_status. On failure
 *     govreport_last_error_message() gives a detailed, thread-local message. Problems
 *     inside the text (a skipped ordinal, a missing statutory part) are not failures:
 *     they are diagnostics of a successfully parsed report.
 *  5. NULL. A NULL handle makes getters return NULL, 0 or -1 (as documented) and makes
 *     status functions return GOVREPORT_E_INVALID_ARGUMENT. Nothing crashes on NULL.
 *  6. Indices are 0-based size_t; an index out of range returns NULL.
 *  7. Spans are half-open [start, end) byte offsets into the parsed text (the caller's
 *     buffer for UTF-8 input) plus the same range in code points.
 *  8. Threads. govreport_parse_* may be called from several threads at once. A report is
 *     immutable: it may be read from several threads, and freed by one of them after all
 *     reads have finished.
 *  9. Nothing here throws, aborts or exits on malformed input.
 * 10. ABI contract: the values of enumerators and macros below never change and are never
 *     reused; structs are only extended at the end; GOVREPORT_ABI_VERSION (the SONAME
 *     number) changes when that contract is broken.
 */

/** ## Version */

/** Returns the library's version as (major << 16) | (minor << 8) | patch.
 * Compare with GOVREPORT_VERSION to detect a header/library mismatch. Since: 0.1 */
GOVREPORT_EXPORT uint32_t govreport_version(void);

/** Returns the version as "MAJOR.MINOR.PATCH". Static storage; never NULL. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_version_string(void);

/** Returns the ABI number (the SONAME number, GOVREPORT_ABI_VERSION). Bindings refuse to
 * load a library whose ABI differs from the one they were written for. Since: 0.1 */
GOVREPORT_EXPORT uint32_t govreport_abi_version(void);

/** ## Status and errors */

/** Result of the functions that can fail. Values are frozen. */
typedef enum govreport_status {
  GOVREPORT_OK = 0,
  GOVREPORT_E_INVALID_ARGUMENT = 1, /* a NULL or otherwise unusable argument */
  GOVREPORT_E_IO = 2,               /* a file could not be opened or read */
  GOVREPORT_E_INVALID_ENCODING = 3, /* invalid input bytes in strict mode */
  GOVREPORT_E_TOO_LARGE = 4,        /* the input exceeds max_input_bytes */
  GOVREPORT_E_OUT_OF_MEMORY = 5,
  GOVREPORT_E_INTERNAL = 6          /* a bug in govreport, contained; please report it */
} govreport_status;

/** Returns a short static English text for a status ("ok", "invalid argument", …).
 * Unknown values give "unknown status". Never NULL. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_status_string(govreport_status status);

/** Returns the detailed message of the last failure on this thread (it names the file,
 * the offset or the argument). "" when the last call succeeded. Owned by the library and
 * valid until the next govreport_ call on the same thread. Never NULL. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_last_error_message(void);

/** ## Options */

/** Parse options. Always initialise with govreport_parse_options_init(): it sets
 * struct_size, which lets newer libraries accept structs from older callers. Fields are
 * only ever appended. */
typedef struct govreport_parse_options {
  uint32_t struct_size;     /* sizeof(govreport_parse_options) of the caller */
  uint32_t flags;           /* GOVREPORT_PARSE_* bits */
  int32_t report_year;      /* overrides the title's year; 0 = take it from the text */
  uint32_t reserved;        /* keep 0 */
  uint64_t max_input_bytes; /* 0 = the default, 64 MiB */
  /* Appended in 0.4: */
  uint32_t encoding;        /* GOVREPORT_ENCODING_*; 0 = detect */
  uint32_t format;          /* GOVREPORT_FORMAT_*; 0 = detect */
} govreport_parse_options;

/** Input encodings (the `encoding` option). Values are frozen. With AUTO a byte-order mark
 * decides, otherwise valid UTF-8 is UTF-8 and other text that converts from GB18030 is
 * GB18030. */
#define GOVREPORT_ENCODING_AUTO 0u
#define GOVREPORT_ENCODING_UTF8 1u
#define GOVREPORT_ENCODING_GB18030 2u /* also GBK and GB2312, its subsets */
#define GOVREPORT_ENCODING_UTF16LE 3u
#define GOVREPORT_ENCODING_UTF16BE 4u

/** Input formats (the `format` option). Values are frozen. With AUTO a file named *.html
 * or a text that starts like an HTML page is read as HTML: its visible text is parsed and
 * spans refer to that text (govreport_report_text()). */
#define GOVREPORT_FORMAT_AUTO 0u
#define GOVREPORT_FORMAT_TEXT 1u
#define GOVREPORT_FORMAT_HTML 2u

/** Fail with GOVREPORT_E_INVALID_ENCODING on invalid input bytes instead of replacing
 * them with U+FFFD. */
#define GOVREPORT_PARSE_STRICT_ENCODING (1u << 0)

/** Fills `opts` with the defaults and sets struct_size. NULL is a no-op. Since: 0.1 */
GOVREPORT_EXPORT void govreport_parse_options_init(govreport_parse_options *opts);

/** ## Parsing and lifetime */

/** An opaque parsed report. */
typedef struct govreport_report govreport_report;

/** Parses `len` bytes of UTF-8 text at `text` into a new report stored in `*out_report`.
 * `text` may be NULL only when `len` is 0. `opts` may be NULL for the defaults.
 * On success the caller owns the report and releases it with govreport_report_free().
 * On failure `*out_report` is set to NULL (when `out_report` is not NULL) and the status
 * says why; govreport_last_error_message() has the details. Since: 0.1 */
GOVREPORT_EXPORT govreport_status govreport_parse_buffer(const char *text, size_t len,
                                                         const govreport_parse_options *opts,
                                                         govreport_report **out_report);

/** Reads the file at `path` (a UTF-8 path) and parses it like govreport_parse_buffer().
 * GOVREPORT_E_IO when it cannot be opened or read; the message names the file. Since: 0.1 */
GOVREPORT_EXPORT govreport_status govreport_parse_file(const char *path,
                                                       const govreport_parse_options *opts,
                                                       govreport_report **out_report);

/** Releases a report and everything borrowed from it. NULL is a no-op. Since: 0.1 */
GOVREPORT_EXPORT void govreport_report_free(govreport_report *report);

/** ## Spans */

/** A range of the parsed text. Frozen layout. */
typedef struct govreport_span {
  uint64_t start;      /* byte offset, inclusive */
  uint64_t end;        /* byte offset, exclusive */
  uint64_t char_start; /* code-point offset, inclusive */
  uint64_t char_end;   /* code-point offset, exclusive */
} govreport_span;

/** ## Report */

/** Returns the report's normalised title ("" if none was found). Borrowed. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_report_title(const govreport_report *report);

/** Returns the issuer taken from the title ("启东市人民政府"), or NULL if unknown.
 * Borrowed. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_report_issuer(const govreport_report *report);

/** Returns the reporting year (2024), or 0 if unknown or `report` is NULL. Since: 0.1 */
GOVREPORT_EXPORT int32_t govreport_report_year(const govreport_report *report);

/** Returns the UTF-8 text the spans refer to and stores its length in `*out_len` (if not
 * NULL). For UTF-8 input this is a copy of the input, except that NUL bytes are read as
 * spaces (a `nul_bytes` diagnostic says so); for HTML input it is the page's visible text.
 * Borrowed. NULL if `report` is NULL. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_report_text(const govreport_report *report,
                                                   size_t *out_len);

/** Returns the input's encoding as detected or forced ("utf-8", "utf-8-bom", "gb18030",
 * "utf-16le", "utf-16be"). Borrowed. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_report_encoding(const govreport_report *report);

/** Returns what the input was: "text" or "html". Borrowed; NULL for NULL. Since: 0.4 */
GOVREPORT_EXPORT const char *govreport_report_source_format(const govreport_report *report);

/** Number of bodies that issue the report: 1, or 2 for a joint report (中共嘉兴市委 and
 * 嘉兴市人民政府); for a place alone (邻水县) its government when the text names it; 0 when
 * the issuer is unknown or names no body, and for NULL. Since: 0.5 */
GOVREPORT_EXPORT size_t govreport_report_issuer_body_count(const govreport_report *report);
/** Body index (for govreport_report_body_at) of the issuer's `i`-th body, in the order the
 * issuer names them, or -1. Since: 0.5 */
GOVREPORT_EXPORT int64_t govreport_report_issuer_body_index(const govreport_report *report, size_t i);
/** The date under the report's signature (or its web page's 成文日期 / 印发日期 label) as
 * "YYYY-MM-DD", or NULL when it bears none. Borrowed. Since: 0.5 */
GOVREPORT_EXPORT const char *govreport_report_signing_date(const govreport_report *report);
/** That date as written ("二〇二四年三月一日"), or NULL. Borrowed. Since: 0.5 */
GOVREPORT_EXPORT const char *govreport_report_signing_date_text(const govreport_report *report);
/** Where it stands; zeroes without one. Since: 0.5 */
GOVREPORT_EXPORT void govreport_report_signing_date_span(const govreport_report *report,
                                                         govreport_span *out);
/** A web page's publication date as "YYYY-MM-DD", or NULL: the labels 发布时间, 发布日期,
 * 发表时间, 公开日期, 时间 and 日期 (and their variants with 时间/日期 swapped) near the top.
 * Borrowed. Since: 0.5 */
GOVREPORT_EXPORT const char *govreport_report_publication_date(const govreport_report *report);
/** That date as written ("2024-03-28"), or NULL. Borrowed. Since: 0.5 */
GOVREPORT_EXPORT const char *govreport_report_publication_date_text(
    const govreport_report *report);
/** Where it stands; zeroes without one. Since: 0.5 */
GOVREPORT_EXPORT void govreport_report_publication_date_span(const govreport_report *report,
                                                             govreport_span *out);

/** ## Sections (headings, flattened in document order; the tree via parent/children) */

typedef struct govreport_section govreport_section;

/** Level-1 roles. Values are frozen. */
typedef enum govreport_role {
  GOVREPORT_ROLE_NONE = 0, /* not a level-1 section */
  GOVREPORT_ROLE_ACHIEVEMENTS = 1,
  GOVREPORT_ROLE_SHORTCOMINGS = 2,
  GOVREPORT_ROLE_LEADERSHIP_DUTY = 3,
  GOVREPORT_ROLE_PLANS = 4,
  GOVREPORT_ROLE_OTHER = 5
} govreport_role;

/** Marker kinds. Values are frozen. */
typedef enum govreport_marker_kind {
  GOVREPORT_MARKER_NONE = 0,
  GOVREPORT_MARKER_CHINESE_COMMA = 1, /* 一、 */
  GOVREPORT_MARKER_CHINESE_PAREN = 2, /* （一） (一) */
  GOVREPORT_MARKER_ARABIC_DOT = 3,    /* 1. 1． 1、 */
  GOVREPORT_MARKER_ARABIC_PAREN = 4,  /* （1） (1) */
  GOVREPORT_MARKER_CIRCLED = 5,       /* ① */
  GOVREPORT_MARKER_ENUMERATION = 6    /* 一是 */
} govreport_marker_kind;

/** Number of sections (all levels). 0 for NULL. Since: 0.1 */
GOVREPORT_EXPORT size_t govreport_report_section_count(const govreport_report *report);
/** Section `index` in document order, or NULL. Borrowed. Since: 0.1 */
GOVREPORT_EXPORT const govreport_section *govreport_report_section_at(
    const govreport_report *report, size_t index);

/** Id such as "s1.2". Borrowed; NULL for NULL. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_section_id(const govreport_section *section);
/** Depth in the tree, 1 = top level; 0 for NULL. Since: 0.1 */
GOVREPORT_EXPORT uint32_t govreport_section_level(const govreport_section *section);
/** The marker as written ("一、", "(一)"). Borrowed; NULL for NULL. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_section_marker(const govreport_section *section);
/** The marker's kind; GOVREPORT_MARKER_NONE for NULL. Since: 0.1 */
GOVREPORT_EXPORT govreport_marker_kind govreport_section_marker_kind(
    const govreport_section *section);
/** The marker's number (（三） → 3); 0 for NULL. Since: 0.1 */
GOVREPORT_EXPORT int32_t govreport_section_ordinal(const govreport_section *section);
/** Normalised heading text. Borrowed; NULL for NULL. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_section_title(const govreport_section *section);
/** Role of a level-1 section; GOVREPORT_ROLE_NONE below level 1 and for NULL. Since: 0.1 */
GOVREPORT_EXPORT govreport_role govreport_section_role(const govreport_section *section);
/** The role as its JSON string ("achievements"), "" for none. Static. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_role_string(govreport_role role);
/** Index of the parent section, or -1 for a top-level section and for NULL. Since: 0.1 */
GOVREPORT_EXPORT int64_t govreport_section_parent(const govreport_section *section);
/** Number of direct sub-sections; 0 for NULL. Since: 0.1 */
GOVREPORT_EXPORT size_t govreport_section_child_count(const govreport_section *section);
/** Section index of direct sub-section `i`, or -1 when out of range. Since: 0.1 */
GOVREPORT_EXPORT int64_t govreport_section_child_at(const govreport_section *section, size_t i);
/** Span of the heading (marker and title as written). Zeroes for NULL. Since: 0.1 */
GOVREPORT_EXPORT void govreport_section_span(const govreport_section *section,
                                             govreport_span *out);
/** Span of the whole section, sub-sections included. Zeroes for NULL. Since: 0.1 */
GOVREPORT_EXPORT void govreport_section_extent(const govreport_section *section,
                                               govreport_span *out);

/** One section's fields at once, like govreport_indicator_record: each field means what
 * its getter returns; strings are borrowed and never NULL. Since: 0.4 */
typedef struct govreport_section_record {
  uint32_t struct_size;     /* sizeof(govreport_section_record) of the caller */
  uint32_t level;           /* govreport_section_level */
  int32_t marker_kind;      /* a govreport_marker_kind */
  int32_t ordinal;
  int32_t role;             /* a govreport_role */
  int64_t parent;           /* index of the parent section, or -1 */
  const char *id;
  const char *marker;
  const char *title;
  size_t child_count;       /* govreport_section_child_count */
  const size_t *children;   /* the child_count indices of the direct sub-sections, in order;
                               borrowed like the strings; NULL when child_count is 0 */
  govreport_span span;
  govreport_span extent;
} govreport_section_record;

/** Fills `records[0 … count)` with sections `first … first + count - 1`, with the
 * arguments and errors of govreport_report_indicator_records. Since: 0.4 */
GOVREPORT_EXPORT govreport_status govreport_report_section_records(
    const govreport_report *report, size_t first, size_t count,
    govreport_section_record *records);

/** ## Measures (numbered items and 一是 enumeration items) */

typedef struct govreport_measure govreport_measure;

/** Measure status, from the role of the level-1 part. Values are frozen. */
typedef enum govreport_measure_status {
  GOVREPORT_STATUS_DONE = 0,    /* in an achievements or a leaders' duty part */
  GOVREPORT_STATUS_PLANNED = 1, /* in a plans part */
  GOVREPORT_STATUS_OTHER = 2
} govreport_measure_status;

/** Number of measures; 0 for NULL. Since: 0.1 */
GOVREPORT_EXPORT size_t govreport_report_measure_count(const govreport_report *report);
/** Measure `index` in document order, or NULL. Borrowed. Since: 0.1 */
GOVREPORT_EXPORT const govreport_measure *govreport_report_measure_at(
    const govreport_report *report, size_t index);
/** Id such as "m3". Borrowed; NULL for NULL. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_measure_id(const govreport_measure *measure);
/** Index of the innermost enclosing section, or -1 (none, or NULL). Since: 0.1 */
GOVREPORT_EXPORT int64_t govreport_measure_section(const govreport_measure *measure);
/** The marker as written ("1.", "一是"). Borrowed; NULL for NULL. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_measure_marker(const govreport_measure *measure);
/** The marker's kind; GOVREPORT_MARKER_NONE for NULL. Since: 0.1 */
GOVREPORT_EXPORT govreport_marker_kind govreport_measure_marker_kind(
    const govreport_measure *measure);
/** The marker's number; 0 for NULL. Since: 0.1 */
GOVREPORT_EXPORT int32_t govreport_measure_ordinal(const govreport_measure *measure);
/** The run-in lead clause ("提升依法行政能力和水平"), "" if the item has none. Borrowed;
 * NULL for NULL. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_measure_title(const govreport_measure *measure);
/** The rest of the item's text (page breaks repaired). Borrowed; NULL for NULL. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_measure_body(const govreport_measure *measure);
/** done / planned / other; GOVREPORT_STATUS_OTHER for NULL. Since: 0.1 */
GOVREPORT_EXPORT govreport_measure_status govreport_measure_status_of(
    const govreport_measure *measure);
/** The status as its JSON string ("done"). Static. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_measure_status_string(govreport_measure_status status);
/** Span of marker and title as written. Zeroes for NULL. Since: 0.1 */
GOVREPORT_EXPORT void govreport_measure_span(const govreport_measure *measure,
                                             govreport_span *out);
/** Span of the whole item, body included. Zeroes for NULL. Since: 0.1 */
GOVREPORT_EXPORT void govreport_measure_extent(const govreport_measure *measure,
                                               govreport_span *out);

/** One measure's fields at once, like govreport_indicator_record: each field means what
 * its getter returns; strings are borrowed and never NULL. Since: 0.4 */
typedef struct govreport_measure_record {
  uint32_t struct_size;     /* sizeof(govreport_measure_record) of the caller */
  int32_t marker_kind;      /* a govreport_marker_kind */
  int32_t ordinal;
  int32_t status;           /* a govreport_measure_status */
  int64_t section;          /* index of the innermost enclosing section, or -1 */
  const char *id;
  const char *marker;
  const char *title;
  const char *body;
  size_t body_count;        /* govreport_measure_body_count */
  const size_t *bodies;     /* the body indices of govreport_measure_body_at, actors first;
                               borrowed; NULL when body_count is 0 */
  size_t indicator_count;   /* indicators whose govreport_indicator_measure is this one */
  const size_t *indicators; /* their indices, in order; borrowed; NULL when the count is 0 */
  govreport_span span;
  govreport_span extent;
} govreport_measure_record;

/** Fills `records[0 … count)` with measures `first … first + count - 1`, with the
 * arguments and errors of govreport_report_indicator_records. Since: 0.4 */
GOVREPORT_EXPORT govreport_status govreport_report_measure_records(
    const govreport_report *report, size_t first, size_t count,
    govreport_measure_record *records);

/** ## Diagnostics (recoverable problems found while parsing) */

typedef struct govreport_diagnostic govreport_diagnostic;

/** Diagnostic severities. Values are frozen. */
typedef enum govreport_severity {
  GOVREPORT_SEVERITY_ERROR = 0,
  GOVREPORT_SEVERITY_WARNING = 1,
  GOVREPORT_SEVERITY_INFO = 2
} govreport_severity;

/** Number of diagnostics; 0 for NULL. Since: 0.1 */
GOVREPORT_EXPORT size_t govreport_report_diagnostic_count(const govreport_report *report);
/** Diagnostic `index`, or NULL. Borrowed. Since: 0.1 */
GOVREPORT_EXPORT const govreport_diagnostic *govreport_report_diagnostic_at(
    const govreport_report *report, size_t index);
/** Severity; GOVREPORT_SEVERITY_INFO for NULL. Since: 0.1 */
GOVREPORT_EXPORT govreport_severity govreport_diagnostic_severity(
    const govreport_diagnostic *diagnostic);
/** "error", "warning" or "info". Static. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_severity_string(govreport_severity severity);
/** Stable code ("ordinal_skipped"). Borrowed; NULL for NULL. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_diagnostic_code(const govreport_diagnostic *diagnostic);
/** English message. Borrowed; NULL for NULL. Since: 0.1 */
GOVREPORT_EXPORT const char *govreport_diagnostic_message(
    const govreport_diagnostic *diagnostic);
/** Where it applies. Zeroes for NULL. Since: 0.1 */
GOVREPORT_EXPORT void govreport_diagnostic_span(const govreport_diagnostic *diagnostic,
                                                govreport_span *out);

/** One diagnostic's fields at once, like govreport_indicator_record: each field means what
 * its getter returns; strings are borrowed and never NULL. Since: 0.4 */
typedef struct govreport_diagnostic_record {
  uint32_t struct_size;     /* sizeof(govreport_diagnostic_record) of the caller */
  int32_t severity;         /* a govreport_severity */
  const char *code;
  const char *message;
  govreport_span span;
} govreport_diagnostic_record;

/** Fills `records[0 … count)` with diagnostics `first … first + count - 1`, with the
 * arguments and errors of govreport_report_indicator_records. Since: 0.4 */
GOVREPORT_EXPORT govreport_status govreport_report_diagnostic_records(
    const govreport_report *report, size_t first, size_t count,
    govreport_diagnostic_record *records);

/** ## Indicators (quantities that measure something: 995件, 8122.21 万元, 同比增长89.7%) */

typedef struct govreport_indicator govreport_indicator;

/** Indicator kinds. Values are frozen. */
typedef enum govreport_indicator_kind {
  GOVREPORT_KIND_COUNT = 0,
  GOVREPORT_KIND_PERCENT = 1,
  GOVREPORT_KIND_PERCENTAGE_POINT = 2,
  GOVREPORT_KIND_AMOUNT = 3,
  GOVREPORT_KIND_SCORE = 4,
  GOVREPORT_KIND_RATE_CHANGE = 5,
  GOVREPORT_KIND_RATIO = 6,
  GOVREPORT_KIND_OTHER = 7
} govreport_indicator_kind;

/** Qualifiers of a value. Values are frozen. */
typedef enum govreport_qualifier {
  GOVREPORT_QUALIFIER_NONE = 0,
  GOVREPORT_QUALIFIER_AT_LEAST = 1, /* 以上 超过 逾 余 多 */
  GOVREPORT_QUALIFIER_APPROX = 2,   /* 约 近 左右 */
  GOVREPORT_QUALIFIER_AT_MOST = 3,  /* 以下 不到 不足 */
  GOVREPORT_QUALIFIER_REACHED = 4   /* 达 达到 */
} govreport_qualifier;

/** Number of indicators; 0 for NULL. Since: 0.2 */
GOVREPORT_EXPORT size_t govreport_report_indicator_count(const govreport_report *report);
/** Indicator `index` in document order, or NULL. Borrowed. Since: 0.2 */
GOVREPORT_EXPORT const govreport_indicator *govreport_report_indicator_at(
    const govreport_report *report, size_t index);
/** Id such as "i3". Borrowed; NULL for NULL. Since: 0.2 */
GOVREPORT_EXPORT const char *govreport_indicator_id(const govreport_indicator *indicator);
/** The text as it stands in the input ("约90.6%", "8122.21 万元"). Borrowed. Since: 0.2 */
GOVREPORT_EXPORT const char *govreport_indicator_text(const govreport_indicator *indicator);
/** Stores the value as written (8122.21 for 8122.21 万元) in `*out` and returns 1; returns
 * 0 and leaves `*out` alone when the quantity is not numeric or `indicator` is NULL.
 * Since: 0.2 */
GOVREPORT_EXPORT int govreport_indicator_value(const govreport_indicator *indicator, double *out);
/** Like govreport_indicator_value() for value × scale (81222100). Since: 0.2 */
GOVREPORT_EXPORT int govreport_indicator_normalized(const govreport_indicator *indicator,
                                                    double *out);
/** The upper end of a range (10-20人 → 20): returns 1 and stores it, else 0. Since: 0.2 */
GOVREPORT_EXPORT int govreport_indicator_value_max(const govreport_indicator *indicator,
                                                   double *out);
/** The decimal as written, in ASCII ("8122.21", "10-20", "1/3"). Borrowed. Since: 0.2 */
GOVREPORT_EXPORT const char *govreport_indicator_value_text(const govreport_indicator *indicator);
/** The scale word's factor: 1, 10000 (万), 100000000 (亿); 0 for NULL. Since: 0.2 */
GOVREPORT_EXPORT double govreport_indicator_scale(const govreport_indicator *indicator);
/** Canonical unit ("件", "元", "%", "percentage_point"), "" if none. Borrowed. Since: 0.2 */
GOVREPORT_EXPORT const char *govreport_indicator_unit(const govreport_indicator *indicator);
/** Kind; GOVREPORT_KIND_OTHER for NULL. Since: 0.2 */
GOVREPORT_EXPORT govreport_indicator_kind govreport_indicator_kind_of(
    const govreport_indicator *indicator);
/** The kind as its JSON string ("count"). Static. Since: 0.2 */
GOVREPORT_EXPORT const char *govreport_indicator_kind_string(govreport_indicator_kind kind);
/** Qualifier; GOVREPORT_QUALIFIER_NONE for NULL. Since: 0.2 */
GOVREPORT_EXPORT govreport_qualifier govreport_indicator_qualifier(
    const govreport_indicator *indicator);
/** The qualifier as its JSON string ("at_least"), "" for none. Static. Since: 0.2 */
GOVREPORT_EXPORT const char *govreport_qualifier_string(govreport_qualifier qualifier);
/** What the number measures ("新增发明专利授权"), "" if unknown. Borrowed. Since: 0.2 */
GOVREPORT_EXPORT const char *govreport_indicator_metric(const govreport_indicator *indicator);
/** Denominator of a per-capita figure ("万人"), "" if none. Borrowed. Since: 0.2 */
GOVREPORT_EXPORT const char *govreport_indicator_per(const govreport_indicator *indicator);
/** 1 if the number is written in Chinese numerals (两个), else 0. Since: 0.2 */
GOVREPORT_EXPORT int govreport_indicator_chinese_numeral(const govreport_indicator *indicator);
/** Returns 1 if the indicator is a change (同比增长89.7%, 从1分提升至2分) and fills the
 * non-NULL out-parameters: `*out_up` 1 for up, 0 for down; `*out_basis` the basis
 * ("同比", "较去年底"; "" if none; borrowed); `*out_from` the index of the indicator it
 * changes from, or -1. Returns 0 otherwise. Since: 0.2 */
GOVREPORT_EXPORT int govreport_indicator_change(const govreport_indicator *indicator, int *out_up,
                                                const char **out_basis, int64_t *out_from);
/** Index of the measure the indicator is in, or -1. Since: 0.2 */
GOVREPORT_EXPORT int64_t govreport_indicator_measure(const govreport_indicator *indicator);
/** Index of the period its sentence speaks of, or -1. Since: 0.2 */
GOVREPORT_EXPORT int64_t govreport_indicator_period(const govreport_indicator *indicator);
/** Where it stands. Zeroes for NULL. Since: 0.2 */
GOVREPORT_EXPORT void govreport_indicator_span(const govreport_indicator *indicator,
                                               govreport_span *out);
/** Index of the innermost section that holds it, whether or not it is in a measure (a
 * heading over plain paragraphs has no measures), or -1 before the first section.
 * Since: 0.4 */
GOVREPORT_EXPORT int64_t govreport_indicator_section(const govreport_indicator *indicator);

/** One indicator's fields at once, for callers that read many: through a foreign-function
 * layer such as ctypes each getter above costs about a microsecond, and an indicator has
 * twenty. Each field means what its getter returns; strings are borrowed like theirs and
 * are never NULL ("" where the getter gives ""); numbers that are not set are 0. Fields are
 * only ever appended. Since: 0.4 */
typedef struct govreport_indicator_record {
  uint32_t struct_size;     /* sizeof(govreport_indicator_record) of the caller */
  int32_t has_value;        /* 1: value and normalized are set (govreport_indicator_value) */
  int32_t has_value_max;    /* 1: value_max is set */
  int32_t has_change;       /* 1: change_up, change_basis and change_from are set */
  int32_t change_up;        /* 1 up, 0 down */
  int32_t chinese_numeral;  /* 1 if written in Chinese numerals */
  int32_t kind;             /* a govreport_indicator_kind */
  int32_t qualifier;        /* a govreport_qualifier */
  double value;
  double normalized;
  double value_max;
  double scale;
  const char *id;
  const char *text;
  const char *value_text;
  const char *unit;
  const char *metric;
  const char *per;
  const char *change_basis; /* "" without a change or a basis */
  int64_t change_from;      /* index of the indicator it changes from, or -1 */
  int64_t measure;          /* index of its measure, or -1 */
  int64_t period;           /* index of its period, or -1 */
  govreport_span span;
  /* Appended (a caller whose record ends at span still gets the fields above): */
  int64_t section;          /* index of its innermost section, or -1 */
} govreport_indicator_record;

/** Fills `records[0 … count)` with indicators `first … first + count - 1`. Set
 * `records[0].struct_size` to sizeof(govreport_indicator_record): it is the stride of the
 * array, so that a newer library fills an older caller's shorter records (each record's
 * struct_size is set to it). count 0 succeeds without reading `records`.
 * GOVREPORT_E_INVALID_ARGUMENT for a NULL report, NULL records with count > 0, a range
 * past the last indicator, or a struct_size under this version's size. Since: 0.4 */
GOVREPORT_EXPORT govreport_status govreport_report_indicator_records(
    const govreport_report *report, size_t first, size_t count,
    govreport_indicator_record *records);

/** ## Periods (2024 年, 2021-2025 年, 上半年, 去年底), as inclusive date ranges */

typedef struct govreport_period govreport_period;

/** Period granularities. Values are frozen. */
typedef enum govreport_granularity {
  GOVREPORT_GRANULARITY_YEAR = 0,
  GOVREPORT_GRANULARITY_HALF = 1,
  GOVREPORT_GRANULARITY_QUARTER = 2,
  GOVREPORT_GRANULARITY_MONTH = 3,
  GOVREPORT_GRANULARITY_DAY = 4,
  GOVREPORT_GRANULARITY_RANGE = 5
} govreport_granularity;

/** Number of periods; 0 for NULL. Since: 0.2 */
GOVREPORT_EXPORT size_t govreport_report_period_count(const govreport_report *report);
/** Period `index` in document order, or NULL. Borrowed. Since: 0.2 */
GOVREPORT_EXPORT const govreport_period *govreport_report_period_at(const govreport_report *report,
                                                                      size_t index);
/** Id such as "p2". Borrowed; NULL for NULL. Since: 0.2 */
GOVREPORT_EXPORT const char *govreport_period_id(const govreport_period *period);
/** The text as it stands in the input ("2021-2025 年"). Borrowed. Since: 0.2 */
GOVREPORT_EXPORT const char *govreport_period_text(const govreport_period *period);
/** First day, "YYYY-MM-DD". Borrowed; NULL for NULL. Since: 0.2 */
GOVREPORT_EXPORT const char *govreport_period_start(const govreport_period *period);
/** Last day (inclusive), "YYYY-MM-DD". Borrowed; NULL for NULL. Since: 0.2 */
GOVREPORT_EXPORT const char *govreport_period_end(const govreport_period *period);
/** Granularity; GOVREPORT_GRANULARITY_YEAR for NULL. Since: 0.2 */
GOVREPORT_EXPORT govreport_granularity govreport_period_granularity(const govreport_period *period);
/** The granularity as its JSON string ("half"). Static. Since: 0.2 */
GOVREPORT_EXPORT const char *govreport_granularity_string(govreport_granularity granularity);
/** 1 if resolved against the report year (今年, 去年底, 明年), else 0. Since: 0.2 */
GOVREPORT_EXPORT int govreport_period_relative(const govreport_period *period);
/** Where it stands. Zeroes for NULL. Since: 0.2 */
GOVREPORT_EXPORT void govreport_period_span(const govreport_period *period, govreport_span *out);

/** One period's fields at once, like govreport_indicator_record: each field means what its
 * getter returns; strings are borrowed and never NULL. Since: 0.4 */
typedef struct govreport_period_record {
  uint32_t struct_size;     /* sizeof(govreport_period_record) of the caller */
  int32_t granularity;      /* a govreport_granularity */
  int32_t relative;         /* govreport_period_relative */
  const char *id;
  const char *text;
  const char *start;        /* "YYYY-MM-DD" */
  const char *end;          /* "YYYY-MM-DD", inclusive */
  govreport_span span;
} govreport_period_record;

/** Fills `records[0 … count)` with periods `first … first + count - 1`, with the arguments
 * and errors of govreport_report_indicator_records. Since: 0.4 */
GOVREPORT_EXPORT govreport_status govreport_report_period_records(
    const govreport_report *report, size_t first, size_t count,
    govreport_period_record *records);

/** ## Bodies, persons and cited documents (issue 4: who did what, on which basis) */

typedef struct govreport_body govreport_body;
typedef struct govreport_person govreport_person;
typedef struct govreport_document govreport_document;

/** Number of bodies (organs); 0 for NULL. Since: 0.3 */
GOVREPORT_EXPORT size_t govreport_report_body_count(const govreport_report *report);
/** Body `index`, or NULL. Borrowed. Since: 0.3 */
GOVREPORT_EXPORT const govreport_body *govreport_report_body_at(const govreport_report *report,
                                                                  size_t index);
/** Id such as "b2". Borrowed; NULL for NULL. Since: 0.3 */
GOVREPORT_EXPORT const char *govreport_body_id(const govreport_body *body);
/** Canonical name ("启东市人民政府" for 市政府 in 启东's report). Borrowed. Since: 0.3 */
GOVREPORT_EXPORT const char *govreport_body_name(const govreport_body *body);
/** Kind: government, government_department, party_committee, party_organ,
 * peoples_congress, cppcc, court, procuratorate, supervisory_commission,
 * public_institution, enforcement_team, service_platform, mediation_studio, other.
 * Borrowed. Since: 0.3 */
GOVREPORT_EXPORT const char *govreport_body_kind(const govreport_body *body);
/** Level: national, province, prefecture, county, township, or "" if unknown. Borrowed.
 * Since: 0.3 */
GOVREPORT_EXPORT const char *govreport_body_level(const govreport_body *body);
/** GB/T 2260 division code, six digits ("320000" 江苏省, "320600" 南通市, "320681" 启东市;
 * nine-digit NBS statistical codes for townships), or NULL when unknown. Borrowed.
 * Since: 0.3 */
GOVREPORT_EXPORT const char *govreport_body_division_code(const govreport_body *body);
/** Number of places the body is mentioned; 0 for NULL. Since: 0.3 */
GOVREPORT_EXPORT size_t govreport_body_mention_count(const govreport_body *body);
/** The words of mention `i` ("市政府"), or NULL. Borrowed. Since: 0.3 */
GOVREPORT_EXPORT const char *govreport_body_mention_text(const govreport_body *body, size_t i);
/** Span of mention `i`; zeroes when out of range. Since: 0.3 */
GOVREPORT_EXPORT void govreport_body_mention_span(const govreport_body *body, size_t i,
                                                  govreport_span *out);
/** Number of bodies linked to a measure (actors first); 0 for NULL. Since: 0.3 */
GOVREPORT_EXPORT size_t govreport_measure_body_count(const govreport_measure *measure);
/** Body index of the measure's `i`-th body, or -1. Since: 0.3 */
GOVREPORT_EXPORT int64_t govreport_measure_body_at(const govreport_measure *measure, size_t i);

/** Number of persons; 0 for NULL. Since: 0.3 */
GOVREPORT_EXPORT size_t govreport_report_person_count(const govreport_report *report);
/** Person `index`, or NULL. Borrowed. Since: 0.3 */
GOVREPORT_EXPORT const govreport_person *govreport_report_person_at(const govreport_report *report,
                                                                     size_t index);
/** Id such as "h1". Borrowed; NULL for NULL. Since: 0.3 */
GOVREPORT_EXPORT const char *govreport_person_id(const govreport_person *person);
/** The name ("蔡毅"). Borrowed. Since: 0.3 */
GOVREPORT_EXPORT const char *govreport_person_name(const govreport_person *person);
/** The title as written ("市委副书记、市长"). Borrowed. Since: 0.3 */
GOVREPORT_EXPORT const char *govreport_person_title(const govreport_person *person);
/** Number of parts of the title (2 for 市委副书记、市长); 0 for NULL. Since: 0.3 */
GOVREPORT_EXPORT size_t govreport_person_title_count(const govreport_person *person);
/** Title part `i` ("市长"), or NULL. Borrowed. Since: 0.3 */
GOVREPORT_EXPORT const char *govreport_person_title_at(const govreport_person *person, size_t i);
/** Index of the body the first title belongs to, or -1. Since: 0.3 */
GOVREPORT_EXPORT int64_t govreport_person_body(const govreport_person *person);
/** Number of mentions; 0 for NULL. Since: 0.3 */
GOVREPORT_EXPORT size_t govreport_person_mention_count(const govreport_person *person);
/** The words of mention `i` ("市委书记杨中坚"), or NULL. Borrowed. Since: 0.3 */
GOVREPORT_EXPORT const char *govreport_person_mention_text(const govreport_person *person,
                                                           size_t i);
/** Span of mention `i`; zeroes when out of range. Since: 0.3 */
GOVREPORT_EXPORT void govreport_person_mention_span(const govreport_person *person, size_t i,
                                                    govreport_span *out);

/** Number of cited documents; 0 for NULL. Since: 0.3 */
GOVREPORT_EXPORT size_t govreport_report_document_count(const govreport_report *report);
/** Document `index`, or NULL. Borrowed. Since: 0.3 */
GOVREPORT_EXPORT const govreport_document *govreport_report_document_at(
    const govreport_report *report, size_t index);
/** Id such as "d3". Borrowed; NULL for NULL. Since: 0.3 */
GOVREPORT_EXPORT const char *govreport_document_id(const govreport_document *document);
/** The title without its brackets ("法治政府建设实施纲要（2021-2025 年）"). Borrowed. Since: 0.3 */
GOVREPORT_EXPORT const char *govreport_document_title(const govreport_document *document);
/** The document number ("中发〔2021〕33号"), or NULL. Borrowed. Since: 0.3 */
GOVREPORT_EXPORT const char *govreport_document_doc_number(const govreport_document *document);
/** The issuer written in front or in the title ("国务院办公厅"), or NULL. Borrowed. Since: 0.3 */
GOVREPORT_EXPORT const char *govreport_document_issuer(const govreport_document *document);
/** First and last day of the period in the title ("2021-01-01", "2025-12-31"); NULL when
 * the title names none. Borrowed. Since: 0.3 */
GOVREPORT_EXPORT const char *govreport_document_period_start(const govreport_document *document);
GOVREPORT_EXPORT const char *govreport_document_period_end(const govreport_document *document);
/** Index of the document this one is nested in (〈…〉 inside 《…》), or -1. Since: 0.3 */
GOVREPORT_EXPORT int64_t govreport_document_nested_in(const govreport_document *document);
/** Number of mentions; 0 for NULL. Since: 0.3 */
GOVREPORT_EXPORT size_t govreport_document_mention_count(const govreport_document *document);
/** The words of mention `i` (the title with its brackets), or NULL. Borrowed. Since: 0.3 */
GOVREPORT_EXPORT const char *govreport_document_mention_text(const govreport_document *document,
                                                             size_t i);
/** Span of mention `i`; zeroes when out of range. Since: 0.3 */
GOVREPORT_EXPORT void govreport_document_mention_span(const govreport_document *document, size_t i,
                                                      govreport_span *out);

/** ## Records of bodies, persons, documents and their mentions (see the indicator record) */

/** One body's fields at once: each field means what its getter returns (division_code NULL
 * when unknown, as govreport_body_division_code gives it; the other strings never NULL).
 * Its mentions come from govreport_body_mention_records. Since: 0.4 */
typedef struct govreport_body_record {
  uint32_t struct_size;     /* sizeof(govreport_body_record) of the caller */
  const char *id;
  const char *name;
  const char *kind;
  const char *level;        /* "" if unknown */
  const char *division_code;
  size_t mention_count;
} govreport_body_record;

/** One person's fields at once, as its getters give them (strings never NULL); the parts
 * of the title through govreport_person_title_at, the mentions through
 * govreport_person_mention_records. Since: 0.4 */
typedef struct govreport_person_record {
  uint32_t struct_size;     /* sizeof(govreport_person_record) of the caller */
  int64_t body;             /* index of the body of the first title, or -1 */
  const char *id;
  const char *name;
  const char *title;
  size_t title_count;
  size_t mention_count;
} govreport_person_record;

/** One cited document's fields at once, as its getters give them: doc_number, issuer,
 * period_start and period_end NULL when the document has none; the mentions through
 * govreport_document_mention_records. Since: 0.4 */
typedef struct govreport_document_record {
  uint32_t struct_size;     /* sizeof(govreport_document_record) of the caller */
  int64_t nested_in;        /* index of the enclosing document, or -1 */
  const char *id;
  const char *title;
  const char *doc_number;
  const char *issuer;
  const char *period_start; /* "YYYY-MM-DD" */
  const char *period_end;   /* "YYYY-MM-DD", inclusive */
  size_t mention_count;
} govreport_document_record;

/** Fills `records[0 … count)` with items `first … first + count - 1` of the report's bodies,
 * persons or documents, with the arguments and errors of
 * govreport_report_indicator_records. Since: 0.4 */
GOVREPORT_EXPORT govreport_status govreport_report_body_records(const govreport_report *report,
                                                                size_t first, size_t count,
                                                                govreport_body_record *records);
GOVREPORT_EXPORT govreport_status govreport_report_person_records(
    const govreport_report *report, size_t first, size_t count,
    govreport_person_record *records);
GOVREPORT_EXPORT govreport_status govreport_report_document_records(
    const govreport_report *report, size_t first, size_t count,
    govreport_document_record *records);

/** One mention of a body, person or document: what its mention_text and mention_span
 * getters give. Since: 0.4 */
typedef struct govreport_mention_record {
  uint32_t struct_size;     /* sizeof(govreport_mention_record) of the caller */
  const char *text;         /* never NULL */
  govreport_span span;
} govreport_mention_record;

/** Fills `records[0 … count)` with mentions `first … first + count - 1` of one body, person
 * or document, with the arguments and errors of govreport_report_indicator_records, for
 * the item instead of the report ("body is NULL", "… the body has 3"). Since: 0.4 */
GOVREPORT_EXPORT govreport_status govreport_body_mention_records(const govreport_body *body,
                                                                 size_t first, size_t count,
                                                                 govreport_mention_record *records);
GOVREPORT_EXPORT govreport_status govreport_person_mention_records(
    const govreport_person *person, size_t first, size_t count,
    govreport_mention_record *records);
GOVREPORT_EXPORT govreport_status govreport_document_mention_records(
    const govreport_document *document, size_t first, size_t count,
    govreport_mention_record *records);

/** ## JSON export */

/** Indent the JSON (two spaces). */
#define GOVREPORT_JSON_PRETTY (1u << 0)

/** Writes the report as "govreport/1" JSON into a new buffer stored in `*out_json`
 * (NUL-terminated; its length without the NUL in `*out_len` when not NULL). The caller
 * owns the buffer and releases it with govreport_free(). Since: 0.1 */
GOVREPORT_EXPORT govreport_status govreport_report_to_json(const govreport_report *report,
                                                           uint32_t flags, char **out_json,
                                                           size_t *out_len);

/** Releases a buffer returned by the library. NULL is a no-op. Since: 0.1 */
GOVREPORT_EXPORT void govreport_free(void *ptr);

#ifdef __cplusplus
}
#endif

#endif /* GOVREPORT_GOVREPORT_H */
