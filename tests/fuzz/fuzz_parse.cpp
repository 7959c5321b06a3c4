// fuzz_parse.cpp: libFuzzer harness over the C API: options from the first 4 bytes, parse, JSON, every accessor, free.
// SPDX-License-Identifier: MIT
//
// Input layout: bytes 0-3 are a little-endian option word (bits below), the rest is the
// text. Shorter inputs have their bytes as the option word and an empty text. Seeds from
// the corpus therefore start with four zero bytes (see scripts/ci-hardening).
//
// Beyond "does not crash", the harness aborts on any broken promise of govreport.h: an
// unexpected status, a missing error message, a broken span or index (report_walk.c),
// malformed JSON, a JSON length that disagrees with strlen, or (bit 26) a second parse of
// the same bytes that gives different JSON or a different walk.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <govreport/govreport.h>

#include "report_walk.h"

namespace {

// The option word.
constexpr uint32_t kStrict = 1u << 0;        // GOVREPORT_PARSE_STRICT_ENCODING
constexpr uint32_t kPretty = 1u << 1;        // GOVREPORT_JSON_PRETTY
constexpr uint32_t kYear = 1u << 2;          // report_year = 1949 + bits 8-14
constexpr uint32_t kMaxBytes = 1u << 3;      // max_input_bytes = 1 + bits 16-23
constexpr uint32_t kOldCaller = 1u << 4;     // struct_size of the 0.1 struct (24 bytes)
constexpr unsigned kEncodingShift = 5;       // bits 5-7: encoding (0.4)
constexpr unsigned kFormatShift = 24;        // bits 24-25: format (0.4)
constexpr uint32_t kReparse = 1u << 26;      // parse twice, require identical results
constexpr uint32_t kNullOptions = 1u << 27;  // opts = NULL (defaults); other bits ignored
constexpr uint32_t kBadValues = 1u << 28;    // keep out-of-range encoding/format values

[[noreturn]] void broken(const char* what, const char* detail) {
    std::fprintf(stderr, "fuzz_parse: broken promise: %s%s%s\n", what, detail ? ": " : "",
                 detail ? detail : "");
    std::abort();
}

struct Expectations {
    bool invalid_argument = false;  // an out-of-range option value was passed
    bool strict_or_forced = false;  // invalid input bytes may fail the parse
    bool size_limited = false;      // the text is over max_input_bytes
};

// Fills `opts` from the option word; says which failures are legitimate.
Expectations make_options(uint32_t flags, size_t text_len, govreport_parse_options& opts) {
    Expectations e;
    govreport_parse_options_init(&opts);
    if (flags & kStrict) {
        opts.flags |= GOVREPORT_PARSE_STRICT_ENCODING;
        e.strict_or_forced = true;
    }
    if (flags & kYear) opts.report_year = 1949 + static_cast<int32_t>((flags >> 8) & 0x7F);
    if (flags & kMaxBytes) {
        opts.max_input_bytes = 1 + ((flags >> 16) & 0xFF);
        e.size_limited = text_len > opts.max_input_bytes;
    }
    if (flags & kOldCaller) {
        opts.struct_size = 24;  // a 0.1 caller: nothing after max_input_bytes is read
        return e;
    }
#ifdef GOVREPORT_FORMAT_AUTO
    uint32_t encoding = (flags >> kEncodingShift) & 7u;
    uint32_t format = (flags >> kFormatShift) & 3u;
    if (!(flags & kBadValues)) {
        if (encoding > GOVREPORT_ENCODING_UTF16BE) encoding -= 5;
        if (format > GOVREPORT_FORMAT_HTML) format = GOVREPORT_FORMAT_AUTO;
    }
    opts.encoding = encoding;
    opts.format = format;
    e.invalid_argument = encoding > GOVREPORT_ENCODING_UTF16BE || format > GOVREPORT_FORMAT_HTML;
    // A forced encoding may meet bytes that do not convert.
    if (encoding != GOVREPORT_ENCODING_AUTO) e.strict_or_forced = true;
#else
    (void)kEncodingShift;
    (void)kFormatShift;
    (void)kBadValues;
#endif
    return e;
}

void check_failure(govreport_status status, const govreport_report* report,
                   const Expectations& e) {
    if (report != nullptr) broken("a failed parse left a report", nullptr);
    const char* message = govreport_last_error_message();
    if (message == nullptr || message[0] == '\0') broken("a failed parse has no message", nullptr);
    const bool expected = (status == GOVREPORT_E_INVALID_ARGUMENT && e.invalid_argument) ||
                          (status == GOVREPORT_E_TOO_LARGE && e.size_limited) ||
                          (status == GOVREPORT_E_INVALID_ENCODING && e.strict_or_forced);
    if (!expected) broken(govreport_status_string(status), message);
}

// Returns the JSON (owned, free with govreport_free) after checking it.
char* checked_json(const govreport_report* report, uint32_t json_flags, size_t* out_len) {
    char* json = nullptr;
    size_t len = 0;
    const govreport_status st = govreport_report_to_json(report, json_flags, &json, &len);
    if (st != GOVREPORT_OK) broken("to_json failed", govreport_last_error_message());
    if (json == nullptr) broken("to_json gave OK and no buffer", nullptr);
    if (json[len] != '\0' || std::strlen(json) != len)
        broken("the JSON's length disagrees with its NUL terminator", nullptr);
    char error[160];
    if (report_walk_check_json(json, len, error, sizeof error) != 0) broken(error, nullptr);
    *out_len = len;
    return json;
}

// The text is a copy of valid UTF-8 text input (govreport_report_text), NULs aside.
void check_text_copy(const govreport_report* report, const char* text, size_t len) {
    const char* encoding = govreport_report_encoding(report);
    if (encoding == nullptr || std::strcmp(encoding, "utf-8") != 0) return;
#ifdef GOVREPORT_FORMAT_AUTO
    const char* format = govreport_report_source_format(report);
    if (format == nullptr || std::strcmp(format, "text") != 0) return;
#endif
    if (!report_walk_valid_utf8(text, len)) return;
    size_t copy_len = 0;
    const char* copy = govreport_report_text(report, &copy_len);
    if (copy_len != len) broken("report_text of valid UTF-8 input has another length", nullptr);
    // NUL bytes are read as spaces (lib/core/parse.cpp: they would cut C strings short).
    for (size_t i = 0; i < len; ++i)
        if (copy[i] != text[i] && !(text[i] == '\0' && copy[i] == ' '))
            broken("report_text of valid UTF-8 input is not a copy of it", nullptr);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    uint32_t flags = 0;
    const size_t head = size < 4 ? size : 4;
    for (size_t k = 0; k < head; ++k) flags |= static_cast<uint32_t>(data[k]) << (8 * k);
    const char* text = reinterpret_cast<const char*>(data) + head;
    const size_t len = size - head;

    govreport_parse_options opts;
    Expectations expect;
    const govreport_parse_options* opts_arg = &opts;
    if (flags & kNullOptions) {
        opts_arg = nullptr;
    } else {
        expect = make_options(flags, len, opts);
    }

    govreport_report* report = reinterpret_cast<govreport_report*>(&opts);  // must be reset
    govreport_status st = govreport_parse_buffer(len ? text : nullptr, len, opts_arg, &report);
    if (st != GOVREPORT_OK) {
        check_failure(st, report, expect);
        return 0;
    }
    if (report == nullptr) broken("parse gave OK and no report", nullptr);
    if (govreport_last_error_message()[0] != '\0') broken("a success left an error message", nullptr);

    report_walk_result walk;
    if (report_walk(report, &walk) != 0) broken("walk", walk.error);
    check_text_copy(report, text, len);

    size_t json_len = 0;
    char* json = checked_json(report, (flags & kPretty) ? GOVREPORT_JSON_PRETTY : 0, &json_len);

    if (flags & kReparse) {
        govreport_report* again = nullptr;
        if (govreport_parse_buffer(len ? text : nullptr, len, opts_arg, &again) != GOVREPORT_OK)
            broken("the same input failed the second time", govreport_last_error_message());
        report_walk_result walk2;
        if (report_walk(again, &walk2) != 0) broken("walk of the second parse", walk2.error);
        if (walk2.digest != walk.digest || walk2.values != walk.values)
            broken("two parses of the same input read differently", nullptr);
        size_t len2 = 0;
        char* json2 = checked_json(again, (flags & kPretty) ? GOVREPORT_JSON_PRETTY : 0, &len2);
        if (len2 != json_len || std::memcmp(json, json2, json_len) != 0)
            broken("two parses of the same input gave different JSON", nullptr);
        govreport_free(json2);
        govreport_report_free(again);
    }

    govreport_free(json);
    govreport_report_free(report);
    return 0;
}
