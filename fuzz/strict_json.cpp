// SPDX-License-Identifier: MIT
#include "strict_json.h"

#include <cstddef>
#include <cstdint>

namespace coroscope::fuzz {

namespace {

// A recursive descent over the grammar; depth is bounded so that the checker
// itself cannot overflow the stack on what it checks.
class Checker {
public:
    explicit Checker(std::string_view text)
        : m_text(text) {}

    bool document() {
        if (!utf8()) return false;
        space();
        if (!value(0)) return false;
        space();
        return m_pos == m_text.size();
    }

private:
    static constexpr int kMaxDepth = 512;

    bool utf8() const {
        const auto* p = reinterpret_cast<const std::uint8_t*>(m_text.data());
        const std::size_t n = m_text.size();
        for (std::size_t i = 0; i < n;) {
            const std::uint8_t b = p[i];
            std::size_t len = 0;
            std::uint32_t cp = 0;
            if (b < 0x80) {
                ++i;
                continue;
            }
            if ((b & 0xE0) == 0xC0)
                len = 2, cp = b & 0x1F;
            else if ((b & 0xF0) == 0xE0)
                len = 3, cp = b & 0x0F;
            else if ((b & 0xF8) == 0xF0)
                len = 4, cp = b & 0x07;
            else
                return false;
            if (i + len > n) return false;
            for (std::size_t k = 1; k < len; ++k) {
                if ((p[i + k] & 0xC0) != 0x80) return false;
                cp = (cp << 6) | (p[i + k] & 0x3F);
            }
            const std::uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
            if (cp < least[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
            i += len;
        }
        return true;
    }

    bool more() const { return m_pos < m_text.size(); }
    char peek() const { return more() ? m_text[m_pos] : '\0'; }
    void space() {
        while (more() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }
    bool literal(std::string_view word) {
        if (m_text.substr(m_pos, word.size()) != word) return false;
        m_pos += word.size();
        return true;
    }
    static bool digit(char c) { return c >= '0' && c <= '9'; }
    static bool hex(char c) { return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

    bool value(int depth) {
        if (depth > kMaxDepth) return false;
        switch (peek()) {
        case '{': return object(depth);
        case '[': return array(depth);
        case '"': return string();
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        default: return number();
        }
    }

    bool object(int depth) {
        ++m_pos;
        space();
        if (peek() == '}') return ++m_pos, true;
        for (;;) {
            space();
            if (peek() != '"' || !string()) return false;
            space();
            if (peek() != ':') return false;
            ++m_pos;
            space();
            if (!value(depth + 1)) return false;
            space();
            if (peek() == '}') return ++m_pos, true;
            if (peek() != ',') return false;
            ++m_pos;
        }
    }

    bool array(int depth) {
        ++m_pos;
        space();
        if (peek() == ']') return ++m_pos, true;
        for (;;) {
            space();
            if (!value(depth + 1)) return false;
            space();
            if (peek() == ']') return ++m_pos, true;
            if (peek() != ',') return false;
            ++m_pos;
        }
    }

    bool string() {
        ++m_pos;
        while (more()) {
            const auto c = static_cast<unsigned char>(m_text[m_pos++]);
            if (c == '"') return true;
            if (c < 0x20) return false;
            if (c != '\\') continue;
            const char e = peek();
            ++m_pos;
            if (e == 'u') {
                for (int k = 0; k < 4; ++k, ++m_pos)
                    if (!hex(peek())) return false;
            } else if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' &&
                       e != 'r' && e != 't') {
                return false;
            }
        }
        return false;
    }

    bool number() {
        if (peek() == '-') ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (digit(peek())) {
            while (digit(peek()))
                ++m_pos;
        } else {
            return false;
        }
        if (peek() == '.') {
            ++m_pos;
            if (!digit(peek())) return false;
            while (digit(peek()))
                ++m_pos;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-') ++m_pos;
            if (!digit(peek())) return false;
            while (digit(peek()))
                ++m_pos;
        }
        return true;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace

bool isStrictJson(std::string_view text) {
    return Checker(text).document();
}

} // namespace coroscope::fuzz
