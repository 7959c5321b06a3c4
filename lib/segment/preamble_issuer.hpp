// Reading the issuer from the preamble when neither title nor signature names it.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_SEGMENT_PREAMBLE_ISSUER_HPP
#define GOVREPORT_SEGMENT_PREAMBLE_ISSUER_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "segment/paragraphs.hpp"

namespace govreport::segment {

/// The organ a report's preamble names as its author, from the first paragraphs from
/// `first` on: the organ that opens a paragraph, after a time (2020年，长治市人力资源和
/// 社会保障局深入学习…; 这一年，唐山市委、市政府…) or after 在…领导下 (息县人民政府坚持…),
/// when a verb follows it; or the organ after 现将 (现将巫山县司法局2024年…报告如下). The
/// organ names its place (市政府 and 区司法局 say which only to a reader who knows the
/// issuer): four Han characters or more ending as an organ does, or a town or street
/// (汤头街道). Web pages and excerpts often drop the title line that names it.
std::optional<std::string> preamble_issuer(const std::vector<Paragraph>& paragraphs,
                                           std::size_t first);

}  // namespace govreport::segment

#endif
