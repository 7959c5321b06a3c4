// Builds the CSV tables and the aligned indicator view from the C++ model.
// SPDX-License-Identifier: MIT
#include "tables.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include <govreport/parse.hpp>

namespace govreport::cli {
namespace {

std::string number(double v) {
    // Shortest decimal that reads back exactly; whole numbers without a fraction.
    if (v == static_cast<double>(static_cast<long long>(v)) && v < 1e15 && v > -1e15)
        return fmt::format(FMT_STRING("{}"), static_cast<long long>(v));
    return fmt::format(FMT_STRING("{}"), v);
}

template <class Vec>
std::string id_of(std::size_t index, const Vec& items) {
    return index < items.size() ? items[index].id : std::string();
}

std::string date(const std::optional<Date>& d) {
    return d ? fmt::format(FMT_STRING("{:04}-{:02}-{:02}"), d->year, d->month, d->day) : "";
}

std::string span_cell(std::uint64_t v) { return fmt::format(FMT_STRING("{}"), v); }

void indicators(const Report& r, Table& t) {
    t.header = {"id", "measure", "section", "metric", "text", "value", "value_text", "value_max",
                "scale", "normalized", "unit", "kind", "qualifier", "change_direction",
                "change_basis", "change_from", "per", "chinese_numeral", "period", "period_text",
                "period_start", "period_end", "start", "end", "char_start", "char_end"};
    for (const Indicator& x : r.indicators) {
        const Measure* m = x.measure < r.measures.size() ? &r.measures[x.measure] : nullptr;
        const Period* p = x.period < r.periods.size() ? &r.periods[x.period] : nullptr;
        // The section holds indicators outside any measure too (a heading over plain text).
        t.rows.push_back({x.id, m ? m->id : "", id_of(x.section, r.sections), x.metric,
                          x.text, x.has_value ? number(x.value) : "", x.value_text,
                          x.value_max ? number(*x.value_max) : "", number(x.scale),
                          x.has_value ? number(x.normalized) : "", x.unit, to_string(x.kind),
                          to_string(x.qualifier), x.change ? (x.change->up ? "up" : "down") : "",
                          x.change ? x.change->basis : "",
                          x.change ? id_of(x.change->from, r.indicators) : "", x.per,
                          x.chinese_numeral ? "true" : "false", p ? p->id : "", p ? p->text : "",
                          p ? p->start_iso : "", p ? p->end_iso : "", span_cell(x.span.start),
                          span_cell(x.span.end), span_cell(x.span.char_start),
                          span_cell(x.span.char_end)});
    }
}

void periods(const Report& r, Table& t) {
    t.header = {"id", "text", "start", "end", "granularity", "relative", "start_byte", "end_byte",
                "char_start", "char_end"};
    for (const Period& p : r.periods)
        t.rows.push_back({p.id, p.text, p.start_iso, p.end_iso, to_string(p.granularity),
                          p.relative ? "true" : "false", span_cell(p.span.start),
                          span_cell(p.span.end), span_cell(p.span.char_start),
                          span_cell(p.span.char_end)});
}

void measures(const Report& r, Table& t) {
    t.header = {"id", "section", "marker", "ordinal", "title", "status", "indicators", "body",
                "start", "end", "char_start", "char_end"};
    for (const Measure& m : r.measures)
        t.rows.push_back({m.id, id_of(m.section, r.sections), m.marker,
                          fmt::format(FMT_STRING("{}"), m.ordinal), m.title, to_string(m.status),
                          fmt::format(FMT_STRING("{}"), m.indicators.size()), m.body,
                          span_cell(m.extent.start), span_cell(m.extent.end),
                          span_cell(m.extent.char_start), span_cell(m.extent.char_end)});
}

void sections(const Report& r, Table& t) {
    t.header = {"id", "parent", "level", "marker", "ordinal", "title", "role", "measures", "start",
                "end", "char_start", "char_end"};
    for (const Section& s : r.sections)
        t.rows.push_back({s.id, id_of(s.parent, r.sections), fmt::format(FMT_STRING("{}"), s.level),
                          s.marker, fmt::format(FMT_STRING("{}"), s.ordinal), s.title,
                          to_string(s.role), fmt::format(FMT_STRING("{}"), s.measures.size()),
                          span_cell(s.span.start), span_cell(s.span.end),
                          span_cell(s.span.char_start), span_cell(s.span.char_end)});
}

void documents(const Report& r, Table& t) {
    t.header = {"id", "title", "doc_number", "issuer", "period_start", "period_end", "nested_in",
                "mentions"};
    for (const Document& d : r.documents)
        t.rows.push_back({d.id, d.title, d.doc_number.value_or(""), d.issuer.value_or(""),
                          date(d.period_start), date(d.period_end), id_of(d.nested_in, r.documents),
                          fmt::format(FMT_STRING("{}"), d.mentions.size())});
}

// Mentions as " | "-separated words (the same body is often written several ways).
std::string join_mentions(const std::vector<Mention>& ms) {
    std::string out;
    for (const Mention& m : ms) {
        if (!out.empty()) out += " | ";
        out += m.text;
    }
    return out;
}

void bodies(const Report& r, Table& t) {
    t.header = {"id", "name", "kind", "level", "division_code", "mentions", "mention_texts",
                "measures"};
    for (std::size_t i = 0; i < r.bodies.size(); ++i) {
        const Body& b = r.bodies[i];
        std::string measures;
        for (const Measure& m : r.measures)
            if (std::find(m.bodies.begin(), m.bodies.end(), i) != m.bodies.end())
                measures += (measures.empty() ? "" : " ") + m.id;
        t.rows.push_back({b.id, b.name, b.kind, b.level, b.division_code,
                          fmt::format(FMT_STRING("{}"), b.mentions.size()),
                          join_mentions(b.mentions), measures});
    }
}

void persons(const Report& r, Table& t) {
    t.header = {"id", "name", "title", "titles", "body", "body_name", "mentions"};
    for (const Person& h : r.persons) {
        std::string titles;
        for (const std::string& x : h.titles) titles += (titles.empty() ? "" : " | ") + x;
        const Body* b = h.body < r.bodies.size() ? &r.bodies[h.body] : nullptr;
        t.rows.push_back({h.id, h.name, h.title, titles, b ? b->id : "", b ? b->name : "",
                          join_mentions(h.mentions)});
    }
}

// Display width: East Asian characters take two terminal columns.
std::size_t width(std::string_view s) {
    std::size_t w = 0;
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        w += n >= 3 ? 2 : 1;
        i += n;
    }
    return w;
}

std::string pad(const std::string& s, std::size_t w) {
    const std::size_t have = width(s);
    return have >= w ? s : s + std::string(w - have, ' ');
}

}  // namespace

const std::vector<std::string_view>& table_names() {
    static const std::vector<std::string_view> names = {
        "indicators", "periods", "measures", "sections", "bodies", "persons", "documents"};
    return names;
}

bool build_table(const Report& report, std::string_view name, Table& out) {
    out = Table{};
    if (name == "indicators") indicators(report, out);
    else if (name == "periods") periods(report, out);
    else if (name == "measures") measures(report, out);
    else if (name == "sections") sections(report, out);
    else if (name == "documents") documents(report, out);
    else if (name == "bodies") bodies(report, out);
    else if (name == "persons") persons(report, out);
    else return false;
    return true;
}

void append_csv_row(std::string& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) out += ',';
        out += '"';
        for (char c : cells[i]) {
            if (c == '"') out += '"';
            out += c;
        }
        out += '"';
    }
    out += "\r\n";
}

void write_csv(std::FILE* out, const Table& table, bool bom) {
    if (bom) std::fputs("\xEF\xBB\xBF", out);
    std::string line;
    auto row = [&](const std::vector<std::string>& cells) {
        line.clear();
        append_csv_row(line, cells);
        std::fwrite(line.data(), 1, line.size(), out);
    };
    row(table.header);
    for (const auto& r : table.rows) row(r);
}

void print_indicators(std::FILE* out, const Report& report) {
    std::vector<std::vector<std::string>> rows;
    rows.push_back({"metric", "value", "unit", "change", "qualifier", "period", "text"});
    for (const Indicator& x : report.indicators) {
        const Period* p = x.period < report.periods.size() ? &report.periods[x.period] : nullptr;
        // The value as written, and the direction of a change beside it: a sign in front
        // read as a difference, which 压缩至2个工作日 (a new level) and 压缩比达89% are not.
        const std::string value = x.has_value ? number(x.normalized) : "-";
        const std::string change = !x.change ? "" : x.change->up ? "up" : "down";
        rows.push_back({x.metric.empty() ? "-" : x.metric, value, x.unit, change,
                        x.qualifier == Qualifier::none ? "" : to_string(x.qualifier),
                        p ? p->start_iso.substr(0, 4) + (p->start.year != p->end.year
                                                            ? "-" + p->end_iso.substr(0, 4)
                                                            : "")
                          : "",
                        x.text});
    }
    std::vector<std::size_t> widths(rows.front().size(), 0);
    constexpr std::size_t kMaxMetric = 40;
    for (const auto& r : rows)
        for (std::size_t i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], std::min(width(r[i]), i == 0 ? kMaxMetric : 1000));
    for (const auto& r : rows) {
        std::string line;
        for (std::size_t i = 0; i < r.size(); ++i) {
            line += i + 1 < r.size() ? pad(r[i], widths[i]) : r[i];
            if (i + 1 < r.size()) line += "  ";
        }
        fmt::print(out, FMT_STRING("{}\n"), line);
    }
    fmt::print(out, FMT_STRING("{} indicators\n"), report.indicators.size());
}

}  // namespace govreport::cli

namespace govreport::cli {

void print_bodies(std::FILE* out, const Report& report) {
    for (const Body& b : report.bodies) {
        fmt::print(out, FMT_STRING("{}  {}  [{}{}{}]\n"), b.id, b.name, b.kind,
                   b.level.empty() ? "" : ", " + b.level,
                   b.division_code.empty() ? "" : ", " + b.division_code);
        fmt::print(out, FMT_STRING("    {}\n"), join_mentions(b.mentions));
    }
    fmt::print(out, FMT_STRING("{} bodies\n"), report.bodies.size());
    for (const Person& h : report.persons) {
        const Body* b = h.body < report.bodies.size() ? &report.bodies[h.body] : nullptr;
        fmt::print(out, FMT_STRING("{}  {}  {}{}\n"), h.id, h.name, h.title,
                   b ? "  (" + b->name + ")" : "");
    }
    fmt::print(out, FMT_STRING("{} persons\n"), report.persons.size());
}

void print_documents(std::FILE* out, const Report& report) {
    for (const Document& d : report.documents) {
        std::string extra;
        if (d.doc_number) extra += "  " + *d.doc_number;
        if (d.issuer) extra += "  issuer: " + *d.issuer;
        if (d.period_start)
            extra += "  period: " + d.period_start_iso + " .. " + d.period_end_iso;
        if (d.nested_in < report.documents.size())
            extra += "  in " + report.documents[d.nested_in].id;
        fmt::print(out, FMT_STRING("{}  《{}》{}\n"), d.id, d.title, extra);
    }
    fmt::print(out, FMT_STRING("{} documents\n"), report.documents.size());
}

}  // namespace govreport::cli
