/* parse_report.c: parse a report with the C API, print its outline and export JSON.
 * SPDX-License-Identifier: MIT
 *
 * Usage: parse_report_c [FILE]   (default: the bundled sample report)
 *
 * It shows the whole C API contract in one place: options initialised with
 * govreport_parse_options_init(), every status checked and explained with
 * govreport_last_error_message(), borrowed strings used only while the report lives,
 * spans used to find a heading in the parsed text, the owned JSON buffer released
 * with govreport_free(), and the report released with govreport_report_free().
 */
#include <govreport/govreport.h>

#include <stdio.h>
#include <string.h>

#ifndef GOVREPORT_SAMPLE_REPORT
#define GOVREPORT_SAMPLE_REPORT "examples/data/qidong-2024.txt"
#endif

/* Prints the failure of `what` with the library's detailed message; returns 1 so that
 * callers can `return fail(...)` from main. */
static int fail(const char *what, govreport_status status) {
  fprintf(stderr, "error: %s failed: %s: %s\n", what, govreport_status_string(status),
          govreport_last_error_message());
  return 1;
}

static void indent(unsigned spaces) {
  while (spaces-- > 0) putchar(' ');
}

/* The heading exactly as written in the text, found through its byte span. Spans are
 * offsets into govreport_report_text(), which is not NUL-terminated at the span's end,
 * hence the precision argument. */
static void print_span_text(const govreport_report *report, const govreport_span *span) {
  size_t len = 0;
  const char *text = govreport_report_text(report, &len);
  if (text == NULL || span->start > span->end || span->end > len) {
    printf("(span out of range)");
    return;
  }
  printf("%.*s", (int)(span->end - span->start), text + span->start);
}

static void print_measures_of(const govreport_report *report, size_t section_index,
                              unsigned depth) {
  size_t i, count = govreport_report_measure_count(report);
  for (i = 0; i < count; ++i) {
    const govreport_measure *m = govreport_report_measure_at(report, i);
    if (govreport_measure_section(m) != (int64_t)section_index) continue;
    indent(2 * depth);
    printf("%s %s (%s)\n", govreport_measure_marker(m), govreport_measure_title(m),
           govreport_measure_status_string(govreport_measure_status_of(m)));
  }
}

static void print_outline(const govreport_report *report) {
  size_t i, count = govreport_report_section_count(report);
  const char *issuer = govreport_report_issuer(report);

  printf("title: %s\n", govreport_report_title(report));
  printf("issuer: %s\n", issuer != NULL ? issuer : "(unknown)");
  printf("year: %ld\n", (long)govreport_report_year(report));
  printf("encoding: %s\n\n", govreport_report_encoding(report));

  for (i = 0; i < count; ++i) {
    const govreport_section *s = govreport_report_section_at(report, i);
    uint32_t level = govreport_section_level(s);
    govreport_role role = govreport_section_role(s);
    govreport_span span;

    govreport_section_span(s, &span);
    indent(2 * (level > 0 ? level - 1 : 0));
    printf("%s %s%s", govreport_section_id(s), govreport_section_marker(s),
           govreport_section_title(s));
    if (role != GOVREPORT_ROLE_NONE) printf(" [%s]", govreport_role_string(role));
    printf("\n");
    indent(2 * level);
    printf("as written, bytes %lu-%lu, characters %lu-%lu: ", (unsigned long)span.start,
           (unsigned long)span.end, (unsigned long)span.char_start, (unsigned long)span.char_end);
    print_span_text(report, &span);
    printf("\n");
    print_measures_of(report, i, level);
  }
}

static void print_diagnostics(const govreport_report *report) {
  size_t i, count = govreport_report_diagnostic_count(report);
  for (i = 0; i < count; ++i) {
    const govreport_diagnostic *d = govreport_report_diagnostic_at(report, i);
    govreport_span span;
    govreport_diagnostic_span(d, &span);
    printf("  %s %s at byte %lu: %s\n",
           govreport_severity_string(govreport_diagnostic_severity(d)),
           govreport_diagnostic_code(d), (unsigned long)span.start,
           govreport_diagnostic_message(d));
  }
}

/* Exports the JSON; the buffer belongs to us and goes back through govreport_free(). */
static int print_json_summary(const govreport_report *report) {
  char *json = NULL;
  size_t len = 0;
  govreport_status status = govreport_report_to_json(report, GOVREPORT_JSON_PRETTY, &json, &len);
  if (status != GOVREPORT_OK) return fail("govreport_report_to_json", status);
  if (json == NULL || strlen(json) != len) {
    fprintf(stderr, "error: govreport_report_to_json returned an inconsistent length\n");
    govreport_free(json);
    return 1;
  }
  printf("json: %lu bytes, starts with %c\n", (unsigned long)len, json[0]);
  govreport_free(json);
  return 0;
}

int main(int argc, char **argv) {
  const char *path = argc > 1 ? argv[1] : GOVREPORT_SAMPLE_REPORT;
  govreport_parse_options opts;
  govreport_report *report = NULL;
  govreport_status status;
  int failed;

  if (govreport_version() != GOVREPORT_VERSION)
    fprintf(stderr, "warning: built against govreport %s, running with %s\n",
            GOVREPORT_VERSION_STRING, govreport_version_string());

  govreport_parse_options_init(&opts);
  status = govreport_parse_file(path, &opts, &report);
  if (status != GOVREPORT_OK) return fail("govreport_parse_file", status);

  print_outline(report);
  printf("\nsections: %lu\n", (unsigned long)govreport_report_section_count(report));
  printf("measures: %lu\n", (unsigned long)govreport_report_measure_count(report));
  printf("diagnostics: %lu\n", (unsigned long)govreport_report_diagnostic_count(report));
  print_diagnostics(report);

  failed = print_json_summary(report);
  govreport_report_free(report);
  if (failed) return 1;
  printf("OK\n");
  return 0;
}
