/* report_walk.c: reads every accessor of a parsed report, checks the C API's invariants and digests what it read.
 * SPDX-License-Identifier: MIT
 *
 * The invariants are the header's promises (every string UTF-8 and NUL-terminated, spans
 * inside the text and on character boundaries, indices in range or -1, out-of-range
 * getters NULL, -1 or zeroes) plus the tree's shape (a child's extent inside its parent's).
 * A fuzzer only finds what it can see, so every broken promise must become a failure here.
 */
#include "report_walk.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ## UTF-8 */

int report_walk_valid_utf8(const char *str, size_t len) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
  while (i < len) {
    unsigned char c = s[i];
    size_t n;
    unsigned long cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
      cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      cp = c & 0x07u;
    } else {
      return 0;
    }
    if (len - i <= n) return 0;
    {
      size_t k;
      for (k = 1; k <= n; ++k) {
        if ((s[i + k] & 0xC0u) != 0x80u) return 0;
        cp = (cp << 6) | (s[i + k] & 0x3Fu);
      }
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF))) return 0;
    if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
    i += n + 1;
  }
  return 1;
}

/* ## The walker's state */

typedef struct walker {
  const char *text;
  size_t len;
  uint32_t *cp;       /* cp[b] = code points before byte b; NULL when not checkable */
  size_t sections, measures, indicators, periods, bodies, persons, documents;
  report_walk_result *out;
} walker;

static void fail(walker *w, const char *fmt, ...) {
  va_list ap;
  if (w->out->error[0] != '\0') return; /* keep the first: later ones are often its echoes */
  va_start(ap, fmt);
  vsnprintf(w->out->error, sizeof w->out->error, fmt, ap);
  va_end(ap);
  if (w->out->error[0] == '\0') strcpy(w->out->error, "(empty message)");
}

static void mix(walker *w, const void *data, size_t n) {
  const unsigned char *p = (const unsigned char *)data;
  uint64_t h = w->out->digest;
  size_t i;
  for (i = 0; i < n; ++i) {
    h ^= p[i];
    h *= 1099511628211ull;
  }
  w->out->digest = h;
  w->out->values++;
}

static void mix_i64(walker *w, int64_t v) { mix(w, &v, sizeof v); }

static void mix_double(walker *w, const char *what, size_t index, double v) {
  if (!isfinite(v)) fail(w, "%s[%zu]: value is not finite (JSON cannot carry it)", what, index);
  mix(w, &v, sizeof v);
}

/* A returned string: NULL only where `nullable`, valid UTF-8 (its strlen bytes). */
static void str(walker *w, const char *what, size_t index, const char *s, int nullable) {
  if (s == NULL) {
    if (!nullable) fail(w, "%s[%zu] is NULL", what, index);
    mix(w, "\xff", 1); /* NULL and "" must digest differently */
    return;
  }
  {
    size_t n = strlen(s);
    if (!report_walk_valid_utf8(s, n)) fail(w, "%s[%zu] is not valid UTF-8", what, index);
    mix(w, s, n + 1);
  }
}

/* An id: a non-empty string that starts with `prefix` (the JSON's "s1.2", "m3", …). */
static void id(walker *w, const char *what, size_t index, const char *s, char prefix) {
  str(w, what, index, s, 0);
  if (s != NULL && (s[0] != prefix || s[1] == '\0'))
    fail(w, "%s[%zu] = \"%s\" does not look like %c<n>", what, index, s, prefix);
}

static void enum_in(walker *w, const char *what, size_t index, long v, long lo, long hi,
                    const char *as_string) {
  if (v < lo || v > hi) fail(w, "%s[%zu] = %ld is outside %ld..%ld", what, index, v, lo, hi);
  if (as_string == NULL) fail(w, "%s[%zu]: the string of %ld is NULL", what, index, v);
  mix_i64(w, v);
}

/* An index into a list of `count` entries, or -1 where `none_ok`. */
static void index_in(walker *w, const char *what, size_t index, int64_t v, size_t count,
                     int none_ok) {
  if (!((v == -1 && none_ok) || (v >= 0 && (uint64_t)v < count)))
    fail(w, "%s[%zu] = %lld is not a valid index (%zu entries)", what, index, (long long)v,
         count);
  mix_i64(w, v);
}

static void flag01(walker *w, const char *what, size_t index, int v) {
  if (v != 0 && v != 1) fail(w, "%s[%zu] = %d is neither 0 nor 1", what, index, v);
  mix_i64(w, v);
}

/* A span: inside the text, on code-point boundaries, its char offsets those of its bytes. */
static void span(walker *w, const char *what, size_t index, const govreport_span *sp) {
  mix(w, sp, sizeof *sp);
  if (sp->start > sp->end || sp->end > w->len) {
    fail(w, "%s[%zu]: bytes [%llu, %llu) outside the text (%zu bytes)", what, index,
         (unsigned long long)sp->start, (unsigned long long)sp->end, w->len);
    return;
  }
  if (sp->char_start > sp->char_end || sp->char_end > sp->end) {
    fail(w, "%s[%zu]: characters [%llu, %llu) impossible for bytes [%llu, %llu)", what, index,
         (unsigned long long)sp->char_start, (unsigned long long)sp->char_end,
         (unsigned long long)sp->start, (unsigned long long)sp->end);
    return;
  }
  if (w->cp == NULL) return;
  {
    const unsigned char *t = (const unsigned char *)w->text;
    if ((sp->start < w->len && (t[sp->start] & 0xC0u) == 0x80u) ||
        (sp->end < w->len && (t[sp->end] & 0xC0u) == 0x80u))
      fail(w, "%s[%zu]: bytes [%llu, %llu) cut a character", what, index,
           (unsigned long long)sp->start, (unsigned long long)sp->end);
    else if (sp->char_start != w->cp[sp->start] || sp->char_end != w->cp[sp->end])
      fail(w, "%s[%zu]: characters [%llu, %llu) but bytes [%llu, %llu) are characters [%lu, %lu)",
           what, index, (unsigned long long)sp->char_start, (unsigned long long)sp->char_end,
           (unsigned long long)sp->start, (unsigned long long)sp->end,
           (unsigned long)w->cp[sp->start], (unsigned long)w->cp[sp->end]);
  }
}

static int inside(const govreport_span *inner, const govreport_span *outer) {
  return inner->start >= outer->start && inner->end <= outer->end;
}

/* An out-of-range span getter must give zeroes: pre-fill with garbage to see that it wrote. */
static void zero_span(walker *w, const char *what, const govreport_span *sp) {
  if (sp->start || sp->end || sp->char_start || sp->char_end)
    fail(w, "%s out of range did not give a zero span", what);
}

/* "YYYY-MM-DD" */
static void date(walker *w, const char *what, size_t index, const char *s, int nullable) {
  size_t k;
  str(w, what, index, s, nullable);
  if (s == NULL) return;
  for (k = 0; k < 10; ++k) {
    int digit = s[k] >= '0' && s[k] <= '9';
    if ((k == 4 || k == 7) ? s[k] != '-' : !digit) break;
  }
  if (k != 10 || s[10] != '\0') fail(w, "%s[%zu] = \"%s\" is not YYYY-MM-DD", what, index, s);
}

static void date_range(walker *w, const char *what, size_t index, const char *a, const char *b) {
  if (a && b && strcmp(a, b) > 0)
    fail(w, "%s[%zu]: starts %s after it ends %s", what, index, a, b);
}

/* ## Records (govreport_report_*_records): the getters' pointers and values, in one call */

static int same_span(const govreport_span *a, const govreport_span *b) {
  return a->start == b->start && a->end == b->end && a->char_start == b->char_start &&
         a->char_end == b->char_end;
}

/* The first field of section `s`'s record that differs from its getter, or NULL. */
static const char *section_record_mismatch(const govreport_section *s,
                                           const govreport_section_record *rec) {
  govreport_span sp;
  size_t k, n = govreport_section_child_count(s);
  if (rec->struct_size != sizeof *rec) return "struct_size";
  if (rec->id != govreport_section_id(s)) return "id";
  if (rec->level != govreport_section_level(s)) return "level";
  if (rec->marker != govreport_section_marker(s)) return "marker";
  if (rec->marker_kind != (int32_t)govreport_section_marker_kind(s)) return "marker_kind";
  if (rec->ordinal != govreport_section_ordinal(s)) return "ordinal";
  if (rec->title != govreport_section_title(s)) return "title";
  if (rec->role != (int32_t)govreport_section_role(s)) return "role";
  if (rec->parent != govreport_section_parent(s)) return "parent";
  if (rec->child_count != n) return "child_count";
  if ((rec->children == NULL) != (n == 0)) return "children (NULL exactly when there are none)";
  for (k = 0; k < n; ++k)
    if ((int64_t)rec->children[k] != govreport_section_child_at(s, k)) return "children";
  govreport_section_span(s, &sp);
  if (!same_span(&rec->span, &sp)) return "span";
  govreport_section_extent(s, &sp);
  if (!same_span(&rec->extent, &sp)) return "extent";
  return NULL;
}

/* The same for measure `index`. Its indicator list is checked entry by entry here (each
 * names this measure, ascending); walk_measures checks that the lists together hold every
 * indicator that has a measure, which makes each list exactly that measure's indicators. */
static const char *measure_record_mismatch(const govreport_report *r, size_t index,
                                           const govreport_measure *m,
                                           const govreport_measure_record *rec,
                                           size_t indicators) {
  govreport_span sp;
  size_t k, n = govreport_measure_body_count(m);
  if (rec->struct_size != sizeof *rec) return "struct_size";
  if (rec->id != govreport_measure_id(m)) return "id";
  if (rec->section != govreport_measure_section(m)) return "section";
  if (rec->marker != govreport_measure_marker(m)) return "marker";
  if (rec->marker_kind != (int32_t)govreport_measure_marker_kind(m)) return "marker_kind";
  if (rec->ordinal != govreport_measure_ordinal(m)) return "ordinal";
  if (rec->title != govreport_measure_title(m)) return "title";
  if (rec->body != govreport_measure_body(m)) return "body";
  if (rec->status != (int32_t)govreport_measure_status_of(m)) return "status";
  if (rec->body_count != n) return "body_count";
  if ((rec->bodies == NULL) != (n == 0)) return "bodies (NULL exactly when there are none)";
  for (k = 0; k < n; ++k)
    if ((int64_t)rec->bodies[k] != govreport_measure_body_at(m, k)) return "bodies";
  if ((rec->indicators == NULL) != (rec->indicator_count == 0))
    return "indicators (NULL exactly when there are none)";
  for (k = 0; k < rec->indicator_count; ++k) {
    size_t x = rec->indicators[k];
    if (x >= indicators) return "indicators (an index out of range)";
    if (k > 0 && x <= rec->indicators[k - 1]) return "indicators (not ascending)";
    if (govreport_indicator_measure(govreport_report_indicator_at(r, x)) != (int64_t)index)
      return "indicators (one whose indicator_measure is another)";
  }
  govreport_measure_span(m, &sp);
  if (!same_span(&rec->span, &sp)) return "span";
  govreport_measure_extent(m, &sp);
  if (!same_span(&rec->extent, &sp)) return "extent";
  return NULL;
}

/* The same for period `p`. */
static const char *period_record_mismatch(const govreport_period *p,
                                          const govreport_period_record *rec) {
  govreport_span sp;
  if (rec->struct_size != sizeof *rec) return "struct_size";
  if (rec->id != govreport_period_id(p)) return "id";
  if (rec->text != govreport_period_text(p)) return "text";
  if (rec->start != govreport_period_start(p)) return "start";
  if (rec->end != govreport_period_end(p)) return "end";
  if (rec->granularity != (int32_t)govreport_period_granularity(p)) return "granularity";
  if (rec->relative != govreport_period_relative(p)) return "relative";
  govreport_period_span(p, &sp);
  if (!same_span(&rec->span, &sp)) return "span";
  return NULL;
}

/* The same for diagnostic `d`. */
static const char *diagnostic_record_mismatch(const govreport_diagnostic *d,
                                              const govreport_diagnostic_record *rec) {
  govreport_span sp;
  if (rec->struct_size != sizeof *rec) return "struct_size";
  if (rec->severity != (int32_t)govreport_diagnostic_severity(d)) return "severity";
  if (rec->code != govreport_diagnostic_code(d)) return "code";
  if (rec->message != govreport_diagnostic_message(d)) return "message";
  govreport_diagnostic_span(d, &sp);
  if (!same_span(&rec->span, &sp)) return "span";
  return NULL;
}

/* The same for body `b`: division_code NULL exactly where its getter gives NULL. */
static const char *body_record_mismatch(const govreport_body *b,
                                        const govreport_body_record *rec) {
  if (rec->struct_size != sizeof *rec) return "struct_size";
  if (rec->id != govreport_body_id(b)) return "id";
  if (rec->name != govreport_body_name(b)) return "name";
  if (rec->kind != govreport_body_kind(b)) return "kind";
  if (rec->level != govreport_body_level(b)) return "level";
  if (rec->division_code != govreport_body_division_code(b)) return "division_code";
  if (rec->mention_count != govreport_body_mention_count(b)) return "mention_count";
  return NULL;
}

/* The same for person `p`. */
static const char *person_record_mismatch(const govreport_person *p,
                                          const govreport_person_record *rec) {
  if (rec->struct_size != sizeof *rec) return "struct_size";
  if (rec->body != govreport_person_body(p)) return "body";
  if (rec->id != govreport_person_id(p)) return "id";
  if (rec->name != govreport_person_name(p)) return "name";
  if (rec->title != govreport_person_title(p)) return "title";
  if (rec->title_count != govreport_person_title_count(p)) return "title_count";
  if (rec->mention_count != govreport_person_mention_count(p)) return "mention_count";
  return NULL;
}

/* The same for document `d`: doc_number, issuer and the period NULL exactly where their
 * getters give NULL. */
static const char *document_record_mismatch(const govreport_document *d,
                                            const govreport_document_record *rec) {
  if (rec->struct_size != sizeof *rec) return "struct_size";
  if (rec->nested_in != govreport_document_nested_in(d)) return "nested_in";
  if (rec->id != govreport_document_id(d)) return "id";
  if (rec->title != govreport_document_title(d)) return "title";
  if (rec->doc_number != govreport_document_doc_number(d)) return "doc_number";
  if (rec->issuer != govreport_document_issuer(d)) return "issuer";
  if (rec->period_start != govreport_document_period_start(d)) return "period_start";
  if (rec->period_end != govreport_document_period_end(d)) return "period_end";
  if (rec->mention_count != govreport_document_mention_count(d)) return "mention_count";
  return NULL;
}

/* ## Entity lists */

static void walk_report_fields(walker *w, const govreport_report *r) {
  str(w, "title", 0, govreport_report_title(r), 0);
  str(w, "issuer", 0, govreport_report_issuer(r), 1);
  mix_i64(w, govreport_report_year(r));
  str(w, "encoding", 0, govreport_report_encoding(r), 0);
#ifdef GOVREPORT_FORMAT_AUTO /* since 0.4 */
  str(w, "source_format", 0, govreport_report_source_format(r), 0);
#endif
#if GOVREPORT_VERSION >= 0x000500 /* the report's metadata, since 0.5 */
  {
    size_t i, n = govreport_report_issuer_body_count(r), bodies = govreport_report_body_count(r);
    govreport_span sp;
    for (i = 0; i < n; ++i)
      index_in(w, "issuer_body", i, govreport_report_issuer_body_index(r, i), bodies, 0);
    if (govreport_report_issuer_body_index(r, n) != -1) fail(w, "issuer_body_index past the end");
    /* A date's ISO form and its words: both or neither; its span inside the text. */
    str(w, "signing_date", 0, govreport_report_signing_date(r), 1);
    str(w, "signing_date_text", 0, govreport_report_signing_date_text(r), 1);
    if ((govreport_report_signing_date(r) == NULL) != (govreport_report_signing_date_text(r) == NULL))
      fail(w, "signing_date and its text disagree on NULL");
    govreport_report_signing_date_span(r, &sp);
    span(w, "signing_date_span", 0, &sp);
    str(w, "publication_date", 0, govreport_report_publication_date(r), 1);
    str(w, "publication_date_text", 0, govreport_report_publication_date_text(r), 1);
    if ((govreport_report_publication_date(r) == NULL) !=
        (govreport_report_publication_date_text(r) == NULL))
      fail(w, "publication_date and its text disagree on NULL");
    govreport_report_publication_date_span(r, &sp);
    span(w, "publication_date_span", 0, &sp);
  }
#endif
  mix(w, w->text, w->len);
}

static void walk_sections(walker *w, const govreport_report *r) {
  size_t i, n = w->sections, linked = 0;
  govreport_span sp, ex, pex;
  govreport_section_record rec;
  const char *field;
  for (i = 0; i < n; ++i) {
    const govreport_section *s = govreport_report_section_at(r, i);
    uint32_t level;
    int64_t parent;
    size_t k, children;
    govreport_role role;
    if (s == NULL) {
      fail(w, "section_at(%zu) is NULL (count %zu)", i, n);
      return;
    }
    id(w, "section.id", i, govreport_section_id(s), 's');
    level = govreport_section_level(s);
    mix_i64(w, level);
    str(w, "section.marker", i, govreport_section_marker(s), 0);
    enum_in(w, "section.marker_kind", i, govreport_section_marker_kind(s), 0, 6, "");
    mix_i64(w, govreport_section_ordinal(s));
    str(w, "section.title", i, govreport_section_title(s), 0);
    role = govreport_section_role(s);
    enum_in(w, "section.role", i, role, 0, 5, govreport_role_string(role));
    str(w, "role_string", i, govreport_role_string(role), 0);
    if (level == 0) fail(w, "section[%zu] has level 0", i);
    if ((level == 1) != (role != GOVREPORT_ROLE_NONE))
      fail(w, "section[%zu]: level %u with role %d (level 1, and only it, has a role)", i,
           (unsigned)level, (int)role);
    parent = govreport_section_parent(s);
    index_in(w, "section.parent", i, parent, i, 1); /* parents come first */
    if (parent >= 0 && (uint64_t)parent < i) {
      const govreport_section *p = govreport_report_section_at(r, (size_t)parent);
      if (govreport_section_level(p) + 1 != level)
        fail(w, "section[%zu] level %u under a level %u parent", i, (unsigned)level,
             (unsigned)govreport_section_level(p));
      govreport_section_extent(p, &pex);
      govreport_section_extent(s, &ex);
      if (!inside(&ex, &pex)) fail(w, "section[%zu]'s extent is outside its parent's", i);
    } else if (parent == -1 && level != 1) {
      fail(w, "section[%zu] has level %u but no parent", i, (unsigned)level);
    }
    if (parent >= 0) ++linked;
    children = govreport_section_child_count(s);
    mix_i64(w, (int64_t)children);
    for (k = 0; k < children; ++k) {
      int64_t c = govreport_section_child_at(s, k);
      index_in(w, "section.child", i, c, n, 0);
      if (c >= 0 && (uint64_t)c < n) {
        if ((uint64_t)c <= i) fail(w, "section[%zu]'s child %lld comes before it", i, (long long)c);
        if (govreport_section_parent(govreport_report_section_at(r, (size_t)c)) != (int64_t)i)
          fail(w, "section[%zu]'s child %lld names another parent", i, (long long)c);
      }
    }
    if (govreport_section_child_at(s, children) != -1)
      fail(w, "section[%zu]: child_at(child_count) is not -1", i);
    govreport_section_span(s, &sp);
    govreport_section_extent(s, &ex);
    span(w, "section.span", i, &sp);
    span(w, "section.extent", i, &ex);
    if (!inside(&sp, &ex)) fail(w, "section[%zu]'s heading is outside its extent", i);
    /* The record of the same section, with a count of 1 (errors are left to the C API
       tests: see walk_indicators). */
    memset(&rec, 0, sizeof rec);
    rec.struct_size = sizeof rec;
    if (govreport_report_section_records(r, i, 1, &rec) != GOVREPORT_OK)
      fail(w, "section_records(%zu, 1) failed: %s", i, govreport_last_error_message());
    else if ((field = section_record_mismatch(s, &rec)) != NULL)
      fail(w, "section[%zu]: its record's %s differs from its getters", i, field);
  }
  {
    size_t total = 0;
    for (i = 0; i < n; ++i) total += govreport_section_child_count(govreport_report_section_at(r, i));
    if (total != linked)
      fail(w, "sections: %zu have a parent but parents list %zu children", linked, total);
  }
  if (govreport_report_section_at(r, n) != NULL) fail(w, "section_at(count) is not NULL");
}

static void walk_measures(walker *w, const govreport_report *r) {
  size_t i, k, n = w->measures, listed = 0, in_a_measure = 0;
  govreport_span sp, ex, sex;
  govreport_measure_record rec;
  const char *field;
  for (i = 0; i < n; ++i) {
    const govreport_measure *m = govreport_report_measure_at(r, i);
    int64_t section;
    size_t nb;
    govreport_measure_status status;
    if (m == NULL) {
      fail(w, "measure_at(%zu) is NULL (count %zu)", i, n);
      return;
    }
    id(w, "measure.id", i, govreport_measure_id(m), 'm');
    section = govreport_measure_section(m);
    index_in(w, "measure.section", i, section, w->sections, 1);
    str(w, "measure.marker", i, govreport_measure_marker(m), 0);
    enum_in(w, "measure.marker_kind", i, govreport_measure_marker_kind(m), 0, 6, "");
    mix_i64(w, govreport_measure_ordinal(m));
    str(w, "measure.title", i, govreport_measure_title(m), 0);
    str(w, "measure.body", i, govreport_measure_body(m), 0);
    status = govreport_measure_status_of(m);
    enum_in(w, "measure.status", i, status, 0, 2, govreport_measure_status_string(status));
    str(w, "measure_status_string", i, govreport_measure_status_string(status), 0);
    govreport_measure_span(m, &sp);
    govreport_measure_extent(m, &ex);
    span(w, "measure.span", i, &sp);
    span(w, "measure.extent", i, &ex);
    if (!inside(&sp, &ex)) fail(w, "measure[%zu]'s heading is outside its extent", i);
    if (section >= 0 && (uint64_t)section < w->sections) {
      govreport_section_extent(govreport_report_section_at(r, (size_t)section), &sex);
      if (!inside(&ex, &sex)) fail(w, "measure[%zu]'s extent is outside its section's", i);
    }
    nb = govreport_measure_body_count(m);
    mix_i64(w, (int64_t)nb);
    for (k = 0; k < nb; ++k) index_in(w, "measure.body_at", i, govreport_measure_body_at(m, k), w->bodies, 0);
    if (govreport_measure_body_at(m, nb) != -1) fail(w, "measure[%zu]: body_at(count) is not -1", i);
    /* The record of the same measure, with a count of 1. */
    memset(&rec, 0, sizeof rec);
    rec.struct_size = sizeof rec;
    if (govreport_report_measure_records(r, i, 1, &rec) != GOVREPORT_OK) {
      fail(w, "measure_records(%zu, 1) failed: %s", i, govreport_last_error_message());
    } else {
      field = measure_record_mismatch(r, i, m, &rec, w->indicators);
      if (field != NULL) fail(w, "measure[%zu]: its record's %s differs from its getters", i, field);
      listed += rec.indicator_count;
    }
  }
  /* Each list holds only its own indicators, once: so if the lists together are as long as
     the indicators that have a measure, none is left out. */
  for (k = 0; k < w->indicators; ++k)
    in_a_measure += govreport_indicator_measure(govreport_report_indicator_at(r, k)) >= 0;
  if (listed != in_a_measure)
    fail(w, "measure records list %zu indicators, but %zu indicators have a measure", listed,
         in_a_measure);
  if (govreport_report_measure_at(r, n) != NULL) fail(w, "measure_at(count) is not NULL");
}

static void walk_diagnostics(walker *w, const govreport_report *r) {
  size_t i, n = govreport_report_diagnostic_count(r);
  govreport_span sp;
  mix_i64(w, (int64_t)n);
  for (i = 0; i < n; ++i) {
    const govreport_diagnostic *d = govreport_report_diagnostic_at(r, i);
    govreport_diagnostic_record rec;
    govreport_severity sev;
    const char *code, *field;
    if (d == NULL) {
      fail(w, "diagnostic_at(%zu) is NULL (count %zu)", i, n);
      return;
    }
    sev = govreport_diagnostic_severity(d);
    enum_in(w, "diagnostic.severity", i, sev, 0, 2, govreport_severity_string(sev));
    code = govreport_diagnostic_code(d);
    str(w, "diagnostic.code", i, code, 0);
    if (code != NULL && code[0] == '\0') fail(w, "diagnostic[%zu] has an empty code", i);
    str(w, "diagnostic.message", i, govreport_diagnostic_message(d), 0);
    govreport_diagnostic_span(d, &sp);
    span(w, "diagnostic.span", i, &sp);
    /* The record of the same diagnostic, with a count of 1. */
    memset(&rec, 0, sizeof rec);
    rec.struct_size = sizeof rec;
    if (govreport_report_diagnostic_records(r, i, 1, &rec) != GOVREPORT_OK)
      fail(w, "diagnostic_records(%zu, 1) failed: %s", i, govreport_last_error_message());
    else if ((field = diagnostic_record_mismatch(d, &rec)) != NULL)
      fail(w, "diagnostic[%zu]: its record's %s differs from its getters", i, field);
  }
  if (govreport_report_diagnostic_at(r, n) != NULL) fail(w, "diagnostic_at(count) is not NULL");
}

static void walk_indicators(walker *w, const govreport_report *r) {
  size_t i, n = w->indicators;
  govreport_span sp;
  govreport_indicator_record rec;
  for (i = 0; i < n; ++i) {
    const govreport_indicator *x = govreport_report_indicator_at(r, i);
    double v = 0;
    int has, up = -7;
    const char *basis = NULL;
    int64_t from = -7;
    govreport_indicator_kind kind;
    govreport_qualifier q;
    if (x == NULL) {
      fail(w, "indicator_at(%zu) is NULL (count %zu)", i, n);
      return;
    }
    id(w, "indicator.id", i, govreport_indicator_id(x), 'i');
    str(w, "indicator.text", i, govreport_indicator_text(x), 0);
    has = govreport_indicator_value(x, &v);
    flag01(w, "indicator.value", i, has);
    if (has) mix_double(w, "indicator.value", i, v);
    has = govreport_indicator_normalized(x, &v);
    flag01(w, "indicator.normalized", i, has);
    if (has) mix_double(w, "indicator.normalized", i, v);
    has = govreport_indicator_value_max(x, &v);
    flag01(w, "indicator.value_max", i, has);
    if (has) mix_double(w, "indicator.value_max", i, v);
    str(w, "indicator.value_text", i, govreport_indicator_value_text(x), 0);
    mix_double(w, "indicator.scale", i, govreport_indicator_scale(x));
    str(w, "indicator.unit", i, govreport_indicator_unit(x), 0);
    kind = govreport_indicator_kind_of(x);
    enum_in(w, "indicator.kind", i, kind, 0, 7, govreport_indicator_kind_string(kind));
    str(w, "indicator_kind_string", i, govreport_indicator_kind_string(kind), 0);
    q = govreport_indicator_qualifier(x);
    enum_in(w, "indicator.qualifier", i, q, 0, 4, govreport_qualifier_string(q));
    str(w, "qualifier_string", i, govreport_qualifier_string(q), 0);
    str(w, "indicator.metric", i, govreport_indicator_metric(x), 0);
    str(w, "indicator.per", i, govreport_indicator_per(x), 0);
    flag01(w, "indicator.chinese_numeral", i, govreport_indicator_chinese_numeral(x));
    has = govreport_indicator_change(x, &up, &basis, &from);
    flag01(w, "indicator.change", i, has);
    if (has == 1) {
      flag01(w, "indicator.change.up", i, up);
      str(w, "indicator.change.basis", i, basis, 0);
      index_in(w, "indicator.change.from", i, from, n, 1);
      if (from == (int64_t)i) fail(w, "indicator[%zu] changes from itself", i);
    }
    /* NULL out-parameters are allowed. */
    if (govreport_indicator_change(x, NULL, NULL, NULL) != has)
      fail(w, "indicator[%zu]: change() answers differently with NULL out-parameters", i);
    index_in(w, "indicator.measure", i, govreport_indicator_measure(x), w->measures, 1);
    index_in(w, "indicator.period", i, govreport_indicator_period(x), w->periods, 1);
    govreport_indicator_span(x, &sp);
    span(w, "indicator.span", i, &sp);
    /* The record of the same indicator: the getters' pointers and values, in one call. */
    memset(&rec, 0, sizeof rec);
    rec.struct_size = sizeof rec;
    if (govreport_report_indicator_records(r, i, 1, &rec) != GOVREPORT_OK) {
      fail(w, "indicator_records(%zu, 1) failed: %s", i, govreport_last_error_message());
    } else if (rec.id != govreport_indicator_id(x) || rec.metric != govreport_indicator_metric(x) ||
               rec.kind != (int32_t)kind || rec.qualifier != (int32_t)q ||
               rec.has_change != has || rec.measure != govreport_indicator_measure(x) ||
               rec.period != govreport_indicator_period(x) || rec.span.start != sp.start ||
               rec.span.end != sp.end || rec.span.char_end != sp.char_end) {
      fail(w, "indicator[%zu]: its record differs from its getters", i);
    }
  }
  /* (Its errors are left to the C API tests: their messages are allocated, and the
     allocation test walks reports expecting no allocation at all.) */
  if (govreport_report_indicator_at(r, n) != NULL) fail(w, "indicator_at(count) is not NULL");
}

static void walk_periods(walker *w, const govreport_report *r) {
  size_t i, n = w->periods;
  govreport_span sp;
  govreport_period_record rec;
  const char *field;
  for (i = 0; i < n; ++i) {
    const govreport_period *p = govreport_report_period_at(r, i);
    govreport_granularity g;
    if (p == NULL) {
      fail(w, "period_at(%zu) is NULL (count %zu)", i, n);
      return;
    }
    id(w, "period.id", i, govreport_period_id(p), 'p');
    str(w, "period.text", i, govreport_period_text(p), 0);
    date(w, "period.start", i, govreport_period_start(p), 0);
    date(w, "period.end", i, govreport_period_end(p), 0);
    date_range(w, "period", i, govreport_period_start(p), govreport_period_end(p));
    g = govreport_period_granularity(p);
    enum_in(w, "period.granularity", i, g, 0, 5, govreport_granularity_string(g));
    str(w, "granularity_string", i, govreport_granularity_string(g), 0);
    flag01(w, "period.relative", i, govreport_period_relative(p));
    govreport_period_span(p, &sp);
    span(w, "period.span", i, &sp);
    /* The record of the same period, with a count of 1. */
    memset(&rec, 0, sizeof rec);
    rec.struct_size = sizeof rec;
    if (govreport_report_period_records(r, i, 1, &rec) != GOVREPORT_OK)
      fail(w, "period_records(%zu, 1) failed: %s", i, govreport_last_error_message());
    else if ((field = period_record_mismatch(p, &rec)) != NULL)
      fail(w, "period[%zu]: its record's %s differs from its getters", i, field);
  }
  if (govreport_report_period_at(r, n) != NULL) fail(w, "period_at(count) is not NULL");
}

typedef govreport_status (*mention_records_fn)(const void *, size_t, size_t,
                                               govreport_mention_record *);

enum { MENTION_BATCH = 16 };

/* The mention records of `entity`, all `count` in one call (none for no mentions: then
 * without records), against its mention getters. Up to MENTION_BATCH records live on the
 * stack, more in a malloc'd array; should malloc fail, in calls of MENTION_BATCH. Errors
 * are left to the C API tests (see walk_indicators). */
static void walk_mention_records(walker *w, const char *what, size_t index, size_t count,
                                 const char *(*text_at)(size_t, const void *),
                                 const void *entity,
                                 void (*span_at)(size_t, const void *, govreport_span *),
                                 mention_records_fn records_at) {
  govreport_mention_record stack[MENTION_BATCH];
  govreport_mention_record *recs = stack;
  size_t batch = MENTION_BATCH, first, k;
  govreport_span sp;
  if (count == 0) {
    if (records_at(entity, 0, 0, NULL) != GOVREPORT_OK)
      fail(w, "%s[%zu]: mention_records(0, 0, NULL) failed: %s", what, index,
           govreport_last_error_message());
    return;
  }
  if (count > MENTION_BATCH && count <= SIZE_MAX / sizeof *recs) {
    recs = (govreport_mention_record *)malloc(count * sizeof *recs);
    if (recs != NULL) batch = count;
    else recs = stack;
  }
  for (first = 0; first < count; first += batch) {
    size_t n = count - first < batch ? count - first : batch;
    memset(recs, 0, n * sizeof *recs);
    recs[0].struct_size = sizeof *recs;
    if (records_at(entity, first, n, recs) != GOVREPORT_OK) {
      fail(w, "%s[%zu]: mention_records(%zu, %zu) failed: %s", what, index, first, n,
           govreport_last_error_message());
      break;
    }
    for (k = 0; k < n; ++k) {
      const char *field = NULL;
      span_at(first + k, entity, &sp);
      if (recs[k].struct_size != sizeof *recs) field = "struct_size";
      else if (recs[k].text != text_at(first + k, entity)) field = "text";
      else if (!same_span(&recs[k].span, &sp)) field = "span";
      if (field != NULL) {
        fail(w, "%s[%zu]: the record of mention %zu has a %s that differs from its getters",
             what, index, first + k, field);
        break;
      }
    }
  }
  if (recs != stack) free(recs);
}

/* Mentions are the same shape for bodies, persons and documents: adapters below. */
static void walk_mentions(walker *w, const char *what, size_t index, size_t count,
                          const char *(*text_at)(size_t, const void *), const void *entity,
                          void (*span_at)(size_t, const void *, govreport_span *),
                          mention_records_fn records_at) {
  size_t k;
  govreport_span sp;
  mix_i64(w, (int64_t)count);
  for (k = 0; k < count; ++k) {
    str(w, what, index, text_at(k, entity), 0);
    span_at(k, entity, &sp);
    span(w, what, index, &sp);
  }
  if (text_at(count, entity) != NULL) fail(w, "%s[%zu]: mention_text(count) is not NULL", what, index);
  memset(&sp, 0xAB, sizeof sp);
  span_at(count, entity, &sp);
  zero_span(w, what, &sp);
  walk_mention_records(w, what, index, count, text_at, entity, span_at, records_at);
}

static const char *body_mention_text(size_t k, const void *e) {
  return govreport_body_mention_text((const govreport_body *)e, k);
}
static void body_mention_span(size_t k, const void *e, govreport_span *sp) {
  govreport_body_mention_span((const govreport_body *)e, k, sp);
}
static const char *person_mention_text(size_t k, const void *e) {
  return govreport_person_mention_text((const govreport_person *)e, k);
}
static void person_mention_span(size_t k, const void *e, govreport_span *sp) {
  govreport_person_mention_span((const govreport_person *)e, k, sp);
}
static const char *document_mention_text(size_t k, const void *e) {
  return govreport_document_mention_text((const govreport_document *)e, k);
}
static void document_mention_span(size_t k, const void *e, govreport_span *sp) {
  govreport_document_mention_span((const govreport_document *)e, k, sp);
}
static govreport_status body_mention_records(const void *e, size_t first, size_t count,
                                             govreport_mention_record *out) {
  return govreport_body_mention_records((const govreport_body *)e, first, count, out);
}
static govreport_status person_mention_records(const void *e, size_t first, size_t count,
                                               govreport_mention_record *out) {
  return govreport_person_mention_records((const govreport_person *)e, first, count, out);
}
static govreport_status document_mention_records(const void *e, size_t first, size_t count,
                                                 govreport_mention_record *out) {
  return govreport_document_mention_records((const govreport_document *)e, first, count, out);
}

static void walk_bodies(walker *w, const govreport_report *r) {
  size_t i, n = w->bodies;
  govreport_body_record rec;
  const char *field;
  for (i = 0; i < n; ++i) {
    const govreport_body *b = govreport_report_body_at(r, i);
    const char *kind, *code;
    if (b == NULL) {
      fail(w, "body_at(%zu) is NULL (count %zu)", i, n);
      return;
    }
    id(w, "body.id", i, govreport_body_id(b), 'b');
    str(w, "body.name", i, govreport_body_name(b), 0);
    kind = govreport_body_kind(b);
    str(w, "body.kind", i, kind, 0);
    if (kind != NULL && kind[0] == '\0') fail(w, "body[%zu] has an empty kind", i);
    str(w, "body.level", i, govreport_body_level(b), 0);
    code = govreport_body_division_code(b);
    str(w, "body.division_code", i, code, 1);
    if (code != NULL) {
      size_t k, len = strlen(code);
      for (k = 0; k < len && code[k] >= '0' && code[k] <= '9'; ++k) {
      }
      if (k != len || len < 6) fail(w, "body[%zu]: division code \"%s\" is not digits", i, code);
    }
    walk_mentions(w, "body.mention", i, govreport_body_mention_count(b), body_mention_text, b,
                  body_mention_span, body_mention_records);
    /* The record of the same body, with a count of 1. */
    memset(&rec, 0, sizeof rec);
    rec.struct_size = sizeof rec;
    if (govreport_report_body_records(r, i, 1, &rec) != GOVREPORT_OK)
      fail(w, "body_records(%zu, 1) failed: %s", i, govreport_last_error_message());
    else if ((field = body_record_mismatch(b, &rec)) != NULL)
      fail(w, "body[%zu]: its record's %s differs from its getters", i, field);
  }
  if (govreport_report_body_at(r, n) != NULL) fail(w, "body_at(count) is not NULL");
}

static void walk_persons(walker *w, const govreport_report *r) {
  size_t i, k, n = w->persons;
  govreport_person_record rec;
  const char *field;
  for (i = 0; i < n; ++i) {
    const govreport_person *p = govreport_report_person_at(r, i);
    size_t titles;
    if (p == NULL) {
      fail(w, "person_at(%zu) is NULL (count %zu)", i, n);
      return;
    }
    id(w, "person.id", i, govreport_person_id(p), 'h');
    str(w, "person.name", i, govreport_person_name(p), 0);
    str(w, "person.title", i, govreport_person_title(p), 0);
    titles = govreport_person_title_count(p);
    mix_i64(w, (int64_t)titles);
    for (k = 0; k < titles; ++k) str(w, "person.title_at", i, govreport_person_title_at(p, k), 0);
    if (govreport_person_title_at(p, titles) != NULL)
      fail(w, "person[%zu]: title_at(count) is not NULL", i);
    index_in(w, "person.body", i, govreport_person_body(p), w->bodies, 1);
    walk_mentions(w, "person.mention", i, govreport_person_mention_count(p), person_mention_text,
                  p, person_mention_span, person_mention_records);
    /* The record of the same person, with a count of 1. */
    memset(&rec, 0, sizeof rec);
    rec.struct_size = sizeof rec;
    if (govreport_report_person_records(r, i, 1, &rec) != GOVREPORT_OK)
      fail(w, "person_records(%zu, 1) failed: %s", i, govreport_last_error_message());
    else if ((field = person_record_mismatch(p, &rec)) != NULL)
      fail(w, "person[%zu]: its record's %s differs from its getters", i, field);
  }
  if (govreport_report_person_at(r, n) != NULL) fail(w, "person_at(count) is not NULL");
}

static void walk_documents(walker *w, const govreport_report *r) {
  size_t i, n = w->documents;
  govreport_document_record rec;
  const char *field;
  for (i = 0; i < n; ++i) {
    const govreport_document *d = govreport_report_document_at(r, i);
    const char *ps, *pe;
    int64_t nested;
    if (d == NULL) {
      fail(w, "document_at(%zu) is NULL (count %zu)", i, n);
      return;
    }
    id(w, "document.id", i, govreport_document_id(d), 'd');
    str(w, "document.title", i, govreport_document_title(d), 0);
    str(w, "document.doc_number", i, govreport_document_doc_number(d), 1);
    str(w, "document.issuer", i, govreport_document_issuer(d), 1);
    ps = govreport_document_period_start(d);
    pe = govreport_document_period_end(d);
    date(w, "document.period_start", i, ps, 1);
    date(w, "document.period_end", i, pe, 1);
    if ((ps == NULL) != (pe == NULL)) fail(w, "document[%zu] has only one end of its period", i);
    date_range(w, "document.period", i, ps, pe);
    nested = govreport_document_nested_in(d);
    index_in(w, "document.nested_in", i, nested, n, 1);
    if (nested == (int64_t)i) fail(w, "document[%zu] is nested in itself", i);
    walk_mentions(w, "document.mention", i, govreport_document_mention_count(d),
                  document_mention_text, d, document_mention_span, document_mention_records);
    /* The record of the same document, with a count of 1. */
    memset(&rec, 0, sizeof rec);
    rec.struct_size = sizeof rec;
    if (govreport_report_document_records(r, i, 1, &rec) != GOVREPORT_OK)
      fail(w, "document_records(%zu, 1) failed: %s", i, govreport_last_error_message());
    else if ((field = document_record_mismatch(d, &rec)) != NULL)
      fail(w, "document[%zu]: its record's %s differs from its getters", i, field);
  }
  if (govreport_report_document_at(r, n) != NULL) fail(w, "document_at(count) is not NULL");
}

/* ## The walk */

int report_walk(const govreport_report *r, report_walk_result *out) {
  walker w;
  memset(out, 0, sizeof *out);
  out->digest = 14695981039346656037ull;
  memset(&w, 0, sizeof w);
  w.out = out;
  w.text = govreport_report_text(r, &w.len);
  if (w.text == NULL) {
    fail(&w, "report_text is NULL");
    return 1;
  }
  if (w.text[w.len] != '\0') fail(&w, "report_text is not NUL-terminated at its length");
  /* Character offsets can only be checked against a text whose characters are defined. */
  if (report_walk_valid_utf8(w.text, w.len) && w.len < UINT32_MAX) {
    w.cp = (uint32_t *)malloc((w.len + 1) * sizeof *w.cp);
    if (w.cp != NULL) {
      size_t b;
      uint32_t c = 0;
      for (b = 0; b < w.len; ++b) {
        w.cp[b] = c;
        if (((unsigned char)w.text[b] & 0xC0u) != 0x80u) ++c;
      }
      w.cp[w.len] = c;
    }
  }
  w.sections = govreport_report_section_count(r);
  w.measures = govreport_report_measure_count(r);
  w.indicators = govreport_report_indicator_count(r);
  w.periods = govreport_report_period_count(r);
  w.bodies = govreport_report_body_count(r);
  w.persons = govreport_report_person_count(r);
  w.documents = govreport_report_document_count(r);
  mix(&w, &w.sections, sizeof w.sections);
  mix(&w, &w.measures, sizeof w.measures);
  mix(&w, &w.indicators, sizeof w.indicators);
  mix(&w, &w.periods, sizeof w.periods);
  mix(&w, &w.bodies, sizeof w.bodies);
  mix(&w, &w.persons, sizeof w.persons);
  mix(&w, &w.documents, sizeof w.documents);

  walk_report_fields(&w, r);
  walk_sections(&w, r);
  walk_measures(&w, r);
  walk_diagnostics(&w, r);
  walk_indicators(&w, r);
  walk_periods(&w, r);
  walk_bodies(&w, r);
  walk_persons(&w, r);
  walk_documents(&w, r);

  free(w.cp);
  return out->error[0] != '\0';
}

/* ## JSON well-formedness (RFC 8259 syntax; no semantic checks) */

typedef struct json_reader {
  const char *s;
  size_t len, pos;
  const char *error;
} json_reader;

enum { JSON_MAX_DEPTH = 1000 };

static void json_ws(json_reader *j) {
  while (j->pos < j->len && (j->s[j->pos] == ' ' || j->s[j->pos] == '\n' ||
                             j->s[j->pos] == '\r' || j->s[j->pos] == '\t'))
    ++j->pos;
}

static int json_lit(json_reader *j, const char *word) {
  size_t n = strlen(word);
  if (j->len - j->pos < n || memcmp(j->s + j->pos, word, n) != 0) {
    j->error = "bad literal";
    return 0;
  }
  j->pos += n;
  return 1;
}

static int json_string(json_reader *j) {
  size_t start;
  ++j->pos; /* the opening quote */
  start = j->pos;
  while (j->pos < j->len) {
    unsigned char c = (unsigned char)j->s[j->pos];
    if (c == '"') {
      if (!report_walk_valid_utf8(j->s + start, j->pos - start)) {
        j->error = "string is not valid UTF-8";
        return 0;
      }
      ++j->pos;
      return 1;
    }
    if (c < 0x20) {
      j->error = "raw control character in a string";
      return 0;
    }
    if (c == '\\') {
      char e;
      if (++j->pos >= j->len) break;
      e = j->s[j->pos];
      if (e == 'u') {
        int k;
        for (k = 1; k <= 4; ++k) {
          char h = j->pos + (size_t)k < j->len ? j->s[j->pos + (size_t)k] : 0;
          if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) {
            j->error = "bad \\u escape";
            return 0;
          }
        }
        j->pos += 4;
      } else if (!strchr("\"\\/bfnrt", e) || e == '\0') {
        j->error = "bad escape";
        return 0;
      }
    }
    ++j->pos;
  }
  j->error = "unterminated string";
  return 0;
}

static int json_number(json_reader *j) {
  size_t p = j->pos;
  const char *s = j->s;
  if (p < j->len && s[p] == '-') ++p;
  if (p < j->len && s[p] == '0') {
    ++p;
  } else if (p < j->len && s[p] >= '1' && s[p] <= '9') {
    while (p < j->len && s[p] >= '0' && s[p] <= '9') ++p;
  } else {
    j->error = "bad number";
    return 0;
  }
  if (p < j->len && s[p] == '.') {
    if (++p >= j->len || s[p] < '0' || s[p] > '9') {
      j->error = "bad fraction";
      return 0;
    }
    while (p < j->len && s[p] >= '0' && s[p] <= '9') ++p;
  }
  if (p < j->len && (s[p] == 'e' || s[p] == 'E')) {
    ++p;
    if (p < j->len && (s[p] == '+' || s[p] == '-')) ++p;
    if (p >= j->len || s[p] < '0' || s[p] > '9') {
      j->error = "bad exponent";
      return 0;
    }
    while (p < j->len && s[p] >= '0' && s[p] <= '9') ++p;
  }
  j->pos = p;
  return 1;
}

static int json_value(json_reader *j, int depth) {
  char c;
  if (depth > JSON_MAX_DEPTH) {
    j->error = "nested too deeply";
    return 0;
  }
  json_ws(j);
  if (j->pos >= j->len) {
    j->error = "unexpected end";
    return 0;
  }
  c = j->s[j->pos];
  if (c == '{' || c == '[') {
    char close = c == '{' ? '}' : ']';
    ++j->pos;
    json_ws(j);
    if (j->pos < j->len && j->s[j->pos] == close) {
      ++j->pos;
      return 1;
    }
    for (;;) {
      if (c == '{') {
        json_ws(j);
        if (j->pos >= j->len || j->s[j->pos] != '"') {
          j->error = "object key is not a string";
          return 0;
        }
        if (!json_string(j)) return 0;
        json_ws(j);
        if (j->pos >= j->len || j->s[j->pos] != ':') {
          j->error = "missing ':'";
          return 0;
        }
        ++j->pos;
      }
      if (!json_value(j, depth + 1)) return 0;
      json_ws(j);
      if (j->pos < j->len && j->s[j->pos] == ',') {
        ++j->pos;
        continue;
      }
      if (j->pos < j->len && j->s[j->pos] == close) {
        ++j->pos;
        return 1;
      }
      j->error = "missing ',' or closing bracket";
      return 0;
    }
  }
  if (c == '"') return json_string(j);
  if (c == 't') return json_lit(j, "true");
  if (c == 'f') return json_lit(j, "false");
  if (c == 'n') return json_lit(j, "null");
  return json_number(j);
}

int report_walk_check_json(const char *json, size_t len, char *error, size_t error_size) {
  json_reader j;
  j.s = json;
  j.len = len;
  j.pos = 0;
  j.error = NULL;
  if (json_value(&j, 0)) {
    json_ws(&j);
    if (j.pos == j.len) return 0;
    j.error = "text after the value";
  }
  if (error != NULL && error_size > 0)
    snprintf(error, error_size, "invalid JSON at byte %zu: %s", j.pos, j.error);
  return 1;
}
