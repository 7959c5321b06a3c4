// Input decoding: UTF-8 (with or without BOM), GB18030/GBK, UTF-16 with BOM, via iconv.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_INPUT_DECODE_HPP
#define GOVREPORT_INPUT_DECODE_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <govreport/parse.hpp>

namespace govreport::input {

using govreport::Encoding;

struct Decoded {
    std::string text;      ///< UTF-8; the input itself (not copied) when it already was
    bool converted = false;  ///< false: `text` is empty and the input is the text
    std::string encoding;  ///< "utf-8", "utf-8-bom", "gb18030", "utf-16le", "utf-16be"
    /// Offsets in the output text of the U+FFFD characters that replaced invalid input.
    std::vector<std::size_t> replaced;
};

/// Decodes `input` to UTF-8. With Encoding::automatic: a BOM decides; otherwise valid
/// UTF-8 stays UTF-8, and text that is not but converts cleanly from GB18030 is GB18030.
/// Invalid bytes become U+FFFD (listed in `replaced`), or, when `strict`, throw
/// govreport::Error(Status::invalid_encoding) with the byte offset of the first one.
/// `copy`: the caller needs the text in a string of its own, which a valid UTF-8 input is
/// then copied to (`converted` set) as it is checked, instead of left as the input.
Decoded decode(std::string_view input, Encoding forced, bool strict, bool copy = false);

}  // namespace govreport::input

#endif
