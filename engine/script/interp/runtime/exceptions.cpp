// SPDX-License-Identifier: MIT
#include "script/interp/runtime/exceptions.h"

#include "script/interp/ops/ops.h"
#include "script/pylib/py_error.h"

#include <new>
#include <stdexcept>

namespace coroscope::interp {

ExceptionObject::ExceptionObject(TypeObject* cls, Ref<TupleObject> args)
    : GcObject(cls, Kind::Exception)
    , m_args(args ? std::move(args) : newTuple()) {
    if (!cls->builtin()) m_classRef = Ref<TypeObject>(cls);
}

DictObject& ExceptionObject::dict() {
    if (!m_dict) m_dict = newDict();
    return *m_dict;
}

void ExceptionObject::clearRefs() {
    cause = context = groupMessage = groupExceptions = Value();
    m_args = newTuple();
    if (m_dict) m_dict->clear();
    traceback.clear();
}

namespace {

// The first builtin class on the exception's MRO.
const TypeObject* builtinBase(const ExceptionObject& e) {
    for (const TypeObject* t : e.cls()->mro())
        if (t->builtin()) return t;
    return e.cls();
}

std::string messageFor(ExceptionObject& e) {
    try {
        return exceptionStr(e);
    } catch (...) {
        return std::string();
    }
}

} // namespace

PyError::PyError(Ref<ExceptionObject> e)
    : PythonError(messageFor(*e))
    , CarriesPyException{std::move(e)} {}

std::string_view PyError::typeName() const noexcept {
    return builtinBase(*CarriesPyException::exception)->name();
}

std::string PyError::repr() const {
    return exceptionRepr(*CarriesPyException::exception);
}

PyCancelledError::PyCancelledError(Ref<ExceptionObject> e)
    : CancelledError(messageFor(*e))
    , CarriesPyException{std::move(e)} {}

std::string PyCancelledError::repr() const {
    return exceptionRepr(*CarriesPyException::exception);
}

Ref<ExceptionObject> newException(TypeObject* cls, std::vector<Value> args) {
    return Ref<ExceptionObject>(new ExceptionObject(cls, newTuple(std::move(args))));
}

Ref<ExceptionObject> newException(TypeObject* cls, std::string message) {
    std::vector<Value> args;
    args.push_back(strValue(std::move(message)));
    return newException(cls, std::move(args));
}

std::exception_ptr toCpp(Ref<ExceptionObject> e) {
    if (e->cls()->isSubtypeOf(types().CancelledError))
        return std::make_exception_ptr(PyCancelledError(std::move(e)));
    return std::make_exception_ptr(PyError(std::move(e)));
}

void raise(Ref<ExceptionObject> e) {
    if (e->cls()->isSubtypeOf(types().CancelledError)) throw PyCancelledError(std::move(e));
    throw PyError(std::move(e));
}

void raiseNew(TypeObject* cls, std::string message) {
    raise(newException(cls, std::move(message)));
}
void typeError(std::string message) {
    raiseNew(types().TypeError, std::move(message));
}
void valueError(std::string message) {
    raiseNew(types().ValueError, std::move(message));
}
void runtimeError(std::string message) {
    raiseNew(types().RuntimeError, std::move(message));
}
void indexError(std::string message) {
    raiseNew(types().IndexError, std::move(message));
}
void attributeError(std::string message) {
    raiseNew(types().AttributeError, std::move(message));
}
void zeroDivisionError(std::string message) {
    raiseNew(types().ZeroDivisionError, std::move(message));
}
void overflowError(std::string message) {
    raiseNew(types().OverflowError, std::move(message));
}
void keyError(const Value& key) {
    raise(newException(types().KeyError, std::vector<Value>{key}));
}

namespace {

TypeObject* classForCore(std::string_view name) {
    Types& t = types();
    if (name == "CancelledError") return t.CancelledError;
    if (name == "TimeoutError") return t.TimeoutError;
    if (name == "InvalidStateError") return t.InvalidStateError;
    if (name == "QueueEmpty") return t.QueueEmpty;
    if (name == "QueueFull") return t.QueueFull;
    if (name == "ValueError") return t.ValueError;
    auto it = t.exceptions.find(std::string(name));
    return it != t.exceptions.end() ? it->second : t.RuntimeError;
}

TypeObject* classForPylib(pylib::ErrorKind kind) {
    Types& t = types();
    switch (kind) {
    case pylib::ErrorKind::ValueError: return t.ValueError;
    case pylib::ErrorKind::TypeError: return t.TypeError;
    case pylib::ErrorKind::OverflowError: return t.OverflowError;
    case pylib::ErrorKind::ZeroDivisionError: return t.ZeroDivisionError;
    case pylib::ErrorKind::IndexError: return t.IndexError;
    case pylib::ErrorKind::MemoryError: return t.MemoryError;
    }
    return t.ValueError;
}

} // namespace

Ref<ExceptionObject> toPython(const std::exception_ptr& e) {
    try {
        std::rethrow_exception(e);
    } catch (const CarriesPyException& c) {
        return c.exception;
    } catch (const coroscope::ExceptionGroup& g) {
        std::vector<Value> subs;
        for (const auto& sub : g.exceptions())
            subs.push_back(Value(toPython(sub)));
        bool base = g.typeName() == "BaseExceptionGroup";
        auto obj = newException(base ? types().BaseExceptionGroup : types().ExceptionGroup,
                                std::vector<Value>{strValue(g.message()), Value(newList(subs))});
        obj->groupMessage = strValue(g.message());
        obj->groupExceptions = Value(newTuple(std::move(subs)));
        return obj;
    } catch (const PythonError& p) {
        TypeObject* cls = classForCore(p.typeName());
        return p.hasArgs() ? newException(cls, p.message()) : newException(cls);
    } catch (const pylib::Error& p) {
        // A failed allocation has no message: MemoryError(), as in CPython.
        if (p.kind() == pylib::ErrorKind::MemoryError && !*p.message())
            return newException(types().MemoryError);
        return newException(classForPylib(p.kind()), std::string(p.message()));
    } catch (const std::bad_alloc&) {
        return newException(types().MemoryError);
    } catch (const std::length_error&) {
        // A container asked for more than it can ever hold: CPython's
        // allocation fails the same way.
        return newException(types().MemoryError);
    } catch (const std::exception& x) {
        return newException(types().RuntimeError, std::string("internal error: ") + x.what());
    } catch (...) {
        return newException(types().RuntimeError, "internal error: unknown exception");
    }
}

bool isAbort(const std::exception_ptr& e) {
    try {
        std::rethrow_exception(e);
    } catch (const RunAborted&) {
        return true;
    } catch (const MemoryLimitExceeded&) {
        return true;
    } catch (...) {
        return false;
    }
}

bool isExceptionClass(const Value& v) {
    return v.is(Kind::Type) && v.as<TypeObject>()->isException();
}

std::string exceptionStr(ExceptionObject& e) {
    Types& t = types();
    if (e.cls()->isSubtypeOf(t.BaseExceptionGroup) && !e.groupMessage.isNone()) {
        std::size_t n =
            e.groupExceptions.is(Kind::Tuple) ? e.groupExceptions.as<TupleObject>()->size() : 0;
        return str(e.groupMessage) + " (" + std::to_string(n) + " sub-exception" +
               (n == 1 ? "" : "s") + ")";
    }
    const auto& args = e.args()->items();
    if (args.empty()) return std::string();
    if (args.size() == 1) {
        if (e.cls()->isSubtypeOf(t.KeyError)) return repr(args[0]);
        return str(args[0]);
    }
    return repr(Value(e.args()));
}

std::string exceptionRepr(ExceptionObject& e) {
    const auto& args = e.args()->items();
    std::string out = e.cls()->name() + "(";
    if (e.cls()->isSubtypeOf(types().BaseExceptionGroup) && !e.groupMessage.isNone()) {
        std::string subs;
        if (e.groupExceptions.is(Kind::Tuple)) {
            for (const Value& s : e.groupExceptions.as<TupleObject>()->items()) {
                if (!subs.empty()) subs += ", ";
                subs += repr(s);
            }
        }
        return out + repr(e.groupMessage) + ", [" + subs + "])";
    }
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (i) out += ", ";
        out += repr(args[i]);
    }
    return out + ")";
}

} // namespace coroscope::interp
