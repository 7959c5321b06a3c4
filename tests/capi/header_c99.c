/* header_c99.c: govreport.h compiles as strict C99 (-std=c99 -pedantic -Werror), links and runs.
 * SPDX-License-Identifier: MIT
 */
#include <govreport/govreport.h>

#include <stdio.h>
#include <string.h>

/* A tiny synthetic report: enough for the parser to find a title and a few headings. */
static const char sample[] =
    "某市人民政府2024年度法治政府建设情况报告\n"
    "\n"
    "一、2024年度推进法治政府建设的主要举措和成效\n"
    "（一）提升依法行政能力\n"
    "1. 加强学习培训。全年组织专题学习12次。\n"
    "二、存在的不足和原因\n"
    "法治督察力度有待加强。\n"
    "三、党政主要负责人履行推进法治建设第一责任人职责情况\n"
    "主要负责人带头学法。\n"
    "四、2025年度推进法治政府建设的主要安排\n"
    "一是加强学习。二是完善制度。\n";

int main(void) {
  govreport_parse_options opts;
  govreport_report *report = NULL;
  govreport_status status;
  char *json = NULL;
  size_t json_len = 0;

  /* Header and library must agree: this is what a C user relies on. */
  if (govreport_version() != (uint32_t)GOVREPORT_VERSION) {
    fprintf(stderr, "version mismatch: library %lu, header %lu\n",
            (unsigned long)govreport_version(), (unsigned long)GOVREPORT_VERSION);
    return 1;
  }
  if (strcmp(govreport_version_string(), GOVREPORT_VERSION_STRING) != 0) {
    fprintf(stderr, "version string mismatch: %s vs %s\n", govreport_version_string(),
            GOVREPORT_VERSION_STRING);
    return 1;
  }
  if (govreport_abi_version() != (uint32_t)GOVREPORT_ABI_VERSION) {
    fprintf(stderr, "ABI mismatch\n");
    return 1;
  }

  govreport_parse_options_init(&opts);
  if (opts.struct_size != (uint32_t)sizeof opts) {
    fprintf(stderr, "parse_options_init did not set struct_size\n");
    return 1;
  }
  status = govreport_parse_buffer(sample, sizeof sample - 1, &opts, &report);
  if (status != GOVREPORT_OK || report == NULL) {
    fprintf(stderr, "parse failed: %s: %s\n", govreport_status_string(status),
            govreport_last_error_message());
    return 1;
  }
  status = govreport_report_to_json(report, GOVREPORT_JSON_PRETTY, &json, &json_len);
  if (status != GOVREPORT_OK || json == NULL || json_len != strlen(json)) {
    fprintf(stderr, "to_json failed: %s\n", govreport_status_string(status));
    govreport_report_free(report);
    return 1;
  }
  printf("govreport %s (C99): %lu sections, %lu measures, %lu bytes of JSON\n",
         govreport_version_string(), (unsigned long)govreport_report_section_count(report),
         (unsigned long)govreport_report_measure_count(report), (unsigned long)json_len);

  govreport_free(json);
  govreport_report_free(report);
  /* Documented no-ops. */
  govreport_free(NULL);
  govreport_report_free(NULL);
  return 0;
}
