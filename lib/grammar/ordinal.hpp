// Declaration of the Chinese numeral rule (一 … 九百九十九) shared by several grammars.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_ORDINAL_HPP
#define GOVREPORT_GRAMMAR_ORDINAL_HPP

#include "grammar/config.hpp"

namespace govreport::grammar {

struct chinese_ordinal_class;
using chinese_ordinal_type = x3::rule<chinese_ordinal_class, int>;
BOOST_SPIRIT_DECLARE(chinese_ordinal_type)

/// The rule: a Chinese numeral from 1 to 999, value as its attribute.
const chinese_ordinal_type& chinese_ordinal();

}  // namespace govreport::grammar

#endif
