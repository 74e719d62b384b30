// SPDX-License-Identifier: MIT
// The parser and every check before a run (CPython's compile-time checks,
// the sandbox, what the interpreter refuses) on any text: each either gives
// a tree or says why not, and never crashes or runs away.
#include "script/checks/check.h"
#include "script/syntax/ast_dump.h"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace coroscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    CheckedScript checked =
        checkScript("<fuzz>", std::string(reinterpret_cast<const char*>(data), size));
    if (!checked.module && checked.errors.empty()) std::abort();
    for (const ScriptError& e : checked.errors)
        if (e.message.empty()) std::abort();
    if (checked.module) {
        // The tree is walked by the app (the names parameters may set) and
        // by the syntax tests (its dump): both must hold on any tree.
        (void)topLevelAssignments(*checked.module);
        (void)ast::dump(*checked.module, true);
    }
    return 0;
}
