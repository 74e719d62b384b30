// SPDX-License-Identifier: MIT
// The registry of the modules a script may import.
#include "script/interp/modules/modules.h"

namespace coroscope::interp {

Ref<ModuleObject> newModule(const char* name, std::initializer_list<ModuleFunction> functions) {
    Ref<ModuleObject> m(new ModuleObject(name));
    for (const ModuleFunction& f : functions)
        m->dict().setStr(f.name, Value(Ref<NativeFunction>(new NativeFunction(
                                     f.name, f.plain, f.blocking, Value(), nullptr))));
    return m;
}

void registerModules(Interp& in) {
    in.registerModule("asyncio", makeAsyncioModule());
    in.registerModule("time", makeTimeModule());
    in.registerModule("threading", makeThreadingModule());
    in.registerModule("queue", makeQueueModule());
    Value futures = makeFuturesModule();
    Ref<ModuleObject> concurrent(new ModuleObject("concurrent"));
    concurrent->dict().setStr("futures", futures);
    in.registerModule("concurrent", Value(concurrent));
    in.registerModule("concurrent.futures", futures);
    in.registerModule("multiprocessing", makeMultiprocessingModule());
    in.registerModule("random", makeRandomModule());
    in.registerModule("math", makeMathModule());
    in.registerModule("functools", makeFunctoolsModule());
    in.registerModule("sim", makeSimModule());
    in.registerModule("requests", makeRequestsModule());
    in.registerModule("aiohttp", makeAiohttpModule());
    in.registerModule("db", makeDbModule());
    in.registerModule("redis", makeRedisModule());
}

} // namespace coroscope::interp
