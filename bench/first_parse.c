/* Time of the first parse after the library is loaded (dlopen, gazetteer and tables cold), then a warm one. */
/* SPDX-License-Identifier: MIT */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <govreport/govreport.h>

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

typedef govreport_status (*parse_file_fn)(const char*, const govreport_parse_options*, govreport_report**);
typedef void (*report_free_fn)(govreport_report*);

/* Usage: govreport_first_parse LIBRARY REPORT. The library is opened here, not linked, so
 * that "first" includes everything a host pays on first use: loading, relocation, static
 * initialisation, the first look-ups in the gazetteer. */
int main(int argc, char** argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s LIBRARY REPORT\n", argv[0]);
        return 2;
    }
    const double t0 = now_ms();
    void* lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        fprintf(stderr, "dlopen: %s\n", dlerror());
        return 1;
    }
    parse_file_fn parse_file = (parse_file_fn)dlsym(lib, "govreport_parse_file");
    report_free_fn report_free = (report_free_fn)dlsym(lib, "govreport_report_free");
    if (!parse_file || !report_free) {
        fprintf(stderr, "dlsym: %s\n", dlerror());
        return 1;
    }
    const double t1 = now_ms();
    double parse_ms[3];
    for (int i = 0; i < 3; ++i) {
        govreport_report* report = NULL;
        const double a = now_ms();
        if (parse_file(argv[2], NULL, &report) != GOVREPORT_OK) {
            fprintf(stderr, "parse failed\n");
            return 1;
        }
        parse_ms[i] = now_ms() - a;
        report_free(report);
    }
    printf("load %.3f ms, first parse %.3f ms, then %.3f ms and %.3f ms\n", t1 - t0, parse_ms[0],
           parse_ms[1], parse_ms[2]);
    return 0;
}
