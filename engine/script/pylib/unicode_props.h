// SPDX-License-Identifier: MIT
#pragma once

#include <string>

// Code point properties and case mappings exactly as CPython 3.11's str
// methods use them (Unicode 14.0; tables generated from CPython itself by
// tools/gen_unicode_data.py).
namespace coroscope::pylib {

bool isSpace(char32_t c);   // str.isspace
bool isAlpha(char32_t c);   // str.isalpha
bool isDecimal(char32_t c); // str.isdecimal
bool isDigit(char32_t c);   // str.isdigit
bool isNumeric(char32_t c); // str.isnumeric
bool isAlnum(char32_t c);   // str.isalnum
bool isLower(char32_t c);   // the Lowercase property (str.islower)
bool isUpper(char32_t c);   // the Uppercase property (str.isupper)
bool isTitle(char32_t c);   // category Lt
bool isCased(char32_t c);   // lower, upper or title
bool isCaseIgnorable(char32_t c);
bool isPrintable(char32_t c);          // str.isprintable: what repr() shows as is
bool isIdentifierStart(char32_t c);    // XID_Start or '_'
bool isIdentifierContinue(char32_t c); // XID_Continue
bool isLineBreak(char32_t c);          // where str.splitlines splits
// 0-9 for a decimal digit of any script, else -1.
int decimalValue(char32_t c);

// Full case mappings of one code point (one to three code points), appended
// to out. appendLower maps U+03A3 to U+03C3; str.lower() applies the
// final-sigma rule itself.
void appendLower(char32_t c, std::u32string& out);
void appendUpper(char32_t c, std::u32string& out);
void appendTitle(char32_t c, std::u32string& out);
void appendFolded(char32_t c, std::u32string& out);

} // namespace coroscope::pylib
