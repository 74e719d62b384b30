// SPDX-License-Identifier: MIT
#include "core/errors.h"

namespace coroscope {

namespace {
std::string quoted(const std::string& s) {
    // Python's repr of a str: single quotes unless the text holds one.
    bool single = s.find('\'') == std::string::npos || s.find('"') != std::string::npos;
    char q = single ? '\'' : '"';
    std::string out(1, q);
    for (char c : s) {
        if (c == '\\')
            out += "\\\\";
        else if (c == q)
            out += std::string("\\") + q;
        else if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else
            out += c;
    }
    return out + q;
}
} // namespace

std::string PythonError::repr() const {
    std::string r(typeName());
    return !hasArgs() ? r + "()" : r + "(" + quoted(message()) + ")";
}

ExceptionGroup::ExceptionGroup(std::string message, std::vector<std::exception_ptr> exceptions)
    : PythonError(std::move(message))
    , m_exceptions(std::move(exceptions)) {
    for (const auto& e : m_exceptions)
        if (isBaseOnlyError(e)) m_base = true;
}

std::string_view ExceptionGroup::typeName() const noexcept {
    return m_base ? "BaseExceptionGroup" : "ExceptionGroup";
}

std::string ExceptionGroup::repr() const {
    std::string r = std::string(typeName()) + "(" + quoted(message()) + ", [";
    for (std::size_t i = 0; i < m_exceptions.size(); ++i) {
        if (i) r += ", ";
        r += describe(m_exceptions[i]);
    }
    return r + "])";
}

bool isCancelledError(const std::exception_ptr& e) {
    if (!e) return false;
    try {
        std::rethrow_exception(e);
    } catch (const CancelledError&) {
        return true;
    } catch (...) {
        return false;
    }
}

bool isBaseOnlyError(const std::exception_ptr& e) {
    if (!e) return false;
    try {
        std::rethrow_exception(e);
    } catch (const PythonError& p) {
        auto n = p.typeName();
        return n == "CancelledError" || n == "KeyboardInterrupt" || n == "SystemExit" ||
               n == "BaseExceptionGroup" || n == "GeneratorExit";
    } catch (...) {
        return false;
    }
}

std::string describe(const std::exception_ptr& e) {
    if (!e) return "None";
    try {
        std::rethrow_exception(e);
    } catch (const PythonError& p) {
        return p.repr();
    } catch (const std::exception& x) {
        return std::string("RuntimeError(") + quoted(x.what()) + ")";
    } catch (...) {
        return "RuntimeError('unknown C++ exception')";
    }
}

std::string messageOf(const std::exception_ptr& e) {
    if (!e) return {};
    try {
        std::rethrow_exception(e);
    } catch (const std::exception& x) {
        return x.what();
    } catch (...) {
        return {};
    }
}

} // namespace coroscope
