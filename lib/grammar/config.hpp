// The one iterator and context type every X3 grammar here is instantiated for.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_CONFIG_HPP
#define GOVREPORT_GRAMMAR_CONFIG_HPP

#include <boost/spirit/home/x3.hpp>

namespace govreport::grammar {

namespace x3 = boost::spirit::x3;

// We parse the caller's buffer in place, byte by byte (UTF-8 stays as bytes on Boost
// 1.74), without a skipper: white space is significant in these texts.
using iterator_type = const char*;
using context_type = x3::unused_type;

}  // namespace govreport::grammar

#endif
