// SPDX-License-Identifier: MIT
// repr(), str() and format() of every value, as CPython prints them.
#include "script/interp/eval/awaiting.h"
#include "script/interp/eval/interp.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/recursion.h"
#include "script/interp/runtime/set_object.h"
#include "script/pylib/float_text.h"
#include "script/pylib/format_spec.h"
#include "script/pylib/py_error.h"
#include "script/pylib/py_str.h"

#include <cstdint>
#include <cstdio>
#include <string_view>
#include <vector>

namespace coroscope::interp {

namespace {

// Objects whose repr is being made, so that a list containing itself prints
// [...] instead of recursing forever (CPython's Py_ReprEnter).
thread_local std::vector<const Object*> t_inRepr;

struct ReprGuard {
    bool entered = false;
    explicit ReprGuard(const Object* o) {
        for (const Object* p : t_inRepr)
            if (p == o) return;
        t_inRepr.push_back(o);
        entered = true;
    }
    ~ReprGuard() {
        if (entered) t_inRepr.pop_back();
    }
};

std::string address(const Object* o) {
    // A stable stand-in for the address CPython shows.
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x7f%010llx",
                  static_cast<unsigned long long>(types().identityOf(o)) * 0x40 + 0x1000);
    return buf;
}

// Appends a piece of a container's repr, or raises MemoryError first when
// the budget has no room for it: a list of one long string many times over
// would otherwise build a repr far past the budget before counting it.
void appendPiece(std::string& out, std::string_view piece) {
    pylib::checkResultBytes(static_cast<std::int64_t>(out.size() + piece.size()));
    out += piece;
}

std::string joined(const std::vector<Value>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        appendPiece(out, repr(items[i]));
    }
    return out;
}

std::string userRepr(const Value& v, const char* dunderName) {
    Value* fn = v.obj()->type()->lookup(dunderName);
    if (!fn || fn->is(Kind::Native)) return {};
    Value r = interp().call(*fn, {v});
    if (!r.is(Kind::Str))
        typeError(std::string(dunderName) + " returned non-string (type " + typeName(r) + ")");
    return r.as<StrObject>()->str();
}

std::string className(const TypeObject* t) {
    return t->builtin() ? t->name() : "__main__." + t->qualname();
}

} // namespace

std::string callableName(const Value& fn, std::string otherwise) {
    if (fn.is(Kind::Function)) return fn.as<FunctionObject>()->code()->qualname->str();
    if (fn.is(Kind::Native)) return fn.as<NativeFunction>()->name();
    return otherwise;
}

std::string repr(const Value& v) {
    switch (v.tag()) {
    case Value::Tag::None:
    case Value::Tag::Unbound: return "None";
    case Value::Tag::Bool: return v.asBool() ? "True" : "False";
    case Value::Tag::Int: return pylib::reprInt(v.asInt());
    case Value::Tag::Float: return pylib::reprFloat(v.asFloat());
    case Value::Tag::Object: break;
    }
    Object* o = v.obj();
    if (o->kind() == Kind::Str) return pylib::reprStr(v.as<StrObject>()->view());
    // PyObject_Repr's level: a container's items, a user's __repr__.
    RecursionGuard guard(kWhileRepr);
    switch (o->kind()) {
    case Kind::List: {
        ReprGuard g(o);
        if (!g.entered) return "[...]";
        return "[" + joined(v.as<ListObject>()->items()) + "]";
    }
    case Kind::Tuple: {
        ReprGuard g(o);
        if (!g.entered) return "(...)";
        const auto& items = v.as<TupleObject>()->items();
        if (items.size() == 1) return "(" + repr(items[0]) + ",)";
        return "(" + joined(items) + ")";
    }
    case Kind::Dict: {
        ReprGuard g(o);
        if (!g.entered) return "{...}";
        auto* d = v.as<DictObject>();
        std::string out = "{";
        bool first = true;
        for (std::size_t i = d->nextLive(0); i < d->entries().size(); i = d->nextLive(i + 1)) {
            if (!first) out += ", ";
            first = false;
            appendPiece(out, repr(d->entries()[i].key));
            out += ": ";
            appendPiece(out, repr(d->entries()[i].value));
        }
        return out + "}";
    }
    case Kind::Set: {
        auto* s = v.as<SetObject>();
        ReprGuard g(o);
        if (!g.entered) return s->frozen() ? "frozenset(...)" : "set(...)";
        if (s->size() == 0) return s->frozen() ? "frozenset()" : "set()";
        std::vector<Value> items;
        for (std::size_t i = s->nextActive(0); i < s->slots().size(); i = s->nextActive(i + 1))
            items.push_back(s->slots()[i].key);
        std::string body = "{" + joined(items) + "}";
        return s->frozen() ? "frozenset(" + body + ")" : body;
    }
    case Kind::Range: {
        auto* r = v.as<RangeObject>();
        std::string out = "range(" + std::to_string(r->start()) + ", " + std::to_string(r->stop());
        if (r->step() != 1) out += ", " + std::to_string(r->step());
        return out + ")";
    }
    case Kind::Slice: {
        auto* s = v.as<SliceObject>();
        return "slice(" + repr(s->start) + ", " + repr(s->stop) + ", " + repr(s->step) + ")";
    }
    case Kind::Type: return "<class '" + className(v.as<TypeObject>()) + "'>";
    case Kind::Exception: {
        std::string user = userRepr(v, "__repr__");
        if (!user.empty()) return user;
        return exceptionRepr(*v.as<ExceptionObject>());
    }
    case Kind::Function:
        return "<function " + v.as<FunctionObject>()->code()->qualname->str() + " at " +
               address(o) + ">";
    case Kind::Native: {
        auto* n = v.as<NativeFunction>();
        if (n->owner())
            return "<method '" + std::string(n->name()) + "' of '" + n->owner()->name() +
                   "' objects>";
        return "<built-in function " + std::string(n->name()) + ">";
    }
    case Kind::BoundMethod: {
        auto* b = v.as<BoundMethod>();
        if (b->function.is(Kind::Native))
            return "<built-in method " + std::string(b->function.as<NativeFunction>()->name()) +
                   " of " + typeName(b->self) + " object at " + address(b->self.obj()) + ">";
        std::string name = b->function.is(Kind::Function)
                               ? b->function.as<FunctionObject>()->code()->qualname->str()
                               : "?";
        return "<bound method " + name + " of " + repr(b->self) + ">";
    }
    case Kind::Module: return "<module '" + v.as<ModuleObject>()->name() + "' (built-in)>";
    case Kind::Coroutine:
        return "<coroutine object " + v.as<CoroutineObject>()->qualname()->str() + " at " +
               address(o) + ">";
    case Kind::Awaitable: return "<coroutine object sleep at " + address(o) + ">";
    case Kind::Generator:
    case Kind::AsyncGenerator:
        return std::string(o->kind() == Kind::Generator ? "<generator" : "<async_generator") +
               " object " + v.as<GeneratorObject>()->qualname()->str() + " at " + address(o) + ">";
    case Kind::Cell: return "<cell at " + address(o) + ">";
    case Kind::Instance:
    case Kind::Other:
    case Kind::Future: {
        std::string user = userRepr(v, "__repr__");
        if (!user.empty()) return user;
        if (o->kind() == Kind::Other && o->type() == types().ellipsis) return "Ellipsis";
        return "<" + className(o->type()) + " object at " + address(o) + ">";
    }
    default: return "<" + className(o->type()) + " object at " + address(o) + ">";
    }
}

std::string str(const Value& v) {
    if (v.is(Kind::Str)) return v.as<StrObject>()->str();
    if (!v.isObject()) return repr(v);
    // PyObject_Str's level.
    RecursionGuard guard(kWhileStr);
    if (v.is(Kind::Exception)) {
        std::string user = userRepr(v, "__str__");
        if (!user.empty()) return user;
        return exceptionStr(*v.as<ExceptionObject>());
    }
    if (v.isObject() && (v.obj()->kind() == Kind::Instance || v.obj()->kind() == Kind::Other ||
                         v.obj()->kind() == Kind::Future)) {
        std::string user = userRepr(v, "__str__");
        if (!user.empty()) return user;
    }
    return repr(v);
}

std::string format(const Value& v, std::string_view spec) {
    if (v.isBool()) {
        if (spec.empty()) return v.asBool() ? "True" : "False";
        return pylib::formatInt(v.asInt(), spec, "bool");
    }
    if (v.isInt()) return pylib::formatInt(v.asInt(), spec);
    if (v.isFloat()) return pylib::formatFloat(v.asFloat(), spec);
    if (v.is(Kind::Str)) return pylib::formatStr(v.as<StrObject>()->view(), spec);
    if (v.is(Kind::Instance))
        if (Value* fn = v.obj()->type()->lookup("__format__")) {
            Value r = interp().call(*fn, {v, strValue(std::string(spec))});
            if (!r.is(Kind::Str)) typeError("__format__ must return a str, not " + typeName(r));
            return r.as<StrObject>()->str();
        }
    if (spec.empty()) {
        // object.__format__, a builtin method, is called, then str().
        if (v.isObject()) {
            RecursionGuard guard(kWhileCalling);
            return str(v);
        }
        return str(v);
    }
    typeError("unsupported format string passed to " + typeName(v) + ".__format__");
}

} // namespace coroscope::interp
