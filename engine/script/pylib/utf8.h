// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

// Python strings are sequences of code points; pylib keeps them as UTF-8.
// Lone surrogates (from '\udc80' in a literal) are their three-byte
// encoding, as the interpreter's lexer writes them. Any other byte that is not
// valid UTF-8 reads as the code point U+DC00 + byte, as Python's
// surrogateescape error handler would decode it.
namespace coroscope::pylib {

// The code point at pos, advancing pos past it. pos < text.size().
char32_t decodeUtf8(std::string_view text, std::size_t& pos);
void appendUtf8(std::string& out, char32_t codePoint);

std::u32string toCodePoints(std::string_view text);
std::string fromCodePoints(std::u32string_view codePoints);

// len(s).
std::size_t codePointCount(std::string_view text);
// Whether every byte is ASCII (so code point indices are byte indices).
bool isAscii(std::string_view text);

// The byte offset of code point number index (text.size() when index is the
// count). index <= codePointCount(text).
std::size_t byteOffset(std::string_view text, std::size_t index);

} // namespace coroscope::pylib
