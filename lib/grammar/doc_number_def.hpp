// Definition of the document-number rule. Accepts "〔2021〕33号", "[2019]28号", "［2019］28号",
// "（2024）5号", "【2023】1号" (the issuer code such as 中发 or 厅字 is matched by the caller).
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_DOC_NUMBER_DEF_HPP
#define GOVREPORT_GRAMMAR_DOC_NUMBER_DEF_HPP

#include "grammar/doc_number.hpp"
#include "grammar/year.hpp"

namespace govreport::grammar {

namespace doc_number_detail {
const year_number_type year_number{"year_number"};
const auto open = x3::lit("〔") | x3::lit('[') | x3::lit("［") | x3::lit("（") | x3::lit('(') |
                  x3::lit("【");
const auto close = x3::lit("〕") | x3::lit(']') | x3::lit("］") | x3::lit("）") | x3::lit(')') |
                   x3::lit("】");
}  // namespace doc_number_detail

doc_serial_type const doc_serial_rule = "doc_serial";
const auto doc_serial_rule_def = doc_number_detail::open >> x3::omit[doc_number_detail::year_number] >>
                                 doc_number_detail::close >> +x3::ascii::digit >> x3::lit("号");
BOOST_SPIRIT_DEFINE(doc_serial_rule)

}  // namespace govreport::grammar

#endif
