// SPDX-License-Identifier: MIT
#pragma once

// A strict little JSON reader for tests: enough to prove an export parses
// and to look at its fields, without pulling a library into the pure engine.
#include <cctype>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace coroscope::test {

struct Json {
    enum class Type { Null, Bool, Number, String, Array, Object } type = Type::Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<Json> array;
    std::map<std::string, Json> object;

    bool has(const std::string& k) const { return object.count(k) > 0; }
    const Json& operator[](const std::string& k) const { return object.at(k); }

    static Json parse(const std::string& text) {
        std::size_t i = 0;
        Json j = value(text, i);
        skip(text, i);
        if (i != text.size()) throw std::runtime_error("trailing characters");
        return j;
    }

private:
    static void skip(const std::string& s, std::size_t& i) {
        while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i])))
            ++i;
    }
    static void expect(const std::string& s, std::size_t& i, char c) {
        skip(s, i);
        if (i >= s.size() || s[i] != c) throw std::runtime_error(std::string("expected ") + c);
        ++i;
    }
    static std::string str(const std::string& s, std::size_t& i) {
        expect(s, i, '"');
        std::string out;
        while (i < s.size() && s[i] != '"') {
            if (s[i] == '\\') {
                ++i;
                if (i >= s.size()) break;
                char c = s[i];
                if (c == 'n')
                    out += '\n';
                else if (c == 't')
                    out += '\t';
                else if (c == 'r')
                    out += '\r';
                else if (c == 'u') {
                    out += '?';
                    i += 4;
                } else
                    out += c;
                ++i;
            } else {
                if (static_cast<unsigned char>(s[i]) < 0x20) throw std::runtime_error("control");
                out += s[i++];
            }
        }
        expect(s, i, '"');
        return out;
    }
    static Json value(const std::string& s, std::size_t& i) {
        skip(s, i);
        if (i >= s.size()) throw std::runtime_error("unexpected end");
        Json j;
        char c = s[i];
        if (c == '{') {
            j.type = Type::Object;
            ++i;
            skip(s, i);
            if (s[i] == '}') return ++i, j;
            for (;;) {
                std::string k = str(s, i);
                expect(s, i, ':');
                j.object[k] = value(s, i);
                skip(s, i);
                if (s[i] == ',') {
                    ++i;
                    continue;
                }
                expect(s, i, '}');
                return j;
            }
        }
        if (c == '[') {
            j.type = Type::Array;
            ++i;
            skip(s, i);
            if (s[i] == ']') return ++i, j;
            for (;;) {
                j.array.push_back(value(s, i));
                skip(s, i);
                if (s[i] == ',') {
                    ++i;
                    continue;
                }
                expect(s, i, ']');
                return j;
            }
        }
        if (c == '"') {
            j.type = Type::String;
            j.string = str(s, i);
            return j;
        }
        if (s.compare(i, 4, "true") == 0) return i += 4, j.type = Type::Bool, j.boolean = true, j;
        if (s.compare(i, 5, "false") == 0) return i += 5, j.type = Type::Bool, j;
        if (s.compare(i, 4, "null") == 0) return i += 4, j;
        std::size_t used = 0;
        j.number = std::stod(s.substr(i, 32), &used);
        if (used == 0) throw std::runtime_error("bad value");
        i += used;
        j.type = Type::Number;
        return j;
    }
};

} // namespace coroscope::test
