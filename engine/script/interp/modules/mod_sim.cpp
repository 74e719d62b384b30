// SPDX-License-Identifier: MIT
// The simulated world (lessons/README.md, "The simulated services,
// exactly"): sim, and the services requests, aiohttp, db and redis, whose
// requests take their host's latency on the virtual clock.
#include "core/awaitables.h"
#include "script/interp/asyncio/asyncio_module.h"
#include "script/interp/builtins/builtins.h"
#include "script/interp/modules/modules.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/runtime_state.h"

#include <cctype>

namespace coroscope::interp {

double RuntimeState::latencyOf(const std::string& host) const {
    std::string h = host;
    for (char& c : h)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto it = latencies.find(h);
    return it == latencies.end() ? defaultLatency : it->second;
}

namespace {

// sim._seconds: a duration must be an int or float of seconds, never negative.
double secondsArg(const Value* v, const char* what) {
    if (v->isBool() || !v->isNumber())
        typeError(std::string(what) + " must be a number of seconds, not " + typeName(*v));
    double s = v->toDouble();
    if (s < 0) valueError(std::string(what) + " must not be negative");
    return s;
}

std::string labelArg(const Value* v) {
    return v ? str(*v) : std::string();
}

// The host part of a URL, lower-case (sim._host_of).
std::string hostOf(const std::string& url) {
    std::size_t slashes = url.find("//");
    std::string rest = slashes == std::string::npos ? url : url.substr(slashes + 2);
    std::size_t end = rest.find_first_of("/?#");
    std::string netloc = rest.substr(0, end);
    std::size_t at = netloc.rfind('@');
    if (at != std::string::npos) netloc = netloc.substr(at + 1);
    if (!netloc.empty() && netloc.front() == '[') {
        std::size_t close = netloc.find(']');
        netloc = netloc.substr(1, close == std::string::npos ? std::string::npos : close - 1);
    } else {
        std::size_t colon = netloc.find(':');
        if (colon != std::string::npos) netloc = netloc.substr(0, colon);
    }
    for (char& c : netloc)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return netloc;
}

Value sleepFor(double s, WaitReason why, std::string label) {
    return Value(Ref<SleepObject>(new SleepObject(seconds(s), Value(), why, std::move(label))));
}

Eval<Value> simCpu(CallArgs a) {
    double s = secondsArg(bindArgs<"cpu(seconds)">(a)[0], "sim.cpu()");
    interp().checkCanSuspend("call sim.cpu()");
    co_await cpu(seconds(s));
    co_return Value();
}

Value simIo(CallArgs& a) {
    const BoundArgs b = bindArgs<"io(label, seconds)">(a);
    std::string label = labelArg(b[0]);
    double s = secondsArg(b[1], "sim.io()");
    Value sleep = sleepFor(s, WaitReason::Io, label);
    sleep.as<SleepObject>()->name = "io";
    return sleep;
}

Eval<Value> simBlocking(CallArgs a) {
    const BoundArgs b = bindArgs<"blocking(label, seconds)">(a);
    std::string label = labelArg(b[0]);
    double s = secondsArg(b[1], "sim.blocking()");
    interp().checkCanSuspend("call sim.blocking()");
    co_await blocking(label, seconds(s));
    co_return Value();
}

Value simClient(CallArgs& a) {
    const Value& name = *bindArgs<"client(name)">(a)[0];
    Interp& in = interp();
    TaskBase* t = in.loop().currentTask();
    in.loop().annotate(AnnotationKind::Client, str(name), t ? t->id() : 0, in.currentLine(),
                       t ? t->worker() : 0);
    return Value();
}

Value simSetLatency(CallArgs& a) {
    const BoundArgs b = bindArgs<"set_latency(seconds, host=None)">(a);
    double s = secondsArg(b[0], "sim.set_latency()");
    const Value* host = b[1];

    RuntimeState& st = interp().state();
    if (!host || host->isNone()) {
        st.defaultLatency = s;
    } else {
        std::string h = str(*host);
        for (char& c : h)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        st.latencies[h] = s;
    }
    return Value();
}

// A response or session: an object whose attributes live in its dict.
Ref<InstanceObject> record(const char* key, const char* name) {
    return Ref<InstanceObject>(new InstanceObject(types().moduleType(key, name)));
}

std::string bodyOf(const std::string& url) {
    return "{\"url\": \"" + url + "\"}";
}

Value jsonOf(const Value& self) {
    auto d = newDict();
    d->setStr("url", *self.as<InstanceObject>()->dict().findStr("url"));
    return Value(d);
}

// ---- requests

Eval<Value> requestsGet(CallArgs a) {
    std::string url = str(*bindArgs<"get(url, params=None, **options)">(a)[0]);
    std::string host = hostOf(url);
    interp().checkCanSuspend("call requests.get()");
    co_await blocking(host, seconds(interp().state().latencyOf(host)));
    Ref<InstanceObject> r = record("requests.Response", "Response");
    r->dict().setStr("url", strValue(url));
    r->dict().setStr("status_code", Value::integer(200));
    r->dict().setStr("ok", True());
    r->dict().setStr("text", strValue(bodyOf(url)));
    co_return Value(r);
}

Value responseJson(CallArgs& a) {
    bindArgs<"Response.json(self)">(a);
    return jsonOf(*a.self);
}

// ---- aiohttp

Value sessionNew(CallArgs& a) {
    bindArgs<"ClientSession.__init__(self, **options)">(a);
    Ref<InstanceObject> s = record("aiohttp.ClientSession", "ClientSession");
    s->dict().setStr("closed", False());
    return Value(s);
}

Value sessionGet(CallArgs& a) {
    const Value* url = bindArgs<"ClientSession.get(self, url, params=None, **options)">(a)[0];
    if (truthy(*a.self->as<InstanceObject>()->dict().findStr("closed")))
        runtimeError("Session is closed");
    Ref<InstanceObject> ctx = record("aiohttp.RequestContext", "_RequestContext");
    ctx->dict().setStr("_url", strValue(str(*url)));
    return Value(ctx);
}

Eval<Value> closeSession(Value session, Value result) {
    session.as<InstanceObject>()->dict().setStr("closed", True());
    co_return result;
}

Value sessionClose(CallArgs& a) {
    bindArgs<"ClientSession.close(self)">(a);
    return coroutineOf(closeSession(*a.self, Value()), "close");
}

Value sessionAenter(CallArgs& a) {
    bindArgs<"ClientSession.__aenter__(self)">(a);
    return readyAwaitable(*a.self);
}

Value sessionAexit(CallArgs& a) {
    bindArgs<"ClientSession.__aexit__(self, exc_type, exc, tb)">(a);
    return coroutineOf(closeSession(*a.self, False()), "__aexit__");
}

Eval<Value> fetchResponse(std::string url) {
    std::string host = hostOf(url);
    Value wait = sleepFor(interp().state().latencyOf(host), WaitReason::Io, host);
    co_await AwaitValue{&wait};
    Ref<InstanceObject> r = record("aiohttp.ClientResponse", "ClientResponse");
    r->dict().setStr("url", strValue(url));
    r->dict().setStr("status", Value::integer(200));
    co_return Value(r);
}

Value contextAenter(CallArgs& a) {
    bindArgs<"_RequestContext.__aenter__(self)">(a);
    std::string url = str(*a.self->as<InstanceObject>()->dict().findStr("_url"));
    return coroutineOf(fetchResponse(std::move(url)), "__aenter__");
}

Value contextAexit(CallArgs& a) {
    bindArgs<"_RequestContext.__aexit__(self, exc_type, exc, tb)">(a);
    return readyAwaitable(False());
}

Eval<Value> ready(Value v) {
    co_return v;
}

Value clientText(CallArgs& a) {
    bindArgs<"ClientResponse.text(self)">(a);
    std::string url = str(*a.self->as<InstanceObject>()->dict().findStr("url"));
    return coroutineOf(ready(strValue(bodyOf(url))), "text");
}

Value clientJson(CallArgs& a) {
    bindArgs<"ClientResponse.json(self)">(a);
    return coroutineOf(ready(jsonOf(*a.self)), "json");
}

// ---- db

Eval<Value> dbRequest(Value result) {
    Value wait = sleepFor(interp().state().latencyOf("db"), WaitReason::Io, "db");
    co_await AwaitValue{&wait};
    co_return result;
}

Value dbConnect(CallArgs& a) {
    bindArgs<"connect(dsn=None)">(a);
    Ref<InstanceObject> c = record("db.Connection", "Connection");
    c->dict().setStr("closed", False());
    return coroutineOf(ready(Value(c)), "connect");
}

Value connExecute(CallArgs& a) {
    bindArgs<"Connection.execute(self, sql)">(a);
    return coroutineOf(dbRequest(strValue("OK")), "execute");
}

Value connFetch(CallArgs& a) {
    bindArgs<"Connection.fetch(self, sql)">(a);
    return coroutineOf(dbRequest(Value(newList())), "fetch");
}

Value connClose(CallArgs& a) {
    bindArgs<"Connection.close(self)">(a);
    a.self->as<InstanceObject>()->dict().setStr("closed", True());
    return coroutineOf(ready(Value()), "close");
}

// ---- redis

Value redisNew(CallArgs& a) {
    bindArgs<"Redis.__init__(self, host='localhost', port=6379, **options)">(a);
    return Value(record("redis.Redis", "Redis"));
}

Eval<Value> redisGetBody(Value key) {
    Value wait = sleepFor(interp().state().latencyOf("redis"), WaitReason::Io, "redis");
    co_await AwaitValue{&wait};
    RuntimeState& st = interp().state();
    if (!st.redisStore) co_return Value();
    Value* v = st.redisStore->find(key);
    co_return v ? *v : Value();
}

Eval<Value> redisSetBody(Value key, Value value) {
    Value wait = sleepFor(interp().state().latencyOf("redis"), WaitReason::Io, "redis");
    co_await AwaitValue{&wait};
    RuntimeState& st = interp().state();
    if (!st.redisStore) st.redisStore = newDict();
    st.redisStore->set(key, std::move(value));
    co_return True();
}

Value redisGet(CallArgs& a) {
    return coroutineOf(redisGetBody(*bindArgs<"Redis.get(self, key)">(a)[0]), "get");
}

Value redisSet(CallArgs& a) {
    const BoundArgs b = bindArgs<"Redis.set(self, key, value)">(a);
    return coroutineOf(redisSetBody(*b[0], *b[1]), "set");
}

void setType(DictObject& module, const char* key, const char* name, NativePlain ctor) {
    TypeObject* t = types().moduleType(key, name);
    t->dict().setStr("__new__", Value(newNative("__new__", ctor)));
    module.setStr(name, Value(t));
}

} // namespace

Value makeSimModule() {
    return Value(newModule("sim", {{"cpu", nullptr, simCpu},
                                   {"io", simIo, nullptr},
                                   {"blocking", nullptr, simBlocking},
                                   {"client", simClient, nullptr},
                                   {"set_latency", simSetLatency, nullptr}}));
}

Value makeRequestsModule() {
    addMethod(types().moduleType("requests.Response", "Response"), "json", responseJson);
    return Value(newModule("requests", {{"get", nullptr, requestsGet}}));
}

Value makeAiohttpModule() {
    TypeObject* s = types().moduleType("aiohttp.ClientSession", "ClientSession");
    addMethod(s, "get", sessionGet);
    addMethod(s, "close", sessionClose);
    addMethod(s, "__aenter__", sessionAenter);
    addMethod(s, "__aexit__", sessionAexit);
    TypeObject* c = types().moduleType("aiohttp.RequestContext", "_RequestContext");
    addMethod(c, "__aenter__", contextAenter);
    addMethod(c, "__aexit__", contextAexit);
    TypeObject* r = types().moduleType("aiohttp.ClientResponse", "ClientResponse");
    addMethod(r, "text", clientText);
    addMethod(r, "json", clientJson);
    Ref<ModuleObject> m = newModule("aiohttp", {});
    setType(m->dict(), "aiohttp.ClientSession", "ClientSession", sessionNew);
    return Value(m);
}

Value makeDbModule() {
    TypeObject* c = types().moduleType("db.Connection", "Connection");
    addMethod(c, "execute", connExecute);
    addMethod(c, "fetch", connFetch);
    addMethod(c, "close", connClose);
    return Value(newModule("db", {{"connect", dbConnect, nullptr}}));
}

Value makeRedisModule() {
    TypeObject* r = types().moduleType("redis.Redis", "Redis");
    addMethod(r, "get", redisGet);
    addMethod(r, "set", redisSet);
    Ref<ModuleObject> m = newModule("redis", {});
    setType(m->dict(), "redis.Redis", "Redis", redisNew);
    return Value(m);
}

} // namespace coroscope::interp
