// SPDX-License-Identifier: MIT
#include "script/checks/sandbox_policy.h"

namespace coroscope::sandbox {

namespace {

// functools is there for loop.run_in_executor(None, partial(f, x)) only.
constexpr std::string_view kFunctoolsNames[] = {"partial"};
// `from concurrent import futures` is concurrent.futures by another spelling.
constexpr std::string_view kConcurrentNames[] = {"futures"};

constexpr AllowedModule kAllowedModules[] = {
    {"asyncio", {}},
    {"time", {}},
    {"threading", {}},
    {"queue", {}},
    {"concurrent", kConcurrentNames},
    {"concurrent.futures", {}},
    {"multiprocessing", {}},
    {"random", {}},
    {"math", {}},
    {"functools", kFunctoolsNames},
    {"sim", {}},
    {"requests", {}},
    {"aiohttp", {}},
    {"db", {}},
    {"redis", {}},
};

constexpr std::string_view kNoOperatingSystem = "the sandbox has no operating system access";
constexpr std::string_view kNoFiles =
    "scenario scripts cannot read or write files; use sim.io('disk', seconds) to simulate disk "
    "I/O";

constexpr Refused kRefusedModules[] = {
    {"os", kNoOperatingSystem},
    {"sys", kNoOperatingSystem},
    {"subprocess", "use multiprocessing.Process or ProcessPoolExecutor, which Coroscope simulates"},
    {"socket", "use aiohttp.ClientSession or sim.io(label, seconds) to simulate a network call"},
    {"pathlib", kNoFiles},
    {"shutil", kNoFiles},
    {"signal", "the sandbox sends no signals; use an asyncio.Event to tell tasks to stop"},
    {"ctypes", "the sandbox runs no native code; use sim.cpu(seconds) to simulate CPU work"},
    {"importlib", "import one of the modules Coroscope provides with a plain import statement"},
    {"pickle", "objects are passed to simulated processes as they are; nothing needs pickling"},
    {"io", "use print() for output and sim.io(label, seconds) to simulate I/O"},
};

constexpr std::string_view kRunOwnCode =
    "the sandbox runs only the script's own code; write that code out instead";

constexpr Refused kRefusedNames[] = {
    {"open", kNoFiles},
    {"eval", kRunOwnCode},
    {"exec", kRunOwnCode},
    {"compile", kRunOwnCode},
    {"__import__", "import one of the modules Coroscope provides with a plain import statement"},
    {"input", "scripts run without a keyboard; put the value in an UPPER_CASE constant at the top, "
              "which the lesson's parameters can change"},
    {"globals", "the sandbox does not expose namespaces; keep the values in a dict of your own"},
    {"locals", "the sandbox does not expose namespaces; keep the values in a dict of your own"},
    {"vars", "the sandbox does not expose namespaces; keep the values in a dict of your own"},
    {"breakpoint", "use the pause and step buttons to stop the run and look at it"},
};

constexpr std::string_view kAllowedDecorators[] = {"staticmethod", "classmethod", "property"};
// @name.setter and friends complete a property.
constexpr std::string_view kAllowedDecoratorAttributes[] = {"setter", "getter", "deleter"};

template <class T>
const T* findIn(std::span<const T> table, std::string_view name) {
    for (const T& entry : table) {
        if (entry.name == name) return &entry;
    }
    return nullptr;
}

} // namespace

std::span<const AllowedModule> allowedModules() {
    return kAllowedModules;
}

const AllowedModule* findAllowedModule(std::string_view dottedName) {
    return findIn(allowedModules(), dottedName);
}

std::span<const Refused> refusedModules() {
    return kRefusedModules;
}

const Refused* findRefusedModule(std::string_view dottedName) {
    // `import os.path` is refused as os.
    return findIn(refusedModules(), dottedName.substr(0, dottedName.find('.')));
}

std::span<const Refused> refusedNames() {
    return kRefusedNames;
}

const Refused* findRefusedName(std::string_view name) {
    return findIn(refusedNames(), name);
}

std::span<const std::string_view> allowedDecorators() {
    return kAllowedDecorators;
}

std::span<const std::string_view> allowedDecoratorAttributes() {
    return kAllowedDecoratorAttributes;
}

std::string_view importHint() {
    return "scenarios can import asyncio, time, threading, queue, concurrent.futures, "
           "multiprocessing, random, math, functools (partial), sim, requests, aiohttp, db and "
           "redis";
}

} // namespace coroscope::sandbox
