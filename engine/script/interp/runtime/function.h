// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/eval/eval_coro.h"
#include "script/interp/lower/ir.h"
#include "script/interp/runtime/exceptions.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace coroscope::interp {

// The arguments of a call as a callee sees them: positional values, then
// keyword names and values (after *args and **kwargs were expanded), and
// for a method the receiver apart.
struct CallArgs {
    const Value* self = nullptr; // the receiver of a bound method, or null
    const Value* pos = nullptr;
    std::uint32_t npos = 0;
    StrObject* const* kwNames = nullptr;
    const Value* kwValues = nullptr;
    std::uint32_t nkw = 0;
    const Value* data = nullptr;   // a native function's own data
    const char* name = "";         // the callee, for error messages
    struct Frame* frame = nullptr; // the calling frame (super() reads it)
    // A consuming builtin called through its collecting variant: the plain
    // native to call once the iterables are collected.
    Value (*plain)(CallArgs&) = nullptr;

    std::size_t size() const { return npos; }
    const Value& operator[](std::size_t i) const { return pos[i]; }
    // The keyword argument of that name, or null (str.format looks its
    // fields up by name; natives bind their parameters with a Signature).
    const Value* kw(std::string_view keyword) const;
};

// Storage for the arguments a call site builds: small calls need no heap.
class ArgBuffer {
public:
    Value callee;
    Value self; // the receiver of obj.method(...)
    std::vector<Value> pos;
    std::vector<StrObject*> kwNames;
    std::vector<Value> kwValues;
    void clear() {
        pos.clear();
        kwNames.clear();
        kwValues.clear();
    }
    CallArgs args(const char* name = "") const {
        CallArgs a;
        a.pos = pos.data();
        a.npos = static_cast<std::uint32_t>(pos.size());
        a.kwNames = kwNames.data();
        a.kwValues = kwValues.data();
        a.nkw = static_cast<std::uint32_t>(kwNames.size());
        a.name = name;
        return a;
    }
};

using NativePlain = Value (*)(CallArgs&);
// A native that may block its thread (time.sleep, Thread.join, ...). It
// takes the arguments by value: what they point to lives in the caller's
// frame, which awaits the native at once.
using NativeBlocking = Eval<Value> (*)(CallArgs);

// A function written in C++. A method of a builtin type takes its receiver
// as `self` (when called unbound, the first argument becomes the receiver).
class NativeFunction final : public GcObject {
public:
    NativeFunction(const char* name, NativePlain plain, NativeBlocking blocking, Value data,
                   TypeObject* owner);
    const char* name() const { return m_name; }
    NativePlain plain() const { return m_plain; }
    NativeBlocking blocking() const { return m_blocking; }
    const Value& data() const { return m_data; }
    TypeObject* owner() const { return m_owner; } // for a method: its type
    void clearRefs() override { m_data = Value(); }

private:
    const char* m_name;
    NativePlain m_plain;
    NativeBlocking m_blocking;
    Value m_data;
    TypeObject* m_owner;
};

Ref<NativeFunction> newNative(const char* name, NativePlain fn, Value data = {});
Ref<NativeFunction> newBlockingNative(const char* name, NativeBlocking fn, Value data = {});
// Adds a method to a builtin type.
void addMethod(TypeObject* type, const char* name, NativePlain fn);
void addBlockingMethod(TypeObject* type, const char* name, NativeBlocking fn);

// A function written in Python (def, lambda).
class FunctionObject final : public GcObject {
public:
    FunctionObject(const ir::CodeInfo* code, Ref<DictObject> globals);
    const ir::CodeInfo* code() const { return m_code; }
    DictObject& globals() { return *m_globals; }
    std::vector<Value> defaults;   // of the last positional parameters
    std::vector<Value> kwDefaults; // one per keyword-only parameter (None-tagged: none)
    std::vector<bool> hasKwDefault;
    std::vector<Ref<CellObject>> closure;
    TypeObject* definingClass = nullptr; // for super(): the class whose body made it
    Ref<DictObject> attributes;          // attributes a script sets on it
    void clearRefs() override;

private:
    const ir::CodeInfo* m_code;
    Ref<DictObject> m_globals;
};

// obj.method: the receiver and the function.
class BoundMethod final : public GcObject {
public:
    BoundMethod(Value self, Value function);
    Value self;
    Value function;
    void clearRefs() override { self = function = Value(); }
};

// An instance of a user class.
class InstanceObject final : public GcObject {
public:
    explicit InstanceObject(TypeObject* cls);
    DictObject& dict() { return *m_dict; }
    void clearRefs() override;

private:
    Ref<TypeObject> m_classRef;
    Ref<DictObject> m_dict;
};

class ModuleObject final : public GcObject {
public:
    explicit ModuleObject(std::string name);
    const std::string& name() const { return m_name; }
    DictObject& dict() { return *m_dict; }
    void clearRefs() override { m_dict->clear(); }

private:
    std::string m_name;
    Ref<DictObject> m_dict;
};

// property, staticmethod, classmethod.
class PropertyObject final : public GcObject {
public:
    PropertyObject();
    Value getter, setter, deleter;
    void clearRefs() override { getter = setter = deleter = Value(); }
};
class WrapperObject final : public GcObject {
public:
    WrapperObject(TypeObject* type, Kind kind, Value function);
    Value function;
    void clearRefs() override { function = Value(); }
};
// functools.partial(func, *args, **kwargs).
class PartialObject final : public GcObject {
public:
    PartialObject(Value function, std::vector<Value> args, std::vector<StrObject*> kwNames,
                  std::vector<Value> kwValues);
    Value function;
    std::vector<Value> args;
    std::vector<StrObject*> kwNames;
    std::vector<Value> kwValues;
    void clearRefs() override {
        function = Value();
        args.clear();
        kwValues.clear();
    }
};

// super(): attribute lookup starts after `start` in the MRO of self's type.
class SuperObject final : public GcObject {
public:
    SuperObject(TypeObject* start, Value self);
    TypeObject* start;
    Value self;
    void clearRefs() override { self = Value(); }
};

} // namespace coroscope::interp
