// SPDX-License-Identifier: MIT
#include "script/interp/runtime/function.h"

#include <string>

namespace coroscope::interp {

const Value* CallArgs::kw(std::string_view keyword) const {
    for (std::uint32_t i = 0; i < nkw; ++i)
        if (kwNames[i]->view() == keyword) return &kwValues[i];
    return nullptr;
}

NativeFunction::NativeFunction(const char* name, NativePlain plainFn, NativeBlocking blockingFn,
                               Value data, TypeObject* owner)
    : GcObject(types().builtinFunction, Kind::Native)
    , m_name(name)
    , m_plain(plainFn)
    , m_blocking(blockingFn)
    , m_data(std::move(data))
    , m_owner(owner) {}

Ref<NativeFunction> newNative(const char* name, NativePlain fn, Value data) {
    return Ref<NativeFunction>(new NativeFunction(name, fn, nullptr, std::move(data), nullptr));
}

Ref<NativeFunction> newBlockingNative(const char* name, NativeBlocking fn, Value data) {
    return Ref<NativeFunction>(new NativeFunction(name, nullptr, fn, std::move(data), nullptr));
}

void addMethod(TypeObject* type, const char* name, NativePlain fn) {
    type->dict().setStr(
        name, Value(Ref<NativeFunction>(new NativeFunction(name, fn, nullptr, Value(), type))));
}

void addBlockingMethod(TypeObject* type, const char* name, NativeBlocking fn) {
    type->dict().setStr(
        name, Value(Ref<NativeFunction>(new NativeFunction(name, nullptr, fn, Value(), type))));
}

FunctionObject::FunctionObject(const ir::CodeInfo* code, Ref<DictObject> globals)
    : GcObject(types().function, Kind::Function)
    , m_code(code)
    , m_globals(std::move(globals)) {}

void FunctionObject::clearRefs() {
    defaults.clear();
    kwDefaults.clear();
    closure.clear();
    attributes = nullptr;
    m_globals = newDict();
}

BoundMethod::BoundMethod(Value s, Value f)
    : GcObject(types().method, Kind::BoundMethod)
    , self(std::move(s))
    , function(std::move(f)) {}

InstanceObject::InstanceObject(TypeObject* cls)
    : GcObject(cls, Kind::Instance)
    , m_classRef(cls)
    , m_dict(newDict()) {}

void InstanceObject::clearRefs() {
    m_dict->clear();
}

ModuleObject::ModuleObject(std::string name)
    : GcObject(types().module, Kind::Module)
    , m_name(std::move(name))
    , m_dict(newDict()) {
    m_dict->setStr("__name__", strValue(m_name));
}

PropertyObject::PropertyObject()
    : GcObject(types().property, Kind::Property) {}

WrapperObject::WrapperObject(TypeObject* type, Kind kind, Value f)
    : GcObject(type, kind)
    , function(std::move(f)) {}

PartialObject::PartialObject(Value f, std::vector<Value> a, std::vector<StrObject*> n,
                             std::vector<Value> v)
    : GcObject(types().moduleType("functools.partial", "partial"), Kind::Partial)
    , function(std::move(f))
    , args(std::move(a))
    , kwNames(std::move(n))
    , kwValues(std::move(v)) {}

SuperObject::SuperObject(TypeObject* s, Value self_)
    : GcObject(types().super, Kind::Super)
    , start(s)
    , self(std::move(self_)) {}

} // namespace coroscope::interp
