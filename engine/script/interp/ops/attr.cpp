// SPDX-License-Identifier: MIT
// Attribute access: instances (their dict, then the class, with properties,
// staticmethod and classmethod), classes, modules, exceptions, functions,
// super(), and the methods of builtin objects.
#include "script/interp/eval/interp.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/generator.h"
#include "script/interp/runtime/iter.h"

namespace coroscope::interp {

namespace {

// A class attribute as seen through an instance (or through the class).
Value bind(const Value& attr, const Value& self, TypeObject* cls, bool viaInstance) {
    if (!attr.isObject()) return attr;
    switch (attr.obj()->kind()) {
    case Kind::Function:
        return viaInstance ? Value(Ref<BoundMethod>(new BoundMethod(self, attr))) : attr;
    case Kind::Native:
        if (viaInstance && attr.as<NativeFunction>()->owner())
            return Value(Ref<BoundMethod>(new BoundMethod(self, attr)));
        return attr;
    case Kind::StaticMethod: return attr.as<WrapperObject>()->function;
    case Kind::ClassMethod:
        return Value(
            Ref<BoundMethod>(new BoundMethod(Value(cls), attr.as<WrapperObject>()->function)));
    case Kind::Property:
        if (!viaInstance) return attr;
        {
            auto* p = attr.as<PropertyObject>();
            if (p->getter.isNone()) attributeError("property has no getter");
            return interp().call(p->getter, {self});
        }
    default: return attr;
    }
}

bool special(const Value& obj, StrObject* name, Value& out) {
    std::string_view n = name->view();
    if (n.size() < 4 || n[0] != '_' || n[1] != '_') return false;
    if (n == "__class__") {
        out = Value(typeOf(obj));
        return true;
    }
    switch (obj.isObject() ? obj.obj()->kind() : Kind::Other) {
    case Kind::Type: {
        auto* t = obj.as<TypeObject>();
        if (n == "__name__")
            out = strValue(t->name());
        else if (n == "__qualname__")
            out = strValue(t->qualname());
        else if (n == "__module__")
            out = strValue(t->builtin() ? "builtins" : "__main__");
        else if (n == "__mro__") {
            std::vector<Value> mro;
            for (TypeObject* m : t->mro())
                mro.push_back(Value(m));
            out = Value(newTuple(std::move(mro)));
        } else if (n == "__bases__") {
            out = Value(
                newTuple(t->base() ? std::vector<Value>{Value(t->base())} : std::vector<Value>{}));
        } else if (n == "__doc__")
            out = Value();
        else
            return false;
        return true;
    }
    case Kind::Function: {
        auto* f = obj.as<FunctionObject>();
        if (n == "__name__")
            out = Value(f->code()->name);
        else if (n == "__qualname__")
            out = Value(f->code()->qualname);
        else if (n == "__module__")
            out = strValue("__main__");
        else if (n == "__doc__")
            out = Value();
        else if (n == "__defaults__")
            out = f->defaults.empty() ? Value() : Value(newTuple(f->defaults));
        else
            return false;
        return true;
    }
    case Kind::Native:
        if (n == "__name__" || n == "__qualname__") {
            out = strValue(obj.as<NativeFunction>()->name());
            return true;
        }
        return false;
    case Kind::BoundMethod: {
        auto* b = obj.as<BoundMethod>();
        if (n == "__self__")
            out = b->self;
        else if (n == "__func__")
            out = b->function;
        else
            return findAttr(b->function, name, out);
        return true;
    }
    case Kind::Coroutine:
        if (n == "__name__" || n == "__qualname__") {
            out = Value(obj.as<CoroutineObject>()->qualname());
            return true;
        }
        return false;
    case Kind::Generator:
    case Kind::AsyncGenerator:
        if (n == "__name__" || n == "__qualname__") {
            out = Value(obj.as<GeneratorObject>()->qualname());
            return true;
        }
        return false;
    case Kind::Instance:
        if (n == "__dict__") {
            out = Value(&obj.as<InstanceObject>()->dict());
            return true;
        }
        return false;
    case Kind::Module:
        if (n == "__dict__") {
            out = Value(&obj.as<ModuleObject>()->dict());
            return true;
        }
        return false;
    default: return false;
    }
}

bool exceptionAttr(ExceptionObject& e, std::string_view n, Value& out) {
    if (n == "args")
        out = Value(e.args());
    else if (n == "__cause__")
        out = e.cause;
    else if (n == "__context__")
        out = e.context;
    else if (n == "__suppress_context__")
        out = Value::boolean(e.suppressContext);
    else if (n == "__traceback__")
        out = Value();
    else if (n == "__notes__" && !e.hasDict())
        return false;
    else
        return false;
    return true;
}

} // namespace

bool findAttr(const Value& obj, StrObject* name, Value& out) {
    if (special(obj, name, out)) return true;
    TypeObject* cls = typeOf(obj);
    switch (obj.isObject() ? obj.obj()->kind() : Kind::Other) {
    case Kind::Instance: {
        Value* clsAttr = cls->lookup(name);
        if (clsAttr && clsAttr->is(Kind::Property)) {
            out = bind(*clsAttr, obj, cls, true);
            return true;
        }
        if (Value* v = obj.as<InstanceObject>()->dict().findStr(name)) {
            out = *v;
            return true;
        }
        if (clsAttr) {
            out = bind(*clsAttr, obj, cls, true);
            return true;
        }
        if (Value* getattr = cls->lookup("__getattr__")) {
            try {
                out = interp().call(*getattr, {obj, Value(name)});
            } catch (const CarriesPyException& c) {
                if (c.exception->cls()->isSubtypeOf(types().AttributeError)) return false;
                throw;
            }
            return true;
        }
        return false;
    }
    case Kind::Exception: {
        auto* e = obj.as<ExceptionObject>();
        if (e->hasDict())
            if (Value* v = e->dict().findStr(name)) {
                out = *v;
                return true;
            }
        if (exceptionAttr(*e, name->view(), out)) return true;
        if (e->cls()->isSubtypeOf(types().BaseExceptionGroup)) {
            if (name->view() == "message") {
                out = e->groupMessage;
                return true;
            }
            if (name->view() == "exceptions") {
                out = e->groupExceptions;
                return true;
            }
        }
        if (name->view() == "code" && e->cls()->isSubtypeOf(types().SystemExit)) {
            const auto& args = e->args()->items();
            out = args.empty() ? Value() : args.size() == 1 ? args[0] : Value(e->args());
            return true;
        }
        if (name->view() == "value" && e->cls()->isSubtypeOf(types().StopIteration)) {
            const auto& args = e->args()->items();
            out = args.empty() ? Value() : args[0];
            return true;
        }
        if (Value* v = cls->lookup(name)) {
            out = bind(*v, obj, cls, true);
            return true;
        }
        return false;
    }
    case Kind::Type: {
        auto* t = obj.as<TypeObject>();
        if (Value* v = t->lookup(name)) {
            out = bind(*v, obj, t, false);
            return true;
        }
        return false;
    }
    case Kind::Module:
        if (Value* v = obj.as<ModuleObject>()->dict().findStr(name)) {
            out = *v;
            return true;
        }
        return false;
    case Kind::Function: {
        auto* f = obj.as<FunctionObject>();
        if (f->attributes)
            if (Value* v = f->attributes->findStr(name)) {
                out = *v;
                return true;
            }
        break;
    }
    case Kind::Super: {
        auto* s = obj.as<SuperObject>();
        const auto& mro = typeOf(s->self)->mro();
        bool after = false;
        for (TypeObject* t : mro) {
            if (after)
                if (Value* v = t->dict().findStr(name)) {
                    out = bind(*v, s->self, typeOf(s->self), true);
                    return true;
                }
            if (t == s->start) after = true;
        }
        return false;
    }
    default: break;
    }
    if (Value* v = cls->lookup(name)) {
        out = bind(*v, obj, cls, true);
        return true;
    }
    return false;
}

Value getAttr(const Value& obj, StrObject* name) {
    Value out;
    if (findAttr(obj, name, out)) return out;
    if (obj.is(Kind::Module))
        attributeError("module '" + obj.as<ModuleObject>()->name() + "' has no attribute '" +
                       name->str() + "'");
    if (obj.is(Kind::Type))
        attributeError("type object '" + obj.as<TypeObject>()->name() + "' has no attribute '" +
                       name->str() + "'");
    attributeError("'" + typeName(obj) + "' object has no attribute '" + name->str() + "'");
}

void setAttr(const Value& obj, StrObject* name, Value value) {
    TypeObject* cls = typeOf(obj);
    Value* clsAttr = cls->lookup(name);
    if (clsAttr && clsAttr->is(Kind::Property)) {
        auto* p = clsAttr->as<PropertyObject>();
        if (p->setter.isNone())
            attributeError("property '" + name->str() + "' of '" + cls->name() +
                           "' object has no setter");
        interp().call(p->setter, {obj, value});
        return;
    }
    switch (obj.isObject() ? obj.obj()->kind() : Kind::Other) {
    case Kind::Instance: obj.as<InstanceObject>()->dict().setStr(name, std::move(value)); return;
    case Kind::Exception: {
        auto* e = obj.as<ExceptionObject>();
        std::string_view n = name->view();
        if (n == "__cause__") {
            e->cause = std::move(value);
            e->suppressContext = true;
        } else if (n == "__context__") {
            e->context = std::move(value);
        } else if (n == "__suppress_context__") {
            e->suppressContext = truthy(value);
        } else if (n == "args") {
            e->setArgs(newTuple(toVector(value)));
        } else {
            e->dict().setStr(name, std::move(value));
        }
        return;
    }
    case Kind::Type: {
        auto* t = obj.as<TypeObject>();
        if (t->builtin())
            typeError("cannot set '" + name->str() + "' attribute of immutable type '" + t->name() +
                      "'");
        t->dict().setStr(name, std::move(value));
        return;
    }
    case Kind::Module: obj.as<ModuleObject>()->dict().setStr(name, std::move(value)); return;
    case Kind::Function: {
        auto* f = obj.as<FunctionObject>();
        if (!f->attributes) f->attributes = newDict();
        f->attributes->setStr(name, std::move(value));
        return;
    }
    default: break;
    }
    if (clsAttr)
        attributeError("'" + cls->name() + "' object attribute '" + name->str() + "' is read-only");
    attributeError("'" + cls->name() + "' object has no attribute '" + name->str() + "'");
}

void delAttr(const Value& obj, StrObject* name) {
    if (obj.is(Kind::Instance)) {
        if (obj.as<InstanceObject>()->dict().erase(Value(name))) return;
    } else if (obj.is(Kind::Type) && !obj.as<TypeObject>()->builtin()) {
        if (obj.as<TypeObject>()->dict().erase(Value(name))) return;
    } else if (obj.is(Kind::Module)) {
        if (obj.as<ModuleObject>()->dict().erase(Value(name))) return;
    }
    attributeError("'" + typeName(obj) + "' object has no attribute '" + name->str() + "'");
}

Value Interp::methodFor(const Value& obj, StrObject* name, bool& passSelf) {
    passSelf = false;
    if (obj.isObject()) {
        Kind k = obj.obj()->kind();
        if (k == Kind::Module) {
            if (Value* v = obj.as<ModuleObject>()->dict().findStr(name)) return *v;
            return getAttr(obj, name);
        }
        if (k != Kind::Type && k != Kind::Super && k != Kind::BoundMethod) {
            TypeObject* cls = obj.obj()->type();
            Value* attr = cls->lookup(name);
            bool ownDict = k == Kind::Instance || k == Kind::Exception;
            if (attr && (attr->is(Kind::Function) || attr->is(Kind::Native))) {
                bool shadowed = false;
                if (k == Kind::Instance) shadowed = obj.as<InstanceObject>()->dict().findStr(name);
                if (!shadowed &&
                    (attr->is(Kind::Function) || attr->as<NativeFunction>()->owner())) {
                    passSelf = true;
                    return *attr;
                }
            }
            (void)ownDict;
        }
    } else {
        // Methods of int, float, bool, None.
        TypeObject* cls = typeOf(obj);
        if (Value* attr = cls->lookup(name))
            if (attr->is(Kind::Native) && attr->as<NativeFunction>()->owner()) {
                passSelf = true;
                return *attr;
            }
    }
    return getAttr(obj, name);
}

} // namespace coroscope::interp
