/* report_walk.h: reads every accessor of a parsed report, checks the C API's invariants and digests what it read.
 * SPDX-License-Identifier: MIT
 *
 * Shared by the fuzz harness, the thread test and the allocation-failure test, so that all
 * three exercise the same, complete surface of the C API (every entity list, every mention,
 * every out-of-range index) and agree on what "the same report" means (the digest).
 */
#ifndef GOVREPORT_TESTS_REPORT_WALK_H
#define GOVREPORT_TESTS_REPORT_WALK_H

#include <stddef.h>
#include <stdint.h>

#include <govreport/govreport.h>

#ifdef __cplusplus
extern "C" {
#endif

/** What a walk found. `error` holds the first broken invariant ("" when none). */
typedef struct report_walk_result {
  uint64_t digest; /* FNV-1a over every value read, in a fixed order */
  size_t values;   /* how many values were read */
  char error[512];
} report_walk_result;

/** Walks `report` (not NULL). Returns 0 when every invariant holds, 1 otherwise (then
 * `out->error` says which). Allocates only with malloc, never with operator new. */
int report_walk(const govreport_report *report, report_walk_result *out);

/** Checks that `json` (`len` bytes) is one well-formed JSON value in valid UTF-8 with no
 * raw control characters in strings. Returns 0 if so; else 1 and a message in `error`. */
int report_walk_check_json(const char *json, size_t len, char *error, size_t error_size);

/** Returns 1 if the `len` bytes at `s` are valid UTF-8 (no overlongs, no surrogates). */
int report_walk_valid_utf8(const char *s, size_t len);

#ifdef __cplusplus
}
#endif

#endif /* GOVREPORT_TESTS_REPORT_WALK_H */
