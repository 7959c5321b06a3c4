// The quantity and period extractor: indicators and periods of every paragraph, linked.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXTRACT_QUANTITIES_HPP
#define GOVREPORT_EXTRACT_QUANTITIES_HPP

#include <string_view>
#include <vector>

#include <govreport/report.hpp>

#include "segment/paragraphs.hpp"
#include "util/char_set.hpp"
#include "util/scan_index.hpp"

namespace govreport::extract {

/// Fills report.periods and report.indicators from the paragraphs (sections and measures
/// must already be built), links each indicator to its measure and to the period its
/// sentence speaks of, and reports impossible dates (invalid_date). Byte spans only; the
/// caller completes code-point offsets.
void extract_quantities(const std::vector<segment::Paragraph>& paragraphs, Report& report,
                        const util::ScanIndex* scans = nullptr, std::size_t set = 0,
                        std::size_t context_set = 0);

/// The characters the quantity scan stops at (set `set` of the ScanIndex given to
/// extract_quantities, built over the paragraphs in order).
const util::CharSet& quantity_scan_chars();
/// The characters that change its context: clause and sentence ends, 《》 and quotes
/// (set `context_set` of that ScanIndex).
const util::CharSet& context_chars();

/// Whether the Chinese numeral at `at` of `t` is part of a word (进一步, 统一, 一是, 一批)
/// and starts neither a period nor a quantity: its run of numerals is followed, with no
/// blank between, by a character that is no numeral and can follow the numerals of neither
/// (a unit's first character, 余, 月, 至 …), and no numeral of the run starts a unit (千米,
/// 百分点). Only a sufficient test: false leaves the question to the period and quantity
/// grammars, which then reject or accept as before (test_quantities.cpp checks that both
/// reject wherever this says true).
bool numeral_word(std::string_view t, std::size_t at);

/// What a character of context_chars() does to the scan's context.
enum class ContextMark : unsigned char { clause_end, sentence_stop, book_open, book_close,
                                         quote_open, quote_close, bracket_open, bracket_close };

/// The kind of the context_chars() character at `p` and its length in bytes, told from its
/// bytes alone: the scan meets one every few characters and need not decode them. Only
/// for a character known to be in context_chars() (a stop of its ScanIndex set): the ASCII
/// ones are clause ends (, ; :) or brackets, the others are three bytes long and their last
/// byte tells them apart within their lead byte (test_char_predicates.cpp checks every one).
inline ContextMark context_mark(const char* p, std::size_t& bytes) noexcept {
    const auto b0 = static_cast<unsigned char>(p[0]);
    if (b0 < 0x80) {
        bytes = 1;
        return b0 == '(' ? ContextMark::bracket_open
                         : b0 == ')' ? ContextMark::bracket_close : ContextMark::clause_end;
    }
    bytes = 3;
    const auto b2 = static_cast<unsigned char>(p[2]);
    switch (b0) {
        case 0xEF:  // ！？ (EF BC 81, 9F), （） (EF BC 88, 89) or ，；： (EF BC 8C, 9B, 9A)
            return b2 == 0x81 || b2 == 0x9F ? ContextMark::sentence_stop
                   : b2 == 0x88             ? ContextMark::bracket_open
                   : b2 == 0x89             ? ContextMark::bracket_close
                                            : ContextMark::clause_end;
        case 0xE3:  // 。《》 (E3 80 82, 8A, 8B)
            return b2 == 0x82 ? ContextMark::sentence_stop
                              : b2 == 0x8A ? ContextMark::book_open : ContextMark::book_close;
        default:  // “” (E2 80 9C, 9D)
            return b2 == 0x9C ? ContextMark::quote_open : ContextMark::quote_close;
    }
}

}  // namespace govreport::extract

#endif
