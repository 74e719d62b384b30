// SPDX-License-Identifier: MIT
#pragma once

#include "core/errors.h"
#include "script/interp/runtime/types.h"

#include <exception>
#include <string>
#include <vector>

namespace coroscope::interp {

namespace ir {
struct CodeInfo;
}

// An instance of BaseException or of a subclass (builtin or the script's).
// Invariants: m_args is never null; m_classRef keeps a user class alive.
class ExceptionObject final : public GcObject {
public:
    ExceptionObject(TypeObject* cls, Ref<TupleObject> args);

    TypeObject* cls() const { return m_type; }
    const Ref<TupleObject>& args() const { return m_args; }
    void setArgs(Ref<TupleObject> args) { m_args = std::move(args); }
    // Attributes a script sets on it (and those a user class's __init__ sets).
    DictObject& dict();
    bool hasDict() const { return bool(m_dict); }

    Value cause;
    Value context;
    bool suppressContext = false;
    // ExceptionGroup: its message and its exceptions (a tuple).
    Value groupMessage;
    Value groupExceptions;

    // Where it passed, innermost last (as Python prints them).
    struct TraceEntry {
        const ir::CodeInfo* code;
        std::uint32_t line;
    };
    std::vector<TraceEntry> traceback;
    // The frame (by serial number) that last logged it: an exception is
    // logged once per frame it arrives in, as CPython's PyTraceBack_Here
    // does; re-raising it in that frame logs nothing more.
    std::uint64_t loggedFrame = 0;

    void clearRefs() override;

private:
    Ref<TypeObject> m_classRef;
    Ref<TupleObject> m_args;
    Ref<DictObject> m_dict;
};

// What a C++ exception carrying a Python exception object offers; the two
// carriers below derive from it, so one catch finds either.
struct CarriesPyException {
    Ref<ExceptionObject> exception;
};

// A Python exception as a C++ exception core understands: its typeName is
// the nearest builtin class (core tells SystemExit and KeyboardInterrupt
// apart by name) and its repr is Python's.
class PyError final : public PythonError, public CarriesPyException {
public:
    explicit PyError(Ref<ExceptionObject> e);
    std::string_view typeName() const noexcept override;
    std::string repr() const override;
};

// A Python CancelledError: derives from core's, so that core catches it as
// a cancellation (TaskGroup, Condition, isCancelledError).
class PyCancelledError final : public CancelledError, public CarriesPyException {
public:
    explicit PyCancelledError(Ref<ExceptionObject> e);
    std::string repr() const override;
};

// Why a run stops (a step that never ends, too many tasks, too much
// memory): not a Python exception, so no `except` can catch it.
struct RunAborted {
    std::string message;
    std::uint32_t line;
};

Ref<ExceptionObject> newException(TypeObject* cls, std::vector<Value> args = {});
Ref<ExceptionObject> newException(TypeObject* cls, std::string message);
[[noreturn]] void raise(Ref<ExceptionObject> e);
[[noreturn]] void raiseNew(TypeObject* cls, std::string message);
[[noreturn]] void typeError(std::string message);
[[noreturn]] void valueError(std::string message);
[[noreturn]] void runtimeError(std::string message);
[[noreturn]] void indexError(std::string message);
[[noreturn]] void attributeError(std::string message);
[[noreturn]] void keyError(const Value& key);
[[noreturn]] void zeroDivisionError(std::string message);
[[noreturn]] void overflowError(std::string message);

// The Python exception a C++ exception stands for: the carried object, or a
// new object for one thrown by core (CancelledError, TimeoutError, ...),
// pylib (ValueError, ...) or the C++ library (MemoryError).
Ref<ExceptionObject> toPython(const std::exception_ptr& e);
// A C++ exception ending the run (RunAborted, the memory limit).
bool isAbort(const std::exception_ptr& e);
// The exception to throw for a Python exception object.
std::exception_ptr toCpp(Ref<ExceptionObject> e);

// str(e) and repr(e) of the builtin exception types.
std::string exceptionStr(ExceptionObject& e);
std::string exceptionRepr(ExceptionObject& e);
bool isExceptionClass(const Value& v);

} // namespace coroscope::interp
