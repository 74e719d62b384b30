// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// Values of literal tokens: string escapes and numbers.
namespace coroscope::detail {

enum class DecodeStatus { Ok, Error, Unsupported };

struct DecodeResult {
    DecodeStatus status = DecodeStatus::Ok;
    std::string message;
};

// The text between the quotes of a string token.
std::string_view stringBody(std::string_view tokenText, uint8_t flags);

// Appends the value of a string body (or part of an f-string) to out,
// interpreting escapes unless raw; bytes keep \u, \U and \N as written.
DecodeResult decodeString(std::string_view body, bool raw, bool bytes, std::string& out);

// Integer literals (any base, with underscores); false when the value does
// not fit in 64 bits.
bool parseIntLiteral(std::string_view text, int64_t& value);
// Float literals, or the imaginary part of 2.5j.
double parseFloatLiteral(std::string_view text);
// The literal without its underscores.
std::string withoutUnderscores(std::string_view text);

} // namespace coroscope::detail
