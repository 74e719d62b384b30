// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/eval/interp.h"

// The modules a script may import, each defined in its own file, and what
// the end of a run needs from them.
namespace coroscope::interp {

// Makes every module object and registers it with the interpreter.
void registerModules(Interp& in);
// The modules' parts, in the order registerModules calls them.
Value makeAsyncioModule();
Value makeTimeModule();
Value makeThreadingModule();
Value makeQueueModule();
Value makeFuturesModule();
Value makeMultiprocessingModule();
Value makeRandomModule();
Value makeMathModule();
Value makeFunctoolsModule();
Value makeSimModule();
Value makeRequestsModule();
Value makeAiohttpModule();
Value makeDbModule();
Value makeRedisModule();

// threading's Lock, RLock, Semaphore and Event (mod_thread_sync.cpp).
void addThreadSync(DictObject& module);

// As CPython's shutdown: join the threads and processes that are not
// daemons and let pools finish their work, before the program exits.
Eval<Value> waitForThreadsAtExit(Interp& in);

// A new module object with the given native functions.
struct ModuleFunction {
    const char* name;
    NativePlain plain;
    NativeBlocking blocking;
};
Ref<ModuleObject> newModule(const char* name, std::initializer_list<ModuleFunction> functions);

} // namespace coroscope::interp
