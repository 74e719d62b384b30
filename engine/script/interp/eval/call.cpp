// SPDX-License-Identifier: MIT
// Calls: dispatch on what is called, binding of arguments to parameters
// with CPython's error messages, and the coroutine that runs a function.
#include "script/interp/eval/interp.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/generator.h"
#include "script/interp/runtime/iter.h"
#include "script/interp/runtime/recursion.h"

#include <algorithm>
#include <memory>

namespace coroscope::interp {

namespace {

std::string quotedList(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += "'" + names[i] + "'";
    }
    return out;
}

[[noreturn]] void missing(const std::string& fname, const std::vector<std::string>& names,
                          const char* kind) {
    typeError(fname + "() missing " + std::to_string(names.size()) + " required " + kind +
              (names.size() == 1 ? " argument: " : " arguments: ") + quotedList(names));
}

// Awaits a call whose arguments live in `buf` (a partial's merged ones).
Eval<Value> keepAlive(std::shared_ptr<ArgBuffer> buf, Eval<Value> call) {
    Value v = co_await std::move(call);
    buf.reset();
    co_return v;
}

// Runs __init__'s coroutine, then gives the new instance.
Eval<Value> initThenReturn(Value instance, Eval<Value> init) {
    Value r = co_await std::move(init);
    if (!r.isNone()) typeError("__init__() should return None, not '" + typeName(r) + "'");
    co_return instance;
}

} // namespace

Slots Interp::bindArguments(FunctionObject& fn, CallArgs& args, const Value* self) {
    const ir::CodeInfo& c = *fn.code();
    Slots slots(c.nSlots);
    const std::string fname = c.qualname->str();
    const std::uint32_t nInputs = args.npos + (self ? 1 : 0);
    auto input = [&](std::uint32_t i) -> const Value& {
        return self ? (i == 0 ? *self : args.pos[i - 1]) : args.pos[i];
    };
    const std::uint32_t nPos = c.nPositional;
    const std::uint32_t taken = nInputs < nPos ? nInputs : nPos;
    for (std::uint32_t i = 0; i < taken; ++i)
        slots[i] = input(i);
    std::uint32_t next = nPos + c.nKwOnly;
    if (c.varArgs) {
        std::vector<Value> extra;
        for (std::uint32_t i = taken; i < nInputs; ++i)
            extra.push_back(input(i));
        slots[next++] = Value(newTuple(std::move(extra)));
    } else if (nInputs > nPos) {
        std::size_t required = nPos - fn.defaults.size();
        std::string takes =
            required == nPos ? std::to_string(nPos)
                             : "from " + std::to_string(required) + " to " + std::to_string(nPos);
        typeError(fname + "() takes " + takes + " positional argument" + (nPos == 1 ? "" : "s") +
                  " but " + std::to_string(nInputs) + (nInputs == 1 ? " was" : " were") + " given");
    }
    Ref<DictObject> extraKw;
    if (c.varKw) extraKw = newDict();
    for (std::uint32_t k = 0; k < args.nkw; ++k) {
        StrObject* name = args.kwNames[k];
        std::int64_t found = -1;
        for (std::uint32_t p = c.nPosOnly; p < nPos + c.nKwOnly; ++p) {
            StrObject* pname = c.slotNames[p];
            if (pname == name || pname->str() == name->str()) {
                found = p;
                break;
            }
        }
        if (found < 0) {
            if (extraKw) {
                extraKw->setStr(name, args.kwValues[k]);
                continue;
            }
            for (std::uint32_t p = 0; p < c.nPosOnly; ++p)
                if (c.slotNames[p]->str() == name->str())
                    typeError(fname +
                              "() got some positional-only arguments passed as keyword "
                              "arguments: '" +
                              name->str() + "'");
            typeError(fname + "() got an unexpected keyword argument '" + name->str() + "'");
        }
        Value& slot = slots[static_cast<std::uint32_t>(found)];
        if (!slot.isUnbound())
            typeError(fname + "() got multiple values for argument '" + name->str() + "'");
        slot = args.kwValues[k];
    }
    const std::uint32_t firstDefault = nPos - static_cast<std::uint32_t>(fn.defaults.size());
    std::vector<std::string> absent;
    for (std::uint32_t p = 0; p < nPos; ++p) {
        if (!slots[p].isUnbound()) continue;
        if (p >= firstDefault)
            slots[p] = fn.defaults[p - firstDefault];
        else
            absent.push_back(c.slotNames[p]->str());
    }
    if (!absent.empty()) missing(fname, absent, "positional");
    for (std::uint32_t k = 0; k < c.nKwOnly; ++k) {
        Value& slot = slots[nPos + k];
        if (!slot.isUnbound()) continue;
        if (k < fn.hasKwDefault.size() && fn.hasKwDefault[k])
            slot = fn.kwDefaults[k];
        else
            absent.push_back(c.slotNames[nPos + k]->str());
    }
    if (!absent.empty()) missing(fname, absent, "keyword-only");
    if (c.varKw) slots[next++] = Value(extraKw);
    for (std::uint32_t s : c.cellSlots) {
        Value v = std::move(slots[s]);
        auto cell = Ref<CellObject>(new CellObject());
        if (!v.isUnbound()) cell->set(std::move(v));
        slots[s] = Value(cell);
    }
    for (std::uint32_t i = 0; i < c.nFree; ++i)
        slots[c.firstFree + i] = Value(fn.closure[i]);
    return slots;
}

Eval<Value> Interp::runFunction(Ref<FunctionObject> fn, Slots slots, Frame* caller,
                                GeneratorObject* generator) {
    Frame f;
    f.code = fn->code();
    f.slots = slots.data();
    f.globals = &fn->globals();
    f.function = fn.get();
    f.caller = caller;
    f.generator = generator;
    f.line = f.code->firstLine;
    // A frame that native code calls (a __eq__, a key function) counts
    // from the depth the native reached; a task's first frame from 1.
    f.depth = caller ? caller->depth + 1 : (m_nested > 0 ? recursionDepth + 1 : 1);
    if (f.depth > kRecursionLimit || stackNearlyExhausted()) recursionError("");
    recursionDepth = f.depth;
    std::exception_ptr error;
    Value result;
    try {
        if (f.code->lambdaBody) {
            if (f.code->lambdaBody->isAsync()) {
                Eval<Value> body = evalAsync(f, *f.code->lambdaBody);
                result = co_await std::move(body);
            } else {
                result = eval(f, *f.code->lambdaBody);
            }
        } else if (f.code->body.async) {
            Eval<Flow> body = execAsync(f, f.code->body);
            if (co_await std::move(body) == Flow::Return) result = std::move(f.ret);
        } else if (execSync(f, f.code->body) == Flow::Return) {
            result = std::move(f.ret);
        }
    } catch (...) {
        error = std::current_exception();
    }
    recursionDepth = f.depth - 1;
    if (error) {
        if (isAbort(error)) std::rethrow_exception(error);
        Ref<ExceptionObject> exc = logArrival(error, f);
        if (caller) {
            TaskBase* task = m_loop.currentTask();
            if (task) task->setLine(caller->line);
        }
        std::rethrow_exception(toCpp(exc));
    }
    // Back in the caller: its line is the task's line again.
    if (caller) {
        TaskBase* task = m_loop.currentTask();
        if (task && task->line() != caller->line) task->setLine(caller->line);
    }
    co_return result;
}

CallStart Interp::callNative(NativeFunction& n, CallArgs& args, const char* name, Frame* caller) {
    CallArgs a = args;
    a.name = name;
    a.data = &n.data();
    a.frame = caller;
    if (n.plain() && n.blocking()) {
        // A builtin consuming iterables (list, sorted, ...): it collects an
        // executor's results first, awaiting them, when given one.
        bool wait = false;
        if (m_nested == 0)
            for (std::uint32_t i = 0; i < a.npos; ++i)
                if (a.pos[i].is(Kind::Iterator) && needsAsyncIteration(a.pos[i])) wait = true;
        if (wait) {
            a.plain = n.plain();
            return {Value(), n.blocking()(a)};
        }
    }
    if (n.plain()) return {n.plain()(a), {}};
    return {Value(), n.blocking()(a)};
}

CallStart Interp::callStart(const Value& callee, CallArgs& args, Frame* caller) {
    switch (callee.isObject() ? callee.obj()->kind() : Kind::Other) {
    case Kind::Native: {
        auto* n = callee.as<NativeFunction>();
        CallArgs a = args;
        if (n->owner() && !a.self) {
            // An unbound method of a builtin type: the first argument is self.
            if (a.npos == 0)
                typeError("unbound method " + n->owner()->name() + "." + n->name() +
                          "() needs an argument");
            a.self = a.pos;
            ++a.pos;
            --a.npos;
        }
        return callNative(*n, a, n->name(), caller);
    }
    case Kind::Function: {
        Ref<FunctionObject> fn(callee.as<FunctionObject>());
        const ir::CodeInfo* c = fn->code();
        Slots slots = bindArguments(*fn, args, args.self);
        if (c->isGenerator) {
            Ref<GeneratorObject> gen(new GeneratorObject(c->isAsync, c->qualname));
            gen->start(runFunction(fn, std::move(slots), nullptr, gen.get()));
            return {Value(gen), {}};
        }
        if (c->isAsync) {
            // The parameters, for a lane named as the call is ("table(3)"):
            // a method's self is left out, as the qualname says the class.
            const std::uint32_t skip =
                c->nPositional > 0 && c->qualname->view().find('.') != std::string_view::npos &&
                        (c->slotNames[0]->view() == "self" || c->slotNames[0]->view() == "cls")
                    ? 1
                    : 0;
            const std::uint32_t params = c->nPositional + c->nKwOnly - skip;
            constexpr std::uint32_t kShown = 3;
            const Value* argv = slots.data() + skip;
            Ref<CoroutineObject> coro(new CoroutineObject(
                runFunction(fn, std::move(slots), nullptr, nullptr), c->qualname));
            coro->setArguments(argv, static_cast<std::uint8_t>(std::min(params, kShown)),
                               params > kShown || c->varArgs || c->varKw);
            return {Value(coro), {}};
        }
        return {Value(), runFunction(std::move(fn), std::move(slots), caller, nullptr)};
    }
    case Kind::BoundMethod: {
        auto* b = callee.as<BoundMethod>();
        // The bound method stays alive while its call runs, whatever the
        // call does to the reference it was called through.
        const Value keep(callee); // NOLINT(performance-unnecessary-copy-initialization)
        CallArgs a = args;
        a.self = &b->self;
        return callStart(b->function, a, caller);
    }
    case Kind::Type: {
        auto* cls = callee.as<TypeObject>();
        if (cls->builtin()) {
            // A builtin type's constructor is the native stored as __new__.
            Value* ctor = cls->lookup("__new__");
            if (!ctor || !ctor->is(Kind::Native))
                typeError("cannot create '" + cls->name() + "' instances");
            CallArgs a = args;
            a.self = &callee;
            return callNative(*ctor->as<NativeFunction>(), a, cls->name().c_str(), caller);
        }
        Value instance;
        if (cls->isException()) {
            std::vector<Value> all(args.pos, args.pos + args.npos);
            instance = Value(Ref<ExceptionObject>(new ExceptionObject(cls, newTuple(all))));
        } else {
            instance = Value(Ref<InstanceObject>(new InstanceObject(cls)));
        }
        Value* initFn = cls->lookup("__init__");
        if (!initFn || initFn->is(Kind::Native)) {
            if ((args.npos || args.nkw) && !cls->isException())
                typeError(cls->name() + "() takes no arguments");
            if (initFn && cls->isException()) {
                CallArgs a = args;
                a.self = &instance;
                callStart(*initFn, a, caller); // a native __init__: it never suspends
            }
            return {std::move(instance), {}};
        }
        CallArgs a = args;
        a.self = &instance;
        CallStart init = callStart(*initFn, a, caller);
        if (init.finished()) {
            if (!init.result.isNone())
                typeError("__init__() should return None, not '" + typeName(init.result) + "'");
            return {std::move(instance), {}};
        }
        return {Value(), initThenReturn(std::move(instance), std::move(init.pending))};
    }
    case Kind::Instance: {
        Value* fn = callee.obj()->type()->lookup("__call__");
        if (fn) {
            CallArgs a = args;
            a.self = &callee;
            return callStart(*fn, a, caller);
        }
        break;
    }
    case Kind::Partial: {
        // The partial's arguments first, then the call's; its keywords unless
        // the call gives the same ones.
        auto* p = callee.as<PartialObject>();
        auto buf = std::make_shared<ArgBuffer>();
        buf->callee = callee;
        buf->pos = p->args;
        buf->pos.insert(buf->pos.end(), args.pos, args.pos + args.npos);
        for (std::size_t i = 0; i < p->kwNames.size(); ++i) {
            bool overridden = false;
            for (std::uint32_t k = 0; k < args.nkw; ++k)
                overridden |= args.kwNames[k] == p->kwNames[i];
            if (overridden) continue;
            buf->kwNames.push_back(p->kwNames[i]);
            buf->kwValues.push_back(p->kwValues[i]);
        }
        buf->kwNames.insert(buf->kwNames.end(), args.kwNames, args.kwNames + args.nkw);
        buf->kwValues.insert(buf->kwValues.end(), args.kwValues, args.kwValues + args.nkw);
        CallArgs a = buf->args();
        a.frame = caller;
        CallStart inner = callStart(p->function, a, caller);
        if (inner.finished()) return inner;
        return {Value(), keepAlive(std::move(buf), std::move(inner.pending))};
    }
    case Kind::StaticMethod: return callStart(callee.as<WrapperObject>()->function, args, caller);
    default: break;
    }
    typeError("'" + typeName(callee) + "' object is not callable");
}

Value Interp::runNested(Eval<Value> coro) {
    checkNativeStack("");
    NestedScope nested(*this);
    auto h = coro.handle();
    h.promise().m_task = m_loop.currentTask();
    h.promise().m_continuation = std::noop_coroutine();
    h.resume();
    if (!h.done())
        abort("internal error: code running under a builtin suspended its task; please report "
              "this script");
    return h.promise().take();
}

Value Interp::callSync(const Value& callee, CallArgs& args, Frame* caller) {
    CallStart s = callStart(callee, args, caller);
    if (s.finished()) return std::move(s.result);
    return runNested(std::move(s.pending));
}

Value Interp::call(const Value& callee, std::initializer_list<Value> pos) {
    CallArgs a;
    a.pos = pos.begin();
    a.npos = static_cast<std::uint32_t>(pos.size());
    return callSync(callee, a);
}

Value Interp::makeFunction(Frame& f, const ir::MakeFunction& m, std::vector<Value> defaults,
                           std::vector<Value> kwDefaults) {
    Ref<FunctionObject> fn(new FunctionObject(m.code, Ref<DictObject>(f.globals)));
    fn->defaults = std::move(defaults);
    fn->hasKwDefault.resize(kwDefaults.size());
    for (std::size_t i = 0; i < kwDefaults.size(); ++i)
        fn->hasKwDefault[i] = m.kwDefaults[i] != nullptr;
    fn->kwDefaults = std::move(kwDefaults);
    for (std::uint32_t slot : m.closure)
        fn->closure.emplace_back(f.slots[slot].as<CellObject>());
    return Value(fn);
}

void Interp::addArgument(const ir::Arguments& a, std::size_t index, bool keyword, Value v,
                         ArgBuffer& buf) {
    if (!keyword) {
        if (a.args[index]->op == ir::Op::Starred) {
            forEachItem(v, [&](const Value& item) {
                buf.pos.push_back(item);
                return true;
            });
            return;
        }
        buf.pos.push_back(std::move(v));
        return;
    }
    StrObject* name = a.kwNames[index];
    if (name) {
        buf.kwNames.push_back(name);
        buf.kwValues.push_back(std::move(v));
        return;
    }
    if (!v.is(Kind::Dict)) typeError("argument after ** must be a mapping, not " + typeName(v));
    auto* d = v.as<DictObject>();
    for (std::size_t i = d->nextLive(0); i < d->entries().size(); i = d->nextLive(i + 1)) {
        const auto& e = d->entries()[i];
        if (!e.key.is(Kind::Str)) typeError("keywords must be strings");
        StrObject* k = intern(e.key.as<StrObject>()->view());
        for (StrObject* existing : buf.kwNames)
            if (existing == k)
                typeError("got multiple values for keyword argument '" + k->str() + "'");
        buf.kwNames.push_back(k);
        buf.kwValues.push_back(e.value);
    }
}

void Interp::evalArguments(Frame& f, const ir::Arguments& a, ArgBuffer& buf) {
    for (std::size_t i = 0; i < a.args.size(); ++i) {
        const ir::Expr* e = a.args[i];
        if (a.simple) {
            buf.pos.push_back(eval(f, *e));
            continue;
        }
        Value v =
            eval(f, e->op == ir::Op::Starred ? *static_cast<const ir::Operand*>(e)->value : *e);
        addArgument(a, i, false, std::move(v), buf);
    }
    for (std::size_t i = 0; i < a.kwValues.size(); ++i)
        addArgument(a, i, true, eval(f, *a.kwValues[i]), buf);
}

CallStart Interp::startSimpleCall(Frame& f, const ir::Expr& e, ArgBuffer& buf) {
    CallArgs a;
    if (e.op == ir::Op::Call) {
        const auto& c = static_cast<const ir::Call&>(e);
        buf.callee = eval(f, *c.func);
        evalArguments(f, c.a, buf);
        a = buf.args();
    } else {
        const auto& c = static_cast<const ir::CallMethod&>(e);
        buf.self = eval(f, *c.object);
        bool passSelf = false;
        buf.callee = methodFor(buf.self, c.name, passSelf);
        evalArguments(f, c.a, buf);
        a = buf.args();
        if (passSelf) a.self = &buf.self;
    }
    a.frame = &f;
    return callStart(buf.callee, a, &f);
}

} // namespace coroscope::interp
