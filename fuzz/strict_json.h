// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace coroscope::fuzz {

// Whether text is one JSON value as RFC 8259 defines it, strictly: UTF-8
// without overlong forms or surrogates, no control character unescaped in a
// string, numbers of the grammar's shape, nothing after the value. A reader
// such as Perfetto may refuse any of these.
bool isStrictJson(std::string_view text);

} // namespace coroscope::fuzz
