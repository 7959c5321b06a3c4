// GB18030 (and GBK, GB2312) to UTF-8: a two-byte table read off iconv once, iconv for the rest.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_INPUT_GB18030_HPP
#define GOVREPORT_INPUT_GB18030_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace govreport::input {

/// The characters of a conversion's output: the evidence decode() weighs before it calls
/// an input that is not UTF-8 GB18030.
struct CharCounts {
    std::size_t wide = 0;  ///< code points above ASCII
    std::size_t han = 0;   ///< of them, util::is_cjk() ones
};

/// Converts `in` from GB18030 to UTF-8 into `out`, with exactly the result of glibc's iconv
/// over the whole input (IconvToUtf8::run with a unit of one byte): on an invalid or
/// truncated sequence, `strict` → returns false with its offset in `bad_offset`; otherwise
/// writes U+FFFD (its offset in `out` goes to `replaced`), skips one byte and goes on.
/// `counts`, when not null, receives the counts of the output's characters.
///
/// The two-byte characters (all of GBK, nearly every character of a report) come from a
/// table built once per process by converting every two-byte code with iconv; ASCII is
/// copied; four-byte codes and invalid bytes go through iconv one character at a time.
/// Where the table cannot be built (no GB18030 in iconv, a mapping that is not one code
/// point per code), everything goes through iconv.
bool gb18030_to_utf8(std::string_view in, bool strict, std::string& out,
                     std::vector<std::size_t>& replaced, std::size_t& bad_offset,
                     CharCounts* counts = nullptr);

/// Whether gb18030_to_utf8() has its table (false: it converts through iconv alone).
bool gb18030_table_usable();

}  // namespace govreport::input

#endif
