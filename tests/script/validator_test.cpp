// SPDX-License-Identifier: MIT
// checkScript(): what the sandbox and the interpreter refuse before a run,
// where, and why.
#include "script/checks/check.h"
#include "script/checks/sandbox_policy.h"
#include "script_test_support.h"

#include <string>
#include <vector>

namespace coroscope {
namespace {

// The refusals of a script that parses.
std::vector<ScriptError> refusalsOf(std::string text) {
    CheckedScript result = checkScript("demo.py", std::move(text));
    EXPECT_NE(result.module, nullptr)
        << (result.errors.empty() ? std::string("no error") : result.errors[0].format());
    return result.module ? std::move(result.errors) : std::vector<ScriptError>{};
}

// The only refusal of a script that must have exactly one.
ScriptError refusalOf(std::string text) {
    const std::vector<ScriptError> errors = refusalsOf(std::move(text));
    EXPECT_EQ(errors.size(), 1u);
    return errors.empty() ? ScriptError{} : errors[0];
}

TEST(Validator, ATypicalLessonScriptIsAccepted) {
    EXPECT_TRUE(
        refusalsOf("import asyncio\n"
                   "import time\n"
                   "import random\n"
                   "from concurrent.futures import ThreadPoolExecutor\n"
                   "from functools import partial\n"
                   "import sim, requests, aiohttp, db, redis, math, queue, threading\n"
                   "import multiprocessing\n"
                   "import concurrent.futures\n"
                   "\n"
                   "class Counter:\n"
                   "    @property\n"
                   "    def value(self):\n"
                   "        return self._value\n"
                   "    @value.setter\n"
                   "    def value(self, v):\n"
                   "        self._value = v\n"
                   "    @staticmethod\n"
                   "    def zero():\n"
                   "        return 0\n"
                   "\n"
                   "async def fetch(session, url):\n"
                   "    async with session.get(url) as response:\n"
                   "        return await response.text()\n"
                   "\n"
                   "async def main():\n"
                   "    loop = asyncio.get_running_loop()\n"
                   "    with ThreadPoolExecutor() as pool:\n"
                   "        await loop.run_in_executor(pool, partial(time.sleep, 1))\n"
                   "    async with aiohttp.ClientSession() as session:\n"
                   "        pages = await asyncio.gather(*(fetch(session, u) for u in 'ab'))\n"
                   "    print(f'{len(pages)} pages')\n"
                   "\n"
                   "asyncio.run(main())\n")
            .empty());
}

TEST(Validator, MatchStatementIsRefusedWithAnAlternative) {
    const ScriptError error = refusalOf("match command:\n    case 'go':\n        pass\n");
    EXPECT_EQ(error.message, "the 'match' statement is not supported");
    EXPECT_EQ(error.hint, "use if, elif and else");
    EXPECT_EQ(error.line, 1);
    EXPECT_EQ(error.column, 1);
    EXPECT_EQ(error.kind, ScriptErrorKind::UnsupportedError);
}

TEST(Validator, ExceptStarIsRefused) {
    const ScriptError error = refusalOf("try:\n    pass\nexcept* ValueError:\n    pass\n");
    EXPECT_EQ(error.message, "'except*' is not supported");
    EXPECT_EQ(error.line, 3);
    EXPECT_FALSE(error.hint.empty());
}

TEST(Validator, YieldFromIsRefused) {
    const ScriptError error = refusalOf("def numbers():\n    yield from range(3)\n");
    EXPECT_EQ(error.message, "'yield from' is not supported");
    EXPECT_EQ(error.line, 2);
    EXPECT_EQ(error.column, 5);
}

TEST(Validator, DecoratorsOutsideTheAllowListAreRefused) {
    const std::vector<ScriptError> errors =
        refusalsOf("import functools\n\n@functools.lru_cache(maxsize=None)\ndef f():\n    pass\n");
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].message, "decorator '@functools.lru_cache(...)' is not supported");
    EXPECT_EQ(errors[0].line, 3);
    EXPECT_EQ(errors[0].column, 2);
    EXPECT_EQ(errors[1].message, "'functools.lru_cache' is not supported in scenarios");
    EXPECT_EQ(refusalOf("def trace(f):\n    return f\n\n@trace\ndef g():\n    pass\n").message,
              "decorator '@trace' is not supported");
}

TEST(Validator, OperatingSystemModulesAreRefusedWithTheReason) {
    const ScriptError os = refusalOf("import os\n");
    EXPECT_EQ(os.message, "module 'os' is not available in scenarios");
    EXPECT_EQ(os.hint, "the sandbox has no operating system access");
    EXPECT_EQ(refusalOf("import os.path\n").hint, "the sandbox has no operating system access");
    EXPECT_EQ(refusalOf("from sys import argv\n").message,
              "module 'sys' is not available in scenarios");
}

TEST(Validator, EveryRefusedModuleSaysWhatToUseInstead) {
    EXPECT_EQ(refusalOf("import socket\n").hint,
              "use aiohttp.ClientSession or sim.io(label, seconds) to simulate a network call");
    EXPECT_EQ(refusalOf("import subprocess\n").hint,
              "use multiprocessing.Process or ProcessPoolExecutor, which Coroscope simulates");
    for (const sandbox::Refused& module : sandbox::refusedModules()) {
        std::string script = "import ";
        script.append(module.name).append("\n");
        const ScriptError error = refusalOf(script);
        EXPECT_NE(error.message.find(std::string(module.name)), std::string::npos);
        EXPECT_FALSE(error.hint.empty()) << module.name;
    }
}

TEST(Validator, UnknownModulesListWhatCanBeImported) {
    const ScriptError error = refusalOf("import numpy as np\n");
    EXPECT_EQ(error.message, "module 'numpy' is not supported in scenarios");
    EXPECT_NE(error.hint.find("asyncio"), std::string::npos);
    EXPECT_EQ(error.column, 8);
    EXPECT_EQ(refusalOf("import collections\n").message,
              "module 'collections' is not supported in scenarios");
    EXPECT_EQ(refusalOf("from contextlib import suppress\n").message,
              "module 'contextlib' is not supported in scenarios");
}

TEST(Validator, FunctoolsOffersPartialOnly) {
    EXPECT_TRUE(refusalsOf("from functools import partial\nimport functools\n"
                           "f = functools.partial(print, 1)\n")
                    .empty());
    const ScriptError imported = refusalOf("from functools import reduce\n");
    EXPECT_EQ(imported.message, "'functools.reduce' is not supported in scenarios");
    EXPECT_EQ(imported.hint, "from functools only partial can be used");
    const ScriptError used = refusalOf("import functools as ft\nft.reduce(f, xs)\n");
    EXPECT_EQ(used.message, "'functools.reduce' is not supported in scenarios");
    EXPECT_EQ(used.line, 2);
}

TEST(Validator, RelativeImportsAreRefused) {
    EXPECT_EQ(refusalOf("from . import helpers\n").message, "relative imports are not supported");
}

TEST(Validator, ForbiddenBuiltinsAreRefusedWhateverTheyAreBoundTo) {
    const ScriptError error = refusalOf("with open('data.txt') as f:\n    pass\n");
    EXPECT_EQ(error.message, "'open' is not available in scenarios");
    EXPECT_EQ(error.hint, "scenario scripts cannot read or write files; use sim.io('disk', "
                          "seconds) to simulate disk I/O");
    EXPECT_EQ(error.line, 1);
    EXPECT_EQ(error.column, 6);
    // A script's own definition of the name is refused too.
    EXPECT_EQ(refusalOf("def eval(x):\n    return x\n").message,
              "'eval' is not available in scenarios");
    EXPECT_EQ(refusalOf("exec = print\n").message, "'exec' is not available in scenarios");
}

TEST(Validator, EveryForbiddenBuiltinHasAHint) {
    for (const sandbox::Refused& name : sandbox::refusedNames()) {
        std::string call(name.name);
        const ScriptError error = refusalOf(call + "()\n");
        std::string message = "'";
        message.append(name.name).append("' is not available in scenarios");
        EXPECT_EQ(error.message, message);
        EXPECT_FALSE(error.hint.empty()) << name.name;
    }
}

TEST(Validator, AttributesWithForbiddenNamesAreFine) {
    EXPECT_TRUE(refusalsOf("import aiohttp\nsession = aiohttp.ClientSession()\n"
                           "session.open = 1\nx = session.input\n")
                    .empty());
}

TEST(Validator, ReportsEveryProblemInSourceOrder) {
    const std::vector<ScriptError> errors = refusalsOf("import os\n"
                                                       "import asyncio\n"
                                                       "def main():\n"
                                                       "    data = open('f').read()\n"
                                                       "    yield from data\n");
    ASSERT_EQ(errors.size(), 3u);
    EXPECT_EQ(errors[0].line, 1);
    EXPECT_EQ(errors[1].line, 4);
    EXPECT_EQ(errors[2].line, 5);
    EXPECT_EQ(errors[2].message, "'yield from' is not supported");
}

TEST(Validator, RefusalsPrintWithTheirHint) {
    const ScriptError error = refusalOf("import asyncio\nimport os\n");
    EXPECT_EQ(error.format(), "  File \"demo.py\", line 2\n"
                              "    import os\n"
                              "           ^^\n"
                              "UnsupportedError: module 'os' is not available in scenarios\n"
                              "Hint: the sandbox has no operating system access\n");
}

// Literals of types the interpreter has no value for are refused by the
// checks, with their place, not only when the script is lowered to run.
TEST(Validator, LiteralsWithoutAValueTypeAreRefusedWhereTheyAre) {
    const ScriptError big = refusalOf("x = 1\ny = 123456789012345678901234567890\n");
    EXPECT_EQ(big.message, "integers beyond 64 bits are not supported");
    EXPECT_EQ(big.line, 2);
    EXPECT_EQ(big.column, 5);
    EXPECT_EQ(big.kind, ScriptErrorKind::UnsupportedError);
    EXPECT_NE(big.hint.find("9223372036854775807"), std::string::npos);
    EXPECT_TRUE(refusalsOf("x = 9223372036854775807\n").empty());
    const ScriptError complex = refusalOf("def f():\n    return 2j\n");
    EXPECT_EQ(complex.message, "complex numbers are not supported");
    EXPECT_EQ(complex.hint, "use two floats");
    EXPECT_EQ(complex.line, 2);
    EXPECT_EQ(complex.column, 12);
    const ScriptError bytes = refusalOf("print(b'abc')\n");
    EXPECT_EQ(bytes.message, "bytes literals are not supported");
    EXPECT_EQ(bytes.hint, "use a str");
    EXPECT_EQ(bytes.column, 7);
}

TEST(CheckScript, ASyntaxErrorComesAloneAndWithoutATree) {
    const CheckedScript result = checkScript("demo.py", "import os\nif x\n");
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.module, nullptr);
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].kind, ScriptErrorKind::SyntaxError);
    EXPECT_EQ(result.errors[0].line, 2);
}

TEST(CheckScript, ARefusedScriptKeepsItsTreeButIsNotOk) {
    const CheckedScript refused = checkScript("demo.py", "import os\n");
    EXPECT_FALSE(refused.ok());
    EXPECT_NE(refused.module, nullptr);
    ASSERT_EQ(refused.errors.size(), 1u);
    EXPECT_EQ(refused.errors[0].file, "demo.py");
    EXPECT_TRUE(checkScript("demo.py", "import asyncio\nprint(1)\n").ok());
}

TEST(SandboxPolicy, TablesAnswerLookups) {
    ASSERT_NE(sandbox::findAllowedModule("concurrent.futures"), nullptr);
    EXPECT_TRUE(sandbox::findAllowedModule("asyncio")->onlyNames.empty());
    ASSERT_NE(sandbox::findAllowedModule("functools"), nullptr);
    EXPECT_EQ(sandbox::findAllowedModule("functools")->onlyNames.size(), 1u);
    EXPECT_EQ(sandbox::findAllowedModule("os"), nullptr);
    EXPECT_NE(sandbox::findRefusedModule("os.path"), nullptr);
    EXPECT_NE(sandbox::findRefusedName("breakpoint"), nullptr);
    EXPECT_EQ(sandbox::findRefusedName("print"), nullptr);
    EXPECT_EQ(sandbox::allowedDecorators().size(), 3u);
}

} // namespace
} // namespace coroscope
