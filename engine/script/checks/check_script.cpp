// SPDX-License-Identifier: MIT
// checkScript(): the parser (with CPython's compile-time checks), then the
// refusals of the sandbox and the interpreter.
#include "script/checks/check.h"

#include "script/checks/parse.h"
#include "script/checks/validate.h"

namespace coroscope {

CheckedScript checkScript(std::string fileName, std::string text) {
    ParseResult parsed = parseScript(std::move(fileName), std::move(text));
    CheckedScript result;
    result.errors = std::move(parsed.errors);
    result.module = std::move(parsed.module);
    if (result.module) result.errors = detail::checkSupport(*result.module);
    return result;
}

} // namespace coroscope
