/* header_twice.c: every public C header survives being included twice (include guards).
 * SPDX-License-Identifier: MIT
 */
#include <govreport/govreport.h>
#include <govreport/govreport.h>
#include <govreport/govreport_export.h>
#include <govreport/govreport_export.h>
#include <govreport/govreport_version.h>
#include <govreport/govreport_version.h>

#include <stdio.h>

int main(void) {
  static const char sample[] = "某市人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
  govreport_report *report = NULL;
  govreport_status status = govreport_parse_buffer(sample, sizeof sample - 1, NULL, &report);
  if (status != GOVREPORT_OK) {
    fprintf(stderr, "parse failed: %s: %s\n", govreport_status_string(status),
            govreport_last_error_message());
    return 1;
  }
  printf("govreport %s (included twice): ok\n", govreport_version_string());
  govreport_report_free(report);
  return 0;
}
