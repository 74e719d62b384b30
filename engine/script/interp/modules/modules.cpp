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
    in.modules().add("asyncio", makeAsyncioModule());
    in.modules().add("time", makeTimeModule());
    in.modules().add("threading", makeThreadingModule());
    in.modules().add("queue", makeQueueModule());
    Value futures = makeFuturesModule();
    Ref<ModuleObject> concurrent(new ModuleObject("concurrent"));
    concurrent->dict().setStr("futures", futures);
    in.modules().add("concurrent", Value(concurrent));
    in.modules().add("concurrent.futures", futures);
    in.modules().add("multiprocessing", makeMultiprocessingModule());
    in.modules().add("random", makeRandomModule());
    in.modules().add("math", makeMathModule());
    in.modules().add("functools", makeFunctoolsModule());
    in.modules().add("sim", makeSimModule());
    in.modules().add("requests", makeRequestsModule());
    in.modules().add("aiohttp", makeAiohttpModule());
    in.modules().add("db", makeDbModule());
    in.modules().add("redis", makeRedisModule());
}

} // namespace coroscope::interp
