// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/runtime/dict_object.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace coroscope::interp {

// A class: a builtin type or a user class (single inheritance; a few
// builtin exception types have a second base, as ExceptionGroup does).
// Invariants: m_mro starts with this type and ends with `object`; m_dict
// holds the class attributes (for builtin types: their methods).
class TypeObject final : public GcObject {
public:
    TypeObject(std::string name, TypeObject* base, Kind instanceKind, bool builtin);
    ~TypeObject() override;

    const std::string& name() const { return m_name; }
    const std::string& qualname() const { return m_qualname; }
    void setQualname(std::string q) { m_qualname = std::move(q); }
    TypeObject* base() const { return m_base.get(); }
    const std::vector<TypeObject*>& mro() const { return m_mro; }
    DictObject& dict() { return *m_dict; }
    Kind instanceKind() const { return m_instanceKind; }
    bool builtin() const { return m_builtin; }
    bool isException() const { return m_isException; }
    void markExceptionRoot() { m_isException = true; }
    // Adds a base after the first (ExceptionGroup is an Exception too).
    void addSecondBase(TypeObject* base);

    bool isSubtypeOf(const TypeObject* t) const {
        if (t == this) return true;
        for (const TypeObject* m : m_mro)
            if (m == t) return true;
        return false;
    }
    // A class attribute through the MRO, or null.
    Value* lookup(StrObject* name) const;
    Value* lookup(std::string_view name) const;

    void clearRefs() override;

private:
    std::string m_name;
    std::string m_qualname;
    Ref<TypeObject> m_base;
    std::vector<TypeObject*> m_mro;
    Ref<DictObject> m_dict;
    Kind m_instanceKind;
    bool m_builtin;
    bool m_isException = false;
    std::size_t m_chargedBytes = 0; // what the MRO counts against the budget
};

// The builtin types of a run. One set per run: objects are reference counted
// without atomics, so runs on different threads share nothing.
struct Types {
    Types()
        : m_previous(t_current) {
        t_current = this;
    }
    ~Types() {
        // Builtin types go last; whatever they hold goes first.
        for (auto& t : all)
            t->clearRefs();
        interned.clear();
        all.clear();
        t_current = m_previous;
    }
    Types(const Types&) = delete;
    Types& operator=(const Types&) = delete;

    TypeObject* object = nullptr;
    TypeObject* type = nullptr;
    TypeObject* noneType = nullptr;
    TypeObject* boolType = nullptr;
    TypeObject* intType = nullptr;
    TypeObject* floatType = nullptr;
    TypeObject* str = nullptr;
    TypeObject* list = nullptr;
    TypeObject* tuple = nullptr;
    TypeObject* dict = nullptr;
    TypeObject* set = nullptr;
    TypeObject* frozenset = nullptr;
    TypeObject* range = nullptr;
    TypeObject* slice = nullptr;
    TypeObject* cell = nullptr;
    TypeObject* function = nullptr;
    TypeObject* builtinFunction = nullptr;
    TypeObject* method = nullptr;
    TypeObject* module = nullptr;
    TypeObject* coroutine = nullptr;
    TypeObject* generator = nullptr;
    TypeObject* asyncGenerator = nullptr;
    TypeObject* property = nullptr;
    TypeObject* staticmethod = nullptr;
    TypeObject* classmethod = nullptr;
    TypeObject* super = nullptr;
    TypeObject* ellipsis = nullptr;
    TypeObject* iterator = nullptr; // the builtin iterators (named per kind when made)

    // Exceptions
    TypeObject* BaseException = nullptr;
    TypeObject* Exception = nullptr;
    TypeObject* BaseExceptionGroup = nullptr;
    TypeObject* ExceptionGroup = nullptr;
    TypeObject* GeneratorExit = nullptr;
    TypeObject* KeyboardInterrupt = nullptr;
    TypeObject* SystemExit = nullptr;
    TypeObject* CancelledError = nullptr;
    TypeObject* ArithmeticError = nullptr;
    TypeObject* OverflowError = nullptr;
    TypeObject* ZeroDivisionError = nullptr;
    TypeObject* AssertionError = nullptr;
    TypeObject* AttributeError = nullptr;
    TypeObject* LookupError = nullptr;
    TypeObject* IndexError = nullptr;
    TypeObject* KeyError = nullptr;
    TypeObject* MemoryError = nullptr;
    TypeObject* NameError = nullptr;
    TypeObject* UnboundLocalError = nullptr;
    TypeObject* OSError = nullptr;
    TypeObject* ConnectionError = nullptr;
    TypeObject* TimeoutError = nullptr;
    TypeObject* RuntimeError = nullptr;
    TypeObject* NotImplementedError = nullptr;
    TypeObject* RecursionError = nullptr;
    TypeObject* StopIteration = nullptr;
    TypeObject* StopAsyncIteration = nullptr;
    TypeObject* TypeError = nullptr;
    TypeObject* ValueError = nullptr;
    TypeObject* ImportError = nullptr;
    TypeObject* ModuleNotFoundError = nullptr;
    TypeObject* InvalidStateError = nullptr;
    TypeObject* QueueEmpty = nullptr;
    TypeObject* QueueFull = nullptr;
    TypeObject* ThreadQueueEmpty = nullptr;
    TypeObject* ThreadQueueFull = nullptr;
    TypeObject* BrokenProcessPool = nullptr;
    TypeObject* FuturesCancelledError = nullptr;

    // Every exception class by name (builtins and asyncio's).
    std::unordered_map<std::string, TypeObject*> exceptions;
    // The types modules define (Task, Lock, Thread, ...), by a key of the
    // module's choosing, made on first use.
    std::unordered_map<std::string, TypeObject*> moduleTypes;
    TypeObject* moduleType(const std::string& key, const char* name, TypeObject* base = nullptr,
                           Kind kind = Kind::Other);
    // The builtin iterator types, by name ('list_iterator', 'zip', ...).
    std::unordered_map<std::string, TypeObject*> iteratorTypes;
    // Every builtin type, kept alive for the run.
    std::vector<Ref<TypeObject>> all;

    // Interned strings (keys view the strings they own), shared singletons,
    // and the numbers that stand for object identity in hash() and id():
    // given in order of first use, so that runs repeat exactly.
    std::unordered_map<std::string_view, Ref<StrObject>> interned;
    Value ellipsisObject;
    Value emptyTuple;
    std::unordered_map<const Object*, std::int64_t> identities;
    std::int64_t nextIdentity = 1;
    std::int64_t identityOf(const Object* o);

    TypeObject* make(std::string name, TypeObject* base, Kind kind);
    void init();

    static Types& current() { return *t_current; }
    static thread_local Types* t_current;

private:
    Types* m_previous;
};

inline Types& types() {
    return *Types::t_current;
}

// The type of any value, and its name as type(x).__name__ gives it.
TypeObject* typeOf(const Value& v);
const std::string& typeName(const Value& v);
bool isInstance(const Value& v, const TypeObject* t);

} // namespace coroscope::interp
