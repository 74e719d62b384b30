// SPDX-License-Identifier: MIT
#include "script/interp/runtime/types.h"

#include <algorithm>

namespace coroscope::interp {

thread_local Types* Types::t_current = nullptr;

TypeObject::TypeObject(std::string name, TypeObject* base, Kind instanceKind, bool builtin)
    : GcObject(Types::t_current ? Types::t_current->type : nullptr, Kind::Type)
    , m_name(name)
    , m_qualname(std::move(name))
    , m_base(base)
    , m_dict(newDict())
    , m_instanceKind(instanceKind)
    , m_builtin(builtin) {
    // A class's MRO is a copy of its base's and one more: a hierarchy n
    // deep holds n * n / 2 entries, counted as CPython's tuples would be.
    if (!builtin) {
        m_chargedBytes = ((base ? base->m_mro.size() : 0) + 1) * sizeof(TypeObject*);
        Heap::current().grow(m_chargedBytes);
    }
    m_mro.push_back(this);
    if (base) {
        for (TypeObject* t : base->m_mro)
            m_mro.push_back(t);
        m_isException = base->m_isException;
    }
}

TypeObject::~TypeObject() {
    Heap::current().shrink(m_chargedBytes);
}

void TypeObject::addSecondBase(TypeObject* base) {
    // Only for builtin exception groups: insert the second base's chain
    // before `object`, skipping what is already there.
    TypeObject* object = m_mro.back();
    m_mro.pop_back();
    for (TypeObject* t : base->m_mro)
        if (t != object && std::find(m_mro.begin(), m_mro.end(), t) == m_mro.end())
            m_mro.push_back(t);
    m_mro.push_back(object);
}

Value* TypeObject::lookup(StrObject* name) const {
    for (TypeObject* t : m_mro)
        if (t->m_dict)
            if (Value* v = t->m_dict->findStr(name)) return v;
    return nullptr;
}

Value* TypeObject::lookup(std::string_view name) const {
    return lookup(intern(name));
}

void TypeObject::clearRefs() {
    if (m_dict) m_dict->clear();
    if (!m_builtin) {
        m_base = nullptr;
        m_mro.resize(1);
    }
}

TypeObject* Types::make(std::string name, TypeObject* base, Kind kind) {
    Ref<TypeObject> t(new TypeObject(std::move(name), base, kind, true));
    all.push_back(t);
    return t.get();
}

TypeObject* Types::moduleType(const std::string& key, const char* name, TypeObject* base,
                              Kind kind) {
    auto it = moduleTypes.find(key);
    if (it != moduleTypes.end()) return it->second;
    TypeObject* t = make(name, base ? base : object, kind);
    moduleTypes[key] = t;
    return t;
}

std::int64_t Types::identityOf(const Object* o) {
    auto [it, added] = identities.emplace(o, nextIdentity);
    if (added) ++nextIdentity;
    return it->second;
}

void Types::init() {
    // object and type refer to each other: make them, then tie the knot.
    object = make("object", nullptr, Kind::Instance);
    type = make("type", object, Kind::Type);
    object->setType(type);
    type->setType(type);
    auto builtin = [&](const char* n, Kind k) { return make(n, object, k); };
    noneType = builtin("NoneType", Kind::Other);
    intType = builtin("int", Kind::Other);
    boolType = make("bool", intType, Kind::Other);
    floatType = builtin("float", Kind::Other);
    str = builtin("str", Kind::Str);
    list = builtin("list", Kind::List);
    tuple = builtin("tuple", Kind::Tuple);
    dict = builtin("dict", Kind::Dict);
    for (auto& t : all) // their namespaces were made before `dict` was
        t->dict().setType(dict);
    set = builtin("set", Kind::Set);
    frozenset = builtin("frozenset", Kind::Set);
    range = builtin("range", Kind::Range);
    slice = builtin("slice", Kind::Slice);
    cell = builtin("cell", Kind::Cell);
    function = builtin("function", Kind::Function);
    builtinFunction = builtin("builtin_function_or_method", Kind::Native);
    method = builtin("method", Kind::BoundMethod);
    module = builtin("module", Kind::Module);
    coroutine = builtin("coroutine", Kind::Coroutine);
    generator = builtin("generator", Kind::Generator);
    asyncGenerator = builtin("async_generator", Kind::AsyncGenerator);
    property = builtin("property", Kind::Property);
    staticmethod = builtin("staticmethod", Kind::StaticMethod);
    classmethod = builtin("classmethod", Kind::ClassMethod);
    super = builtin("super", Kind::Super);
    ellipsis = builtin("ellipsis", Kind::Other);
    iterator = builtin("iterator", Kind::Iterator);

    auto exc = [&](const char* n, TypeObject* base) {
        TypeObject* t = make(n, base, Kind::Exception);
        exceptions[n] = t;
        return t;
    };
    BaseException = make("BaseException", object, Kind::Exception);
    exceptions["BaseException"] = BaseException;
    BaseException->markExceptionRoot(); // subclasses inherit the flag
    Exception = exc("Exception", BaseException);
    BaseExceptionGroup = exc("BaseExceptionGroup", BaseException);
    ExceptionGroup = exc("ExceptionGroup", BaseExceptionGroup);
    ExceptionGroup->addSecondBase(Exception);
    GeneratorExit = exc("GeneratorExit", BaseException);
    KeyboardInterrupt = exc("KeyboardInterrupt", BaseException);
    SystemExit = exc("SystemExit", BaseException);
    CancelledError = exc("CancelledError", BaseException);
    ArithmeticError = exc("ArithmeticError", Exception);
    OverflowError = exc("OverflowError", ArithmeticError);
    ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError);
    exc("FloatingPointError", ArithmeticError);
    AssertionError = exc("AssertionError", Exception);
    AttributeError = exc("AttributeError", Exception);
    exc("BufferError", Exception);
    exc("EOFError", Exception);
    ImportError = exc("ImportError", Exception);
    ModuleNotFoundError = exc("ModuleNotFoundError", ImportError);
    LookupError = exc("LookupError", Exception);
    IndexError = exc("IndexError", LookupError);
    KeyError = exc("KeyError", LookupError);
    MemoryError = exc("MemoryError", Exception);
    NameError = exc("NameError", Exception);
    UnboundLocalError = exc("UnboundLocalError", NameError);
    OSError = exc("OSError", Exception);
    exceptions["IOError"] = OSError;
    exceptions["EnvironmentError"] = OSError;
    exc("BlockingIOError", OSError);
    exc("ChildProcessError", OSError);
    ConnectionError = exc("ConnectionError", OSError);
    exc("BrokenPipeError", ConnectionError);
    exc("ConnectionAbortedError", ConnectionError);
    exc("ConnectionRefusedError", ConnectionError);
    exc("ConnectionResetError", ConnectionError);
    exc("FileExistsError", OSError);
    exc("FileNotFoundError", OSError);
    exc("InterruptedError", OSError);
    exc("IsADirectoryError", OSError);
    exc("NotADirectoryError", OSError);
    exc("PermissionError", OSError);
    exc("ProcessLookupError", OSError);
    TimeoutError = exc("TimeoutError", OSError);
    exc("ReferenceError", Exception);
    RuntimeError = exc("RuntimeError", Exception);
    NotImplementedError = exc("NotImplementedError", RuntimeError);
    RecursionError = exc("RecursionError", RuntimeError);
    StopAsyncIteration = exc("StopAsyncIteration", Exception);
    StopIteration = exc("StopIteration", Exception);
    exc("SyntaxError", Exception);
    exc("SystemError", Exception);
    TypeError = exc("TypeError", Exception);
    ValueError = exc("ValueError", Exception);
    exc("UnicodeError", ValueError);
    TypeObject* warning = exc("Warning", Exception);
    exc("UserWarning", warning);
    exc("DeprecationWarning", warning);
    exc("RuntimeWarning", warning);

    // asyncio's, queue's and concurrent.futures' own (not builtins).
    InvalidStateError = make("InvalidStateError", Exception, Kind::Exception);
    QueueEmpty = make("QueueEmpty", Exception, Kind::Exception);
    QueueFull = make("QueueFull", Exception, Kind::Exception);
    ThreadQueueEmpty = make("Empty", Exception, Kind::Exception);
    ThreadQueueFull = make("Full", Exception, Kind::Exception);
    BrokenProcessPool = make("BrokenProcessPool", RuntimeError, Kind::Exception);
    FuturesCancelledError = make("CancelledError", Exception, Kind::Exception);
}

TypeObject* typeOf(const Value& v) {
    Types& t = types();
    switch (v.tag()) {
    case Value::Tag::None:
    case Value::Tag::Unbound: return t.noneType;
    case Value::Tag::Bool: return t.boolType;
    case Value::Tag::Int: return t.intType;
    case Value::Tag::Float: return t.floatType;
    case Value::Tag::Object: return v.obj()->type();
    }
    return t.object;
}

const std::string& typeName(const Value& v) {
    return typeOf(v)->name();
}

bool isInstance(const Value& v, const TypeObject* t) {
    return typeOf(v)->isSubtypeOf(t);
}

} // namespace coroscope::interp
