// SPDX-License-Identifier: MIT
// The constructors of the builtin types (int(), str(), list(), dict(), ...
// and the exceptions), kept as each type's __new__, and the builtins
// namespace entries for the types.
#include "script/interp/builtins/builtins.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/iter.h"
#include "script/interp/runtime/set_object.h"
#include "script/pylib/numeric.h"

namespace coroscope::interp {

namespace {

TypeObject* selfType(CallArgs& a) {
    return a.self->as<TypeObject>();
}

Value newObject(CallArgs& a) {
    bindBuiltin<"object()">(a);
    return Value(Ref<InstanceObject>(new InstanceObject(types().object)));
}

Value newType(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"type(object_or_name, bases=?, dict=?, /)">(a);
    if (!b[1]) return Value(typeOf(*b[0]));
    typeError("type() with three arguments (making a class) is not supported; write a class "
              "statement");
}

Value newInt(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"int(x=?, /, base=?)">(a);
    const Value* base = b[1];
    if (!b[0]) {
        // CPython's own check, not one of binding: int(base=2) has nothing to parse.
        if (base) typeError("int() missing string argument");
        return Value::integer(0);
    }
    const Value& v = *b[0];
    if (base) {
        if (!v.is(Kind::Str)) typeError("int() can't convert non-string with explicit base");
        auto r =
            pylib::parseInt(v.as<StrObject>()->view(), static_cast<int>(intArg(*base, "base")));
        if (!r) overflowError("integer overflow: Coroscope's integers have 64 bits");
        return Value::integer(*r);
    }
    if (v.isIntLike()) return Value::integer(v.asInt());
    if (v.isFloat()) {
        auto r = pylib::floatToInt(v.asFloat());
        if (!r) overflowError("integer overflow: Coroscope's integers have 64 bits");
        return Value::integer(*r);
    }
    if (v.is(Kind::Str)) {
        auto r = pylib::parseInt(v.as<StrObject>()->view(), 10);
        if (!r) overflowError("integer overflow: Coroscope's integers have 64 bits");
        return Value::integer(*r);
    }
    if (v.isObject())
        if (Value* fn = v.obj()->type()->lookup("__int__")) return interp().call(*fn, {v});
    typeError("int() argument must be a string, a bytes-like object or a real number, not '" +
              typeName(v) + "'");
}

Value newFloat(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"float(x=?, /)">(a);
    if (!b[0]) return Value::real(0.0);
    const Value& v = *b[0];
    if (v.isNumber()) return Value::real(v.toDouble());
    if (v.is(Kind::Str)) return Value::real(pylib::parseFloat(v.as<StrObject>()->view()));
    if (v.isObject())
        if (Value* fn = v.obj()->type()->lookup("__float__")) return interp().call(*fn, {v});
    typeError("float() argument must be a string or a real number, not '" + typeName(v) + "'");
}

Value newBool(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"bool(x=?, /)">(a);
    return Value::boolean(b[0] && truthy(*b[0]));
}

Value newStrValue(CallArgs& a) {
    const Value* v = bindBuiltin<"str(object=?)">(a)[0];
    return v ? strValue(str(*v)) : strValue("");
}

Value newListOrTuple(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"(iterable=?, /)">(a);
    std::vector<Value> items;
    if (b[0]) items = itemsOf(*b[0]);
    if (selfType(a) == types().list) return Value(newList(std::move(items)));
    return Value(newTuple(std::move(items)));
}

void updateDict(DictObject& d, const Value& source) {
    if (source.is(Kind::Dict)) {
        auto* src = source.as<DictObject>();
        for (std::size_t i = src->nextLive(0); i < src->entries().size(); i = src->nextLive(i + 1))
            d.set(src->entries()[i].key, src->entries()[i].value);
        return;
    }
    std::size_t index = 0;
    forEachItem(source, [&](const Value& pair) {
        std::vector<Value> kv = toVector(pair);
        if (kv.size() != 2)
            valueError("dictionary update sequence element #" + std::to_string(index) +
                       " has length " + std::to_string(kv.size()) + "; 2 is required");
        d.set(kv[0], kv[1]);
        ++index;
        return true;
    });
}

Value newDictValue(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"dict(iterable=?, /, **kwargs)">(a);
    auto d = newDict();
    if (b[0]) updateDict(*d, *b[0]);
    for (std::uint32_t i = 0; i < a.nkw; ++i)
        d->setStr(a.kwNames[i], a.kwValues[i]);
    return Value(d);
}

Value newSetValue(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"(iterable=?, /)">(a);
    auto s = newSet(selfType(a) == types().frozenset);
    if (b[0])
        forEachItem(*b[0], [&](const Value& v) {
            s->add(v);
            return true;
        });
    return Value(s);
}

Value newRange(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"range(start, stop=?, step=?, /)">(a);
    std::int64_t start = 0, stop, step = 1;
    if (!b[1]) {
        stop = intArg(*b[0], "range");
    } else {
        start = intArg(*b[0], "range");
        stop = intArg(*b[1], "range");
        if (b[2]) step = intArg(*b[2], "range");
    }
    if (step == 0) valueError("range() arg 3 must not be zero");
    return Value(Ref<RangeObject>(new RangeObject(start, stop, step)));
}

Value newSlice(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"slice(start, stop=?, step=?, /)">(a);
    if (!b[1]) return Value(Ref<SliceObject>(new SliceObject(Value(), *b[0], Value())));
    return Value(Ref<SliceObject>(new SliceObject(*b[0], *b[1], b.value(2))));
}

Value newBaseException(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"(*args)">(a);
    TypeObject* cls = selfType(a);
    return Value(newException(cls, std::vector<Value>(b.rest(), b.rest() + b.restSize())));
}

Value initBaseException(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"__init__(*args)">(a);
    if (a.self && a.self->is(Kind::Exception))
        a.self->as<ExceptionObject>()->setArgs(
            newTuple(std::vector<Value>(b.rest(), b.rest() + b.restSize())));
    return Value();
}

Value newExceptionGroup(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"(message, exceptions, /)">(a);
    TypeObject* cls = selfType(a);
    const Value& message = *b[0];
    if (!message.is(Kind::Str)) typeError("argument 1 must be str, not " + typeName(message));
    std::vector<Value> excs = toVector(*b[1]);
    if (excs.empty()) valueError("second argument (exceptions) must be a non-empty sequence");
    bool allExceptions = true;
    for (const Value& e : excs) {
        if (!e.is(Kind::Exception))
            valueError("Item " + std::to_string(&e - excs.data()) +
                       " of second argument (exceptions) is not an exception");
        if (!e.as<ExceptionObject>()->cls()->isSubtypeOf(types().Exception)) allExceptions = false;
    }
    if (cls == types().BaseExceptionGroup && allExceptions) cls = types().ExceptionGroup;
    if (cls->isSubtypeOf(types().Exception) && !allExceptions)
        typeError("Cannot nest BaseExceptions in an ExceptionGroup");
    auto e = newException(cls, std::vector<Value>{message, Value(newList(excs))});
    e->groupMessage = message;
    e->groupExceptions = Value(newTuple(std::move(excs)));
    return Value(e);
}

Value newProperty(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"property(fget=None, fset=None, fdel=None, doc=None)">(a);
    Ref<PropertyObject> p(new PropertyObject());
    if (const Value* v = b[0]) p->getter = *v;
    if (const Value* v = b[1]) p->setter = *v;
    if (const Value* v = b[2]) p->deleter = *v;
    return Value(p);
}

Value propertyWith(CallArgs& a, const Value& fn, int which) {
    auto* old = a.self->as<PropertyObject>();
    Ref<PropertyObject> p(new PropertyObject());
    p->getter = which == 0 ? fn : old->getter;
    p->setter = which == 1 ? fn : old->setter;
    p->deleter = which == 2 ? fn : old->deleter;
    return Value(p);
}
Value propertyGetter(CallArgs& a) {
    return propertyWith(a, *bindBuiltin<"getter(fget, /)">(a)[0], 0);
}
Value propertySetter(CallArgs& a) {
    return propertyWith(a, *bindBuiltin<"setter(fset, /)">(a)[0], 1);
}
Value propertyDeleter(CallArgs& a) {
    return propertyWith(a, *bindBuiltin<"deleter(fdel, /)">(a)[0], 2);
}

Value newStaticMethod(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"staticmethod(function, /)">(a);
    return Value(
        Ref<WrapperObject>(new WrapperObject(types().staticmethod, Kind::StaticMethod, *b[0])));
}

Value newClassMethod(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"classmethod(function, /)">(a);
    return Value(
        Ref<WrapperObject>(new WrapperObject(types().classmethod, Kind::ClassMethod, *b[0])));
}

void setNew(TypeObject* t, NativePlain fn) {
    t->dict().setStr("__new__", Value(Ref<NativeFunction>(
                                    new NativeFunction("__new__", fn, nullptr, Value(), nullptr))));
}

void setNewConsumer(TypeObject* t, NativePlain fn) {
    t->dict().setStr("__new__", Value(Ref<NativeFunction>(new NativeFunction(
                                    "__new__", fn, collectThenCall, Value(), nullptr))));
}

} // namespace

void initBuiltinTypes(DictObject& b) {
    Types& t = types();
    setNew(t.object, newObject);
    setNew(t.type, newType);
    setNew(t.intType, newInt);
    setNew(t.floatType, newFloat);
    setNew(t.boolType, newBool);
    setNew(t.str, newStrValue);
    setNewConsumer(t.list, newListOrTuple);
    setNewConsumer(t.tuple, newListOrTuple);
    setNewConsumer(t.dict, newDictValue);
    setNewConsumer(t.set, newSetValue);
    setNewConsumer(t.frozenset, newSetValue);
    setNew(t.range, newRange);
    setNew(t.slice, newSlice);
    setNew(t.BaseException, newBaseException);
    addMethod(t.BaseException, "__init__", initBaseException);
    setNew(t.BaseExceptionGroup, newExceptionGroup);
    setNew(t.property, newProperty);
    addMethod(t.property, "getter", propertyGetter);
    addMethod(t.property, "setter", propertySetter);
    addMethod(t.property, "deleter", propertyDeleter);
    setNew(t.staticmethod, newStaticMethod);
    setNew(t.classmethod, newClassMethod);

    for (TypeObject* type :
         {t.object, t.type, t.intType, t.floatType, t.boolType, t.str, t.list, t.tuple, t.dict,
          t.set, t.frozenset, t.range, t.slice, t.property, t.staticmethod, t.classmethod})
        b.setStr(type->name(), Value(type));
    for (const auto& [name, cls] : t.exceptions)
        b.setStr(name, Value(cls));
    b.setStr("Ellipsis", ellipsisValue());
}

} // namespace coroscope::interp
