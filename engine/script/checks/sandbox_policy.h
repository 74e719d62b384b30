// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string_view>

// What scenario scripts may use: one table per question, shared by the
// validator (which rejects the rest before a run) and the interpreter (which
// provides exactly these).
namespace coroscope::sandbox {

struct AllowedModule {
    // Dotted module name, as written after `import`.
    std::string_view name;
    // When not empty, the only names the script may take from the module
    // (`from functools import partial`, `functools.partial`).
    std::span<const std::string_view> onlyNames;
};

// A name or module that is refused whatever it is bound to, and what to use
// instead.
struct Refused {
    std::string_view name;
    std::string_view hint;
};

// asyncio, time, threading, queue, concurrent.futures, multiprocessing,
// random, math, functools (partial only), sim, requests, aiohttp, db, redis.
std::span<const AllowedModule> allowedModules();
const AllowedModule* findAllowedModule(std::string_view dottedName);

// Modules with a specific explanation (os, sys, socket, subprocess, ...).
std::span<const Refused> refusedModules();
const Refused* findRefusedModule(std::string_view dottedName);

// Built-ins refused as names anywhere in a script (open, eval, exec, ...).
std::span<const Refused> refusedNames();
const Refused* findRefusedName(std::string_view name);

// Decorators the interpreter implements: staticmethod, classmethod,
// property, and a property's setter, getter and deleter.
std::span<const std::string_view> allowedDecorators();
std::span<const std::string_view> allowedDecoratorAttributes();

// The hint given for a module that is neither allowed nor refused.
std::string_view importHint();

} // namespace coroscope::sandbox
