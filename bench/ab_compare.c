/* A/B timing of two builds of the library on one input, loaded side by side and alternated. */
/* SPDX-License-Identifier: MIT */
/*
 * On a shared machine the same benchmark moves by 20–50 % between runs: separate runs of
 * two builds compare the machine's moods, not the builds. Here both builds live in one
 * process (each in a link namespace of its own, dlmopen) and parse the same bytes in turn,
 * A B B A A B …, so that a slow moment hits both alike. Each pair of adjacent parses gives
 * a ratio; the median of those ratios is the comparison, with its 95 % interval. Comparing
 * a build with itself measures the harness: 0.98–1.01, intervals of about ±2.5 %, on the
 * shared 2-core machine of bench/README.md, 80 rounds over the corpus.
 *
 * Linux (glibc) only: dlmopen keeps the two copies of every symbol apart.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <govreport/govreport.h>

typedef govreport_status (*parse_buffer_fn)(const char *, size_t, const govreport_parse_options *,
                                            govreport_report **);
typedef void (*report_free_fn)(govreport_report *);
typedef void (*options_init_fn)(govreport_parse_options *);
typedef const char *(*last_error_fn)(void);

/* One build of the library and what is measured of it. */
typedef struct build {
    const char *path;
    parse_buffer_fn parse_buffer;
    report_free_fn report_free;
    last_error_fn last_error;
    govreport_parse_options options;
    double *seconds; /* one per round */
} build;

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int compare_doubles(const void *a, const void *b) {
    const double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The value at fraction q (0..1) of a sorted array. */
static double quantile(const double *sorted, size_t n, double q) {
    return sorted[(size_t)(q * (double)(n - 1) + 0.5)];
}

static void usage(const char *argv0) {
    fprintf(stderr,
            "usage: %s LIBRARY_A LIBRARY_B INPUT [--rounds N] [--warmup N] [--parse-only]\n"
            "  Parses INPUT with both builds in turn, N rounds (default 60) after the\n"
            "  warm-up (default 3), and prints each build's MB/s and the median ratio B/A.\n"
            "  --parse-only: leave the freeing of each report out of the time.\n",
            argv0);
}

/* Opens `b->path` in a fresh link namespace and finds the functions the harness calls. */
static int load(build *b) {
    /* A name without a slash would be looked for in the library path, not here. */
    char *resolved = realpath(b->path, NULL);
    if (!resolved) {
        fprintf(stderr, "ab_compare: cannot load %s: %s\n", b->path, strerror(errno));
        return 0;
    }
    void *handle = dlmopen(LM_ID_NEWLM, resolved, RTLD_NOW | RTLD_LOCAL);
    free(resolved);
    if (!handle) {
        fprintf(stderr, "ab_compare: cannot load %s: %s\n", b->path, dlerror());
        return 0;
    }
    b->parse_buffer = (parse_buffer_fn)dlsym(handle, "govreport_parse_buffer");
    b->report_free = (report_free_fn)dlsym(handle, "govreport_report_free");
    b->last_error = (last_error_fn)dlsym(handle, "govreport_last_error_message");
    options_init_fn options_init = (options_init_fn)dlsym(handle, "govreport_parse_options_init");
    if (!b->parse_buffer || !b->report_free || !b->last_error || !options_init) {
        fprintf(stderr, "ab_compare: %s is not a govreport library (a function is missing)\n",
                b->path);
        return 0;
    }
    options_init(&b->options);
    b->options.max_input_bytes = (uint64_t)-1; /* the benchmark inputs go past 64 MiB */
    return 1;
}

static char *read_input(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "ab_compare: cannot open %s: %s\n", path, strerror(errno));
        return NULL;
    }
    char *data = NULL;
    size_t used = 0, room = 0, got;
    do {
        if (room - used < 65536) {
            room = room ? room * 2 : 1 << 20;
            char *bigger = realloc(data, room);
            if (!bigger) {
                fprintf(stderr, "ab_compare: out of memory reading %s\n", path);
                free(data);
                fclose(f);
                return NULL;
            }
            data = bigger;
        }
        got = fread(data + used, 1, room - used, f);
        used += got;
    } while (got > 0);
    const int failed = ferror(f);
    fclose(f);
    if (failed || used == 0) {
        fprintf(stderr, "ab_compare: %s: %s\n", path, failed ? "cannot read" : "empty file");
        free(data);
        return NULL;
    }
    *size = used;
    return data;
}

/* One timed parse; 0 (and a message) when the build rejects the input. */
static double timed_parse(build *b, const char *text, size_t size, int parse_only) {
    govreport_report *report = NULL;
    const double start = now_seconds();
    const govreport_status status = b->parse_buffer(text, size, &b->options, &report);
    const double parsed = now_seconds();
    if (status != GOVREPORT_OK) {
        fprintf(stderr, "ab_compare: %s: parse failed (status %d): %s\n", b->path, (int)status,
                b->last_error());
        return 0;
    }
    b->report_free(report);
    return (parse_only ? parsed : now_seconds()) - start;
}

static int parse_count(const char *arg, const char *name, long *out) {
    char *end = NULL;
    errno = 0;
    const long v = arg ? strtol(arg, &end, 10) : -1;
    if (!arg || errno || *end || v < 0 || v > 1000000) {
        fprintf(stderr, "ab_compare: %s needs a count from 0 to 1000000\n", name);
        return 0;
    }
    *out = v;
    return 1;
}

int main(int argc, char **argv) {
    long rounds = 60, warmup = 3;
    int parse_only = 0;
    const char *positional[3];
    int npositional = 0;
    for (int i = 1; i < argc; ++i) {
        if (strcmp(argv[i], "--rounds") == 0) {
            if (!parse_count(i + 1 < argc ? argv[++i] : NULL, "--rounds", &rounds)) return 2;
        } else if (strcmp(argv[i], "--warmup") == 0) {
            if (!parse_count(i + 1 < argc ? argv[++i] : NULL, "--warmup", &warmup)) return 2;
        } else if (strcmp(argv[i], "--parse-only") == 0) {
            parse_only = 1;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            usage(argv[0]);
            return 2;
        } else if (npositional < 3) {
            positional[npositional++] = argv[i];
        } else {
            usage(argv[0]);
            return 2;
        }
    }
    if (npositional != 3 || rounds < 1) {
        usage(argv[0]);
        return 2;
    }

    build builds[2] = {{.path = positional[0]}, {.path = positional[1]}};
    size_t size = 0;
    char *text = read_input(positional[2], &size);
    if (!text || !load(&builds[0]) || !load(&builds[1])) return 1;
    double *ratios = malloc((size_t)rounds * sizeof(double));
    builds[0].seconds = malloc((size_t)rounds * sizeof(double));
    builds[1].seconds = malloc((size_t)rounds * sizeof(double));
    if (!ratios || !builds[0].seconds || !builds[1].seconds) {
        fprintf(stderr, "ab_compare: out of memory\n");
        return 1;
    }

    /* A B, then B A: each build goes first in half the rounds, so neither is always the one
     * that runs after the other has warmed (or trashed) the caches. */
    for (long round = -warmup; round < rounds; ++round) {
        double t[2];
        for (int k = 0; k < 2; ++k) {
            const int which = (round & 1) ? 1 - k : k;
            t[which] = timed_parse(&builds[which], text, size, parse_only);
            if (t[which] <= 0) return 1;
        }
        if (round < 0) continue;
        builds[0].seconds[round] = t[0];
        builds[1].seconds[round] = t[1];
        ratios[round] = t[0] / t[1]; /* > 1: B is faster */
    }

    const double mb = (double)size / 1e6;
    printf("input %s: %.3f MB, %ld rounds after %ld warm-up, %s\n", positional[2], mb, rounds,
           warmup, parse_only ? "parse only" : "parse and free");
    for (int k = 0; k < 2; ++k) {
        double *s = builds[k].seconds;
        qsort(s, (size_t)rounds, sizeof(double), compare_doubles);
        printf("%c %s: best %.1f  p25 %.1f  median %.1f MB/s\n", 'A' + k, builds[k].path,
               mb / s[0], mb / quantile(s, (size_t)rounds, 0.25),
               mb / quantile(s, (size_t)rounds, 0.5));
    }
    qsort(ratios, (size_t)rounds, sizeof(double), compare_doubles);
    /* The median's 95 % interval from order statistics, whatever the ratios' distribution:
     * ranks n/2 ± 0.98 √n. */
    const double half_width = 0.98 * sqrt((double)rounds);
    const double low_rank = (double)rounds / 2 - half_width;
    const double high_rank = (double)rounds / 2 + half_width;
    const size_t low = low_rank < 0 ? 0 : (size_t)low_rank;
    const size_t high = high_rank > (double)(rounds - 1) ? (size_t)(rounds - 1) : (size_t)high_rank;
    printf("B/A speed: median %.3f (95%% interval %.3f to %.3f; middle half %.3f to %.3f)\n",
           quantile(ratios, (size_t)rounds, 0.5), ratios[low], ratios[high],
           quantile(ratios, (size_t)rounds, 0.25), quantile(ratios, (size_t)rounds, 0.75));
    free(ratios);
    free(builds[0].seconds);
    free(builds[1].seconds);
    free(text);
    return 0;
}
