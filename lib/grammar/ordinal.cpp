// Instantiation of the Chinese numeral rule for the project's iterator and context.
// SPDX-License-Identifier: MIT
#include "grammar/ordinal_def.hpp"

namespace govreport::grammar {

BOOST_SPIRIT_INSTANTIATE(chinese_ordinal_type, iterator_type, context_type)

const chinese_ordinal_type& chinese_ordinal() { return chinese_ordinal_rule; }

}  // namespace govreport::grammar
