// Declaration of the document-number rule: 〔2021〕33号, [2019]28号, （2024）5号.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_DOC_NUMBER_HPP
#define GOVREPORT_GRAMMAR_DOC_NUMBER_HPP

#include <cstddef>
#include <string_view>

#include "grammar/config.hpp"

namespace govreport::grammar {

struct doc_serial_class;
/// The bracketed year and serial of a document number; the issuer code in front of it
/// (中发, 厅字, 国办发) is read by the caller.
using doc_serial_type = x3::rule<doc_serial_class>;
BOOST_SPIRIT_DECLARE(doc_serial_type)

/// Finds a document number in the first `window` bytes of `text`: an issuer code of CJK
/// characters followed by 〔YYYY〕N号. Stores the byte range of the whole number.
bool find_doc_number(std::string_view text, std::size_t window, std::size_t& begin,
                     std::size_t& end);

}  // namespace govreport::grammar

#endif
