// Instantiation of the document-number rule and the search for a number near a title.
// SPDX-License-Identifier: MIT
#include "grammar/doc_number_def.hpp"

#include <algorithm>

#include "util/utf8.hpp"

namespace govreport::grammar {

BOOST_SPIRIT_INSTANTIATE(doc_serial_type, iterator_type, context_type)

bool find_doc_number(std::string_view text, std::size_t window, std::size_t& begin,
                     std::size_t& end) {
    const char* const base = text.data();
    const char* const last = base + text.size();
    const char* const stop = base + std::min(window, text.size());
    // The issuer code (中发, 厅字, 国办发) starts the text and is Han characters only; a
    // number further on ("，对照中发〔2021〕33号") is not this document's.
    for (const char* p = base; p < stop;) {
        const char* at = p;
        const char32_t c = util::decode(p, last);
        iterator_type first = at;
        if (x3::parse(first, last, doc_serial_rule)) {
            if (at == base) return false;  // a bare 〔2021〕5号 without an issuer code
            begin = 0;
            end = static_cast<std::size_t>(first - base);
            return true;
        }
        if (!(c >= 0x4E00 && c <= 0x9FFF)) return false;
    }
    return false;
}

}  // namespace govreport::grammar
