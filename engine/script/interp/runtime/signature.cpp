// SPDX-License-Identifier: MIT
#include "script/interp/runtime/signature.h"

#include "script/interp/runtime/objects.h"

#include <charconv>
#include <stdexcept>

namespace coroscope::interp {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

[[noreturn]] void badDeclaration(std::string_view text, const char* why) {
    throw std::logic_error("signature \"" + std::string(text) + "\": " + why);
}

// The parameter list split at its top-level commas (a quoted default may
// hold one).
std::vector<std::string_view> splitParams(std::string_view s) {
    std::vector<std::string_view> out;
    char quote = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == ',') {
            out.push_back(trim(s.substr(start, i - start)));
            start = i + 1;
        }
    }
    std::string_view last = trim(s.substr(start));
    if (!last.empty() || !out.empty()) out.push_back(last);
    return out;
}

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// 'a', 'a' and 'b', 'a', 'b' and 'c': as CPython lists missing names.
std::string quotedList(const std::vector<std::string_view>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += "'" + std::string(names[i]) + "'";
    }
    return out;
}

} // namespace

Signature::Signature(std::string_view text, Wording wording)
    : m_wording(wording) {
    std::size_t open = text.find('(');
    if (open == std::string_view::npos || text.back() != ')')
        badDeclaration(text, "expected name(parameters)");
    m_name = std::string(trim(text.substr(0, open)));
    bool kwOnly = false;
    bool sawDefault = false;
    std::vector<Param> keywordOnly;
    for (std::string_view p : splitParams(text.substr(open + 1, text.size() - open - 2))) {
        if (p.empty()) badDeclaration(text, "empty parameter");
        if (m_varKw) badDeclaration(text, "parameter after **kwargs");
        if (p == "/") {
            if (kwOnly || m_nPosOnly) badDeclaration(text, "misplaced /");
            m_nPosOnly = static_cast<std::uint32_t>(m_params.size());
            continue;
        }
        if (p == "*") {
            if (kwOnly) badDeclaration(text, "a second *");
            kwOnly = true;
            continue;
        }
        if (p.starts_with("**")) {
            m_varKw = true;
            continue;
        }
        if (p.starts_with("*")) {
            if (kwOnly) badDeclaration(text, "a second *");
            kwOnly = m_varArgs = true;
            continue;
        }
        Param param;
        std::size_t eq = p.find('=');
        param.name = std::string(trim(p.substr(0, eq)));
        if (param.name == "self" && m_params.empty() && !kwOnly && !m_countsSelf) {
            // A method: the receiver arrives apart, but CPython counts it.
            m_countsSelf = true;
            continue;
        }
        if (eq != std::string_view::npos) {
            std::string_view d = trim(p.substr(eq + 1));
            if (d == "?") {
                param.def = Default::Absent;
            } else if (d == "()") {
                param.def = Default::EmptyTuple;
            } else if (d == "None") {
                param.def = Default::None;
            } else if (d == "True" || d == "False") {
                param.def = Default::Bool;
                param.boolValue = d == "True";
            } else if (d.size() >= 2 && (d.front() == '\'' || d.front() == '"') &&
                       d.back() == d.front()) {
                param.def = Default::Str;
                param.strValue = std::string(d.substr(1, d.size() - 2));
            } else {
                const char* end = d.data() + d.size();
                auto [ip, iec] = std::from_chars(d.data(), end, param.intValue);
                if (iec == std::errc() && ip == end) {
                    param.def = Default::Int;
                } else {
                    auto [fp, fec] = std::from_chars(d.data(), end, param.floatValue);
                    if (fec != std::errc() || fp != end) badDeclaration(text, "unknown default");
                    param.def = Default::Float;
                }
            }
        }
        if (kwOnly) {
            if (param.def == Default::Required) m_requiredKwOnly = true;
            keywordOnly.push_back(std::move(param));
            continue;
        }
        if (param.def == Default::Required) {
            if (sawDefault) badDeclaration(text, "a required parameter after a default");
            ++m_minPos;
        } else {
            sawDefault = true;
        }
        m_params.push_back(std::move(param));
    }
    m_nPositional = static_cast<std::uint32_t>(m_params.size());
    for (Param& p : keywordOnly)
        m_params.push_back(std::move(p));
    if (m_params.size() > BoundArgs::kMaxParams) badDeclaration(text, "too many parameters");
    m_size = static_cast<std::uint32_t>(m_params.size());
}

Value Signature::defaultValue(std::size_t i) const {
    const Param& p = m_params[i];
    switch (p.def) {
    case Default::Bool: return Value::boolean(p.boolValue);
    case Default::Int: return Value::integer(p.intValue);
    case Default::Float: return Value::real(p.floatValue);
    case Default::Str: return strValue(p.strValue);
    case Default::EmptyTuple: return types().emptyTuple;

    default: return Value();
    }
}

Value BoundArgs::value(std::size_t i) const {
    return m_slot[i] ? *m_slot[i] : m_sig->defaultValue(i);
}

std::string Signature::fname(const CallArgs& a) const {
    return m_name.empty() ? std::string(a.name) : m_name;
}

void Signature::bindSlow(const CallArgs& a, BoundArgs& b) const {
    std::uint32_t taken = a.npos < m_nPositional ? a.npos : m_nPositional;
    for (std::uint32_t i = 0; i < taken; ++i)
        b.m_slot[i] = &a.pos[i];
    if (a.npos > m_nPositional) {
        if (!m_varArgs) tooManyPositional(a);
        b.m_rest = a.pos + m_nPositional;
        b.m_nrest = a.npos - m_nPositional;
    }
    if (a.nkw) {
        const bool keywords = m_params.size() > m_nPosOnly || m_varKw;
        if (!keywords && m_wording == Wording::Builtin)
            typeError(fname(a) + "() takes no keyword arguments");
        if (m_varKw && a.nkw > 64) typeError(fname(a) + "() got too many keyword arguments");
        for (std::uint32_t k = 0; k < a.nkw; ++k) {
            std::string_view name = a.kwNames[k]->view();
            std::uint32_t p = m_nPosOnly;
            while (p < m_params.size() && m_params[p].name != name)
                ++p;
            if (p == m_params.size()) {
                if (m_varKw) continue;
                badKeyword(a, name);
            }
            if (b.m_slot[p]) {
                if (m_wording == Wording::Builtin)
                    typeError("argument for " + fname(a) + "() given by name ('" +
                              std::string(name) + "') and position (" + std::to_string(p + 1) +
                              ")");
                typeError(fname(a) + "() got multiple values for argument '" + std::string(name) +
                          "'");
            }
            b.m_slot[p] = &a.kwValues[k];
            if (k < 64) b.m_kwTaken |= std::uint64_t(1) << k;
        }
    }
    for (std::size_t p = 0; p < m_params.size(); ++p)
        if (!b.m_slot[p] && m_params[p].def == Default::Required) missing(a, b);
}

void Signature::tooManyPositional(const CallArgs& a) const {
    const std::string f = fname(a);
    const std::size_t n = m_nPositional;
    if (m_wording == Wording::Python) {
        const std::size_t self = m_countsSelf ? 1 : 0;
        const std::size_t most = n + self, least = m_minPos + self, npos = a.npos + self;
        std::string takes = least == most
                                ? std::to_string(most)
                                : "from " + std::to_string(least) + " to " + std::to_string(most);
        std::size_t kwOnlyGiven = 0;
        for (std::uint32_t k = 0; k < a.nkw; ++k)
            for (std::size_t p = m_nPositional; p < m_params.size(); ++p)
                if (m_params[p].name == a.kwNames[k]->view()) ++kwOnlyGiven;
        std::string given = std::to_string(npos);
        if (kwOnlyGiven)
            given = plural(npos, "positional argument") + " (and " +
                    plural(kwOnlyGiven, "keyword-only argument") + ")";
        typeError(f + "() takes " + takes + " positional argument" + (most == 1 ? "" : "s") +
                  " but " + given + (npos == 1 && !kwOnlyGiven ? " was" : " were") + " given");
    }
    const bool keywords = m_params.size() > m_nPosOnly || m_varKw;
    if (n > m_nPosOnly) {
        // Argument Clinic's wording for positionals that may be keywords.
        const std::size_t all = m_params.size();
        typeError(f + "() takes " + (m_minPos == all ? "exactly " : "at most ") +
                  plural(all, "argument") + " (" + std::to_string(a.npos + a.nkw) + " given)");
    }
    if (n == 0) {
        if (keywords) typeError(f + "() takes no positional arguments");
        typeError(f + "() takes no arguments (" + std::to_string(a.npos) + " given)");
    }
    if (n == 1 && m_minPos == 1 && !keywords)
        typeError(f + "() takes exactly one argument (" + std::to_string(a.npos) + " given)");
    std::string shortName = f.substr(f.rfind('.') + 1);
    typeError(shortName + " expected " + (m_minPos == n ? "" : "at most ") + plural(n, "argument") +
              ", got " + std::to_string(a.npos));
}

void Signature::badKeyword(const CallArgs& a, std::string_view name) const {
    const std::string f = fname(a);
    if (m_wording == Wording::Builtin)
        typeError("'" + std::string(name) + "' is an invalid keyword argument for " + f + "()");
    for (std::uint32_t p = 0; p < m_nPosOnly; ++p)
        if (m_params[p].name == name)
            typeError(f + "() got some positional-only arguments passed as keyword arguments: '" +
                      std::string(name) + "'");
    typeError(f + "() got an unexpected keyword argument '" + std::string(name) + "'");
}

void Signature::missing(const CallArgs& a, const BoundArgs& b) const {
    const std::string f = fname(a);
    if (m_wording == Wording::Builtin) {
        const bool keywords = m_params.size() > m_nPosOnly || m_varKw;
        for (std::size_t p = 0; p < m_params.size(); ++p) {
            if (b.m_slot[p] || m_params[p].def != Default::Required) continue;
            if (p >= m_nPositional)
                typeError(f + "() missing required keyword-only argument '" + m_params[p].name +
                          "'");
            if (p >= m_nPosOnly)
                typeError(f + "() missing required argument '" + m_params[p].name + "' (pos " +
                          std::to_string(p + 1) + ")");
            break;
        }
        // A positional-only one is missing: CPython counts the positionals.
        const std::size_t n = m_nPositional;
        if (n == 1 && m_minPos == 1 && !keywords)
            typeError(f + "() takes exactly one argument (" + std::to_string(a.npos) + " given)");
        std::string shortName = f.substr(f.rfind('.') + 1);
        typeError(shortName + " expected " + (m_minPos == n && !m_varArgs ? "" : "at least ") +
                  plural(m_minPos, "argument") + ", got " + std::to_string(a.npos));
    }

    std::vector<std::string_view> absent;
    for (std::size_t p = 0; p < m_nPositional; ++p)
        if (!b.m_slot[p] && m_params[p].def == Default::Required)
            absent.push_back(m_params[p].name);
    const char* kind = "positional";
    if (absent.empty()) {
        kind = "keyword-only";
        for (std::size_t p = m_nPositional; p < m_params.size(); ++p)
            if (!b.m_slot[p] && m_params[p].def == Default::Required)
                absent.push_back(m_params[p].name);
    }
    typeError(f + "() missing " + std::to_string(absent.size()) + " required " + kind +
              (absent.size() == 1 ? " argument: " : " arguments: ") + quotedList(absent));
}

ForwardedArgs forwardedArgs(const BoundArgs& b, const CallArgs& a) {
    ForwardedArgs out;
    out.args.assign(b.rest(), b.rest() + b.restSize());
    for (std::uint32_t k = 0; k < a.nkw; ++k)
        if (b.extraKeyword(k)) {
            out.kwNames.push_back(a.kwNames[k]);
            out.kwValues.push_back(a.kwValues[k]);
        }
    return out;
}

} // namespace coroscope::interp
