/* consumer.c: what a C user of an installed govreport does: parse a report, walk its outline.
 * SPDX-License-Identifier: MIT
 */
#include <govreport/govreport.h>

#include <stdio.h>

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
  govreport_report *report = NULL;
  size_t i, count;
  govreport_status status;

  if (govreport_abi_version() != (uint32_t)GOVREPORT_ABI_VERSION) {
    fprintf(stderr, "ABI mismatch: library %lu, header %lu\n",
            (unsigned long)govreport_abi_version(), (unsigned long)GOVREPORT_ABI_VERSION);
    return 1;
  }
  status = govreport_parse_buffer(sample, sizeof sample - 1, NULL, &report);
  if (status != GOVREPORT_OK) {
    fprintf(stderr, "parse failed: %s: %s\n", govreport_status_string(status),
            govreport_last_error_message());
    return 1;
  }
  count = govreport_report_section_count(report);
  printf("govreport %s: \"%s\", %lu sections\n", govreport_version_string(),
         govreport_report_title(report), (unsigned long)count);
  for (i = 0; i < count; ++i) {
    const govreport_section *section = govreport_report_section_at(report, i);
    printf("  %*s%s%s\n", (int)(2 * (govreport_section_level(section) - 1)), "",
           govreport_section_marker(section), govreport_section_title(section));
  }
  govreport_report_free(report);
  if (count == 0) {
    fprintf(stderr, "expected at least one section\n");
    return 1;
  }
  return 0;
}
