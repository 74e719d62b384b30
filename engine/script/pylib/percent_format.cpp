// SPDX-License-Identifier: MIT
// A port of PyUnicode_Format() from CPython 3.11's Objects/unicodeobject.c,
// keeping its counters so every error comes at the same point.
#include "script/pylib/percent_format.h"

#include "script/pylib/float_text.h"
#include "script/pylib/py_error.h"
#include "script/pylib/py_str.h"
#include "script/pylib/utf8.h"

#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>

namespace coroscope::pylib {

namespace {

enum Flags : unsigned { kLjust = 1, kSign = 2, kBlank = 4, kAlt = 8, kZero = 16 };

struct Arg {
    char32_t ch = 0;
    unsigned flags = 0;
    int64_t width = -1;
    int64_t prec = -1;
    bool sign = false;
};

[[noreturn]] void raise(ErrorKind kind, const std::string& message) {
    throw Error(kind, message);
}

class Formatter {
public:
    Formatter(std::string_view format, const PercentArgs& args, const PercentText& text)
        : m_fmt(toCodePoints(format))
        , m_args(args)
        , m_text(text)
        , m_dict(static_cast<bool>(args.lookup) && !args.isTuple) {
        if (args.isTuple) {
            m_arglen = static_cast<int64_t>(args.values.size());
            m_argidx = 0;
        } else {
            m_arglen = -1;
            m_argidx = -2;
            if (!args.values.empty()) m_single = args.values.front();
        }
    }

    std::string run() {
        m_fmtcnt = static_cast<int64_t>(m_fmt.size());
        while (--m_fmtcnt >= 0) {
            if (m_fmt[m_fmtpos] != '%') {
                const std::size_t from = m_fmtpos;
                while (m_fmtpos < m_fmt.size() && m_fmt[m_fmtpos] != '%')
                    ++m_fmtpos;
                m_out.append(m_fmt, from, m_fmtpos - from);
                m_fmtcnt = static_cast<int64_t>(m_fmt.size() - m_fmtpos);
            } else {
                ++m_fmtpos;
                formatArg();
            }
        }
        if (m_argidx < m_arglen && !m_dict)
            raise(ErrorKind::TypeError, "not all arguments converted during string formatting");
        return fromCodePoints(m_out);
    }

private:
    char32_t read() const { return m_fmtpos < m_fmt.size() ? m_fmt[m_fmtpos] : 0; }

    const PercentValue& nextArg() {
        if (m_argidx < m_arglen) {
            const int64_t at = m_argidx++;
            if (m_arglen < 0) return m_single;
            return m_args.values[static_cast<std::size_t>(at)];
        }
        raise(ErrorKind::TypeError, "not enough arguments for format string");
    }

    void formatArg() {
        Arg arg;
        arg.ch = read();
        if (arg.ch == '%') {
            ++m_fmtpos;
            --m_fmtcnt;
            m_out.push_back('%');
            return;
        }
        parseArg(arg);
        std::u32string str;
        if (formatValue(arg, str)) output(arg, str);
    }

    void parseArg(Arg& arg) {
        if (read() == '(') {
            if (!m_dict) raise(ErrorKind::TypeError, "format requires a mapping");
            ++m_fmtpos;
            --m_fmtcnt;
            const std::size_t keystart = m_fmtpos;
            int pcount = 1;
            while (pcount > 0 && --m_fmtcnt >= 0) {
                arg.ch = read();
                if (arg.ch == ')')
                    --pcount;
                else if (arg.ch == '(')
                    ++pcount;
                ++m_fmtpos;
            }
            if (m_fmtcnt < 0 || pcount > 0) raise(ErrorKind::ValueError, "incomplete format key");
            const std::u32string key = m_fmt.substr(keystart, m_fmtpos - keystart - 1);
            m_single = m_args.lookup(fromCodePoints(key));
            m_arglen = -1;
            m_argidx = -2;
        }
        while (--m_fmtcnt >= 0) {
            arg.ch = read();
            ++m_fmtpos;
            switch (arg.ch) {
            case '-': arg.flags |= kLjust; continue;
            case '+': arg.flags |= kSign; continue;
            case ' ': arg.flags |= kBlank; continue;
            case '#': arg.flags |= kAlt; continue;
            case '0': arg.flags |= kZero; continue;
            default: break;
            }
            break;
        }
        if (arg.ch == '*') {
            const PercentValue& v = nextArg();
            if (v.kind != PercentValue::Kind::Int && v.kind != PercentValue::Kind::Bool)
                raise(ErrorKind::TypeError, "* wants int");
            arg.width = v.intValue;
            if (arg.width < 0) {
                arg.flags |= kLjust;
                // CPython negates in C: INT64_MIN stays negative (no padding).
                arg.width = arg.width == INT64_MIN ? INT64_MIN : -arg.width;
            }
            if (--m_fmtcnt >= 0) arg.ch = m_fmt[m_fmtpos++];
        } else if (arg.ch >= '0' && arg.ch <= '9') {
            arg.width = arg.ch - '0';
            while (--m_fmtcnt >= 0) {
                arg.ch = m_fmt[m_fmtpos++];
                if (arg.ch < '0' || arg.ch > '9') break;
                if (arg.width > (INT64_MAX - static_cast<int64_t>(arg.ch - '0')) / 10)
                    raise(ErrorKind::ValueError, "width too big");
                arg.width = arg.width * 10 + (arg.ch - '0');
            }
        }
        if (arg.ch == '.') {
            arg.prec = 0;
            if (--m_fmtcnt >= 0) arg.ch = m_fmt[m_fmtpos++];
            if (arg.ch == '*') {
                const PercentValue& v = nextArg();
                if (v.kind != PercentValue::Kind::Int && v.kind != PercentValue::Kind::Bool)
                    raise(ErrorKind::TypeError, "* wants int");
                if (v.intValue > INT_MAX || v.intValue < INT_MIN)
                    raise(ErrorKind::OverflowError, "Python int too large to convert to C int");
                arg.prec = v.intValue < 0 ? 0 : v.intValue;
                if (--m_fmtcnt >= 0) arg.ch = m_fmt[m_fmtpos++];
            } else if (arg.ch >= '0' && arg.ch <= '9') {
                arg.prec = arg.ch - '0';
                while (--m_fmtcnt >= 0) {
                    arg.ch = m_fmt[m_fmtpos++];
                    if (arg.ch < '0' || arg.ch > '9') break;
                    if (arg.prec > (INT_MAX - static_cast<int64_t>(arg.ch - '0')) / 10)
                        raise(ErrorKind::ValueError, "precision too big");
                    arg.prec = arg.prec * 10 + (arg.ch - '0');
                }
            }
        }
        if (m_fmtcnt >= 0 && (arg.ch == 'h' || arg.ch == 'l' || arg.ch == 'L')) {
            if (--m_fmtcnt >= 0) arg.ch = m_fmt[m_fmtpos++];
        }
        if (m_fmtcnt < 0) raise(ErrorKind::ValueError, "incomplete format");
    }

    std::string textOf(const PercentValue& v, char conversion) {
        switch (v.kind) {
        case PercentValue::Kind::Int: return reprInt(v.intValue);
        case PercentValue::Kind::Bool: return v.intValue ? "True" : "False";
        case PercentValue::Kind::Float: return reprFloat(v.floatValue);
        case PercentValue::Kind::Str:
            return conversion == 's'   ? v.text
                   : conversion == 'r' ? reprStr(v.text)
                                       : asciiStr(v.text);
        case PercentValue::Kind::Other: break;
        }
        if (!m_text) raise(ErrorKind::TypeError, "no str() for " + v.typeName);
        return m_text(v, conversion);
    }

    // _PyUnicode_FormatLong: [sign][0x prefix][zeros to prec][digits].
    std::string formatLong(const PercentValue& v, const Arg& arg) {
        const char type = static_cast<char>(arg.ch);
        std::string digits;
        bool negative = false;
        if (v.kind == PercentValue::Kind::Float) {
            if (std::isinf(v.floatValue))
                raise(ErrorKind::OverflowError, "cannot convert float infinity to integer");
            if (std::isnan(v.floatValue))
                raise(ErrorKind::ValueError, "cannot convert float NaN to integer");
            const double whole = std::trunc(v.floatValue);
            negative = whole < 0;
            char buf[400];
            const auto r =
                std::to_chars(buf, buf + sizeof buf, std::fabs(whole), std::chars_format::fixed, 0);
            digits.assign(buf, r.ptr);
        } else {
            negative = v.intValue < 0;
            uint64_t m = negative ? 0 - static_cast<uint64_t>(v.intValue)
                                  : static_cast<uint64_t>(v.intValue);
            const unsigned base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
            do {
                digits.insert(digits.begin(), "0123456789abcdef"[m % base]);
                m /= base;
            } while (m != 0);
        }
        std::string out = negative ? "-" : "";
        if ((arg.flags & kAlt) && (type == 'o' || type == 'x' || type == 'X'))
            out += type == 'o' ? "0o" : "0x";
        checkResultLength(arg.prec);
        checkResultBytes(arg.prec * 6); // digits, then code points, then UTF-8
        if (arg.prec > static_cast<int64_t>(digits.size()))
            out.append(static_cast<std::size_t>(arg.prec) - digits.size(), '0');
        out += digits;
        if (type == 'X')
            for (char& c : out)
                if (c >= 'a' && c <= 'x') c = static_cast<char>(c - 'a' + 'A');
        return out;
    }

    // unicode_format_arg_format; false when nothing more is to be written.
    bool formatValue(Arg& arg, std::u32string& str) {
        using Kind = PercentValue::Kind;
        const PercentValue& v = nextArg();
        const char type = arg.ch < 128 ? static_cast<char>(arg.ch) : '\0';
        switch (type) {
        case 's':
        case 'r':
        case 'a': str = toCodePoints(textOf(v, type)); return true;
        case 'i':
        case 'd':
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
            const bool integral = v.kind == Kind::Int || v.kind == Kind::Bool;
            const bool hexOrOct = type == 'o' || type == 'x' || type == 'X';
            if (!integral && (hexOrOct || v.kind != Kind::Float))
                raise(ErrorKind::TypeError, std::string("%") + type + " format: " +
                                                (hexOrOct ? "an integer" : "a real number") +
                                                " is required, not " + v.typeName);
            str = toCodePoints(formatLong(v, arg));
            arg.sign = true;
            return true;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            double x = 0;
            if (v.kind == Kind::Float)
                x = v.floatValue;
            else if (v.kind == Kind::Int || v.kind == Kind::Bool)
                x = static_cast<double>(v.intValue);
            else
                raise(ErrorKind::TypeError, "must be real number, not " + v.typeName);
            const int prec = arg.prec < 0 ? 6 : static_cast<int>(arg.prec);
            checkResultLength(prec);
            checkResultBytes(static_cast<int64_t>(prec) * 6);
            const unsigned flags = (arg.flags & kAlt) ? kDtsfAlt : 0u;
            str = toCodePoints(doubleToString(x, type, prec, flags));
            arg.sign = true;
            return true;
        }
        case 'c': {
            char32_t c = 0;
            if (v.kind == Kind::Str && codePointCount(v.text) == 1) {
                std::size_t pos = 0;
                c = decodeUtf8(v.text, pos);
            } else if (v.kind == Kind::Int || v.kind == Kind::Bool) {
                if (v.intValue < 0 || v.intValue > 0x10FFFF)
                    raise(ErrorKind::OverflowError, "%c arg not in range(0x110000)");
                c = static_cast<char32_t>(v.intValue);
            } else {
                raise(ErrorKind::TypeError, "%c requires int or char");
            }
            str.assign(1, c);
            return true;
        }
        default: {
            char message[96];
            const char shown = arg.ch >= 31 && arg.ch <= 126 ? static_cast<char>(arg.ch) : '?';
            std::snprintf(message, sizeof message,
                          "unsupported format character '%c' (0x%x) at index %zu", shown,
                          static_cast<unsigned>(arg.ch), m_fmtpos - 1);
            raise(ErrorKind::ValueError, message);
        }
        }
    }

    // unicode_format_arg_output: sign, 0x prefix, padding.
    void output(Arg& arg, const std::u32string& str) {
        const char32_t fill = arg.sign && (arg.flags & kZero) ? '0' : ' ';
        auto len = static_cast<int64_t>(str.size());
        if ((arg.width == -1 || arg.width <= len) && (arg.prec == -1 || arg.prec >= len) &&
            !(arg.flags & (kSign | kBlank))) {
            m_out += str;
            return;
        }
        if ((arg.ch == 's' || arg.ch == 'r' || arg.ch == 'a') && arg.prec >= 0 && len > arg.prec)
            len = arg.prec;
        std::size_t pindex = 0;
        char32_t signchar = 0;
        if (arg.sign) {
            const char32_t ch = str[0];
            if (ch == '-' || ch == '+') {
                signchar = ch;
                --len;
                ++pindex;
            } else if (arg.flags & kSign) {
                signchar = '+';
            } else if (arg.flags & kBlank) {
                signchar = ' ';
            } else {
                arg.sign = false;
            }
        }
        if (arg.width < len) arg.width = len;
        checkResultLength(arg.width);
        // The result is built as code points, four bytes each, then encoded.
        checkResultBytes((static_cast<int64_t>(m_out.size()) + arg.width) * 5);
        if (arg.sign) {
            if (fill != ' ') m_out.push_back(signchar);
            if (arg.width > len) --arg.width;
        }
        const bool prefix = (arg.flags & kAlt) && (arg.ch == 'x' || arg.ch == 'X' || arg.ch == 'o');
        if (prefix) {
            if (fill != ' ') {
                m_out.append(str, pindex, 2);
                pindex += 2;
            }
            arg.width -= 2;
            if (arg.width < 0) arg.width = 0;
            len -= 2;
        }
        if (arg.width > len && !(arg.flags & kLjust)) {
            m_out.append(static_cast<std::size_t>(arg.width - len), fill);
            arg.width = len;
        }
        if (fill == ' ') {
            if (arg.sign) m_out.push_back(signchar);
            if (prefix) {
                m_out.append(str, pindex, 2);
                pindex += 2;
            }
        }
        m_out.append(str, pindex, static_cast<std::size_t>(len));
        if (arg.width > len) m_out.append(static_cast<std::size_t>(arg.width - len), ' ');
    }

    std::u32string m_fmt;
    const PercentArgs& m_args;
    const PercentText& m_text;
    bool m_dict;
    PercentValue m_single;
    int64_t m_arglen = 0;
    int64_t m_argidx = 0;
    std::size_t m_fmtpos = 0;
    int64_t m_fmtcnt = 0;
    std::u32string m_out;
};

} // namespace

std::string percentFormat(std::string_view format, const PercentArgs& args,
                          const PercentText& text) {
    return Formatter(format, args, text).run();
}

} // namespace coroscope::pylib
