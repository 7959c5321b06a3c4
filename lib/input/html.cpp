// HTML to text with libxml2's HTML parser and an iterative walk of the tree.
// SPDX-License-Identifier: MIT
#include "input/html.hpp"

#include <cctype>
#include <climits>
#include <cstring>
#include <new>
#include <vector>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace govreport::input {

namespace {

bool name_is(const xmlNode* n, std::initializer_list<const char*> names) {
    const char* name = reinterpret_cast<const char*>(n->name);
    if (!name) return false;
    for (const char* x : names)
        if (std::strcmp(name, x) == 0) return true;
    return false;
}

// Elements whose content is never report text.
bool skipped(const xmlNode* n) {
    return name_is(n, {"script", "style", "noscript", "nav", "header", "footer", "iframe", "form",
                       "select", "button", "template", "head", "svg", "object", "aside"});
}

// Elements that start and end a line of text.
bool block(const xmlNode* n) {
    return name_is(n, {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                       "tr", "table", "section", "article", "blockquote", "pre", "hr", "dd",
                       "dt", "dl", "center", "main", "body", "title", "td", "th"});
}

struct Doc {
    htmlDocPtr doc;
    ~Doc() { if (doc) xmlFreeDoc(doc); }
};

}  // namespace

bool looks_like_html(std::string_view t) {
    // A plain-text report fails at its first character: decide that before copying and
    // lowercasing the head (which cost every parse 2,000 calls to tolower).
    const std::string_view raw = t.substr(0, 2048);
    const std::size_t lead = raw.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (lead == std::string_view::npos || raw[lead] != '<') return false;
    std::string head(raw);
    for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return head.find("<!doctype html") != std::string::npos ||
           head.find("<html") != std::string::npos || head.find("<body") != std::string::npos ||
           head.find("<head") != std::string::npos;
}

std::string html_to_text(std::string_view t) {
    const int len = t.size() > static_cast<std::size_t>(INT_MAX) ? INT_MAX : static_cast<int>(t.size());
    Doc d{htmlReadMemory(t.data(), len, nullptr, "UTF-8",
                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                             HTML_PARSE_NONET | HTML_PARSE_COMPACT)};
    // libxml2 returns NULL for a document with nothing in it (empty input, found by the
    // fuzzer) as well as when out of memory: either way there is no text. An empty text
    // gives the report its empty_input diagnostic; a real shortage of memory shows at the
    // next allocation.
    if (!d.doc) return {};
    std::string out;
    out.reserve(t.size() / 2);
    auto newline = [&] {
        if (!out.empty() && out.back() != '\n') out += '\n';
    };
    // Depth-first without recursion: pages nest divs deeply, the stack must not.
    struct Frame {
        xmlNode* node;
        bool leaving;
    };
    std::vector<Frame> stack;
    for (xmlNode* n = xmlDocGetRootElement(d.doc); n; n = nullptr) stack.push_back({n, false});
    while (!stack.empty()) {
        const Frame f = stack.back();
        stack.pop_back();
        xmlNode* n = f.node;
        if (f.leaving) {
            if (block(n)) newline();
            continue;
        }
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content) out += reinterpret_cast<const char*>(n->content);
            continue;
        }
        if (n->type != XML_ELEMENT_NODE || skipped(n)) continue;
        if (block(n)) newline();
        stack.push_back({n, true});
        // Children in document order: pushed from the last (no list of them per element).
        for (xmlNode* c = n->last; c; c = c->prev) stack.push_back({c, false});
    }
    return out;
}

}  // namespace govreport::input
