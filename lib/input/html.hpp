// Text of an HTML page (a report saved from a government web site), via libxml2's parser.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_INPUT_HTML_HPP
#define GOVREPORT_INPUT_HTML_HPP

#include <string>
#include <string_view>

namespace govreport::input {

/// Does the text look like an HTML document (<!DOCTYPE html, <html, <body near the start)?
bool looks_like_html(std::string_view utf8);

/// The visible text of an HTML document (UTF-8 in, UTF-8 out): scripts, styles, navigation,
/// headers, footers and forms dropped, block elements turned into line breaks, entities
/// decoded. Malformed markup is recovered from, never an error.
std::string html_to_text(std::string_view utf8);

}  // namespace govreport::input

#endif
