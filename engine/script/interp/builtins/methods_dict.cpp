// SPDX-License-Identifier: MIT
// The methods of dict, and its views (keys(), values(), items()).
#include "script/interp/builtins/builtins.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/iter.h"

namespace coroscope::interp {

namespace {

DictObject& self(CallArgs& a) {
    return *a.self->as<DictObject>();
}

// dict_keys, dict_values, dict_items: live views of a dict.
class DictView final : public GcObject {
public:
    DictView(TypeObject* type, Value of, int viewMode)
        : GcObject(type, Kind::Other)
        , dict(std::move(of))
        , mode(viewMode) {}
    Value dict;
    int mode;
    void clearRefs() override { dict = Value(); }
};

TypeObject* viewType(int mode) {
    static const char* names[] = {"dict_keys", "dict_values", "dict_items"};
    Types& t = types();
    auto it = t.iteratorTypes.find(names[mode]);
    if (it != t.iteratorTypes.end()) return it->second;
    return nullptr;
}

Value makeView(CallArgs& a, int mode) {
    return Value(Ref<DictView>(new DictView(viewType(mode), *a.self, mode)));
}
Value dictKeys(CallArgs& a) {
    bindBuiltin<"dict.keys()">(a);
    return makeView(a, 0);
}
Value dictValues(CallArgs& a) {
    bindBuiltin<"dict.values()">(a);
    return makeView(a, 1);
}
Value dictItems(CallArgs& a) {
    bindBuiltin<"dict.items()">(a);
    return makeView(a, 2);
}

DictView& view(CallArgs& a) {
    return *a.self->as<DictView>();
}

Value viewIter(CallArgs& a) {
    bindBuiltin<"__iter__()">(a);
    return makeDictIterator(view(a).dict, view(a).mode);
}

Value viewLen(CallArgs& a) {
    bindBuiltin<"__len__()">(a);
    return Value::integer(static_cast<std::int64_t>(view(a).dict.as<DictObject>()->size()));
}

Value viewContains(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"(key, /)">(a);
    DictView& v = view(a);
    auto* d = v.dict.as<DictObject>();
    if (v.mode == 0) return Value::boolean(d->contains(*b[0]));
    if (v.mode == 2) {
        if (!b[0]->is(Kind::Tuple) || b[0]->as<TupleObject>()->size() != 2) return False();
        const auto& kv = b[0]->as<TupleObject>()->items();
        Value* found = d->find(kv[0]);
        return Value::boolean(found && equals(*found, kv[1]));
    }
    for (std::size_t i = d->nextLive(0); i < d->entries().size(); i = d->nextLive(i + 1))
        if (equals(d->entries()[i].value, *b[0])) return True();
    return False();
}

Value viewRepr(CallArgs& a) {
    bindBuiltin<"__repr__()">(a);
    DictView& v = view(a);
    static const char* names[] = {"dict_keys", "dict_values", "dict_items"};
    std::vector<Value> items = toVector(makeDictIterator(v.dict, v.mode));
    return strValue(std::string(names[v.mode]) + "(" + repr(Value(newList(std::move(items)))) +
                    ")");
}

Value dictGet(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"get(key, default=None, /)">(a);
    if (Value* v = self(a).find(*b[0])) return *v;
    return b.value(1);
}

Value dictSetdefault(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"setdefault(key, default=None, /)">(a);
    if (Value* v = self(a).find(*b[0])) return *v;
    Value dflt = b.value(1);
    self(a).set(*b[0], dflt);
    return dflt;
}

Value dictPop(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"pop(key, default=?, /)">(a);
    Value removed;
    if (self(a).erase(*b[0], &removed)) return removed;
    if (b[1]) return *b[1];
    keyError(*b[0]);
}

Value dictPopitem(CallArgs& a) {
    bindBuiltin<"dict.popitem()">(a);
    std::size_t last = self(a).lastLive();
    if (last == static_cast<std::size_t>(-1)) keyError(strValue("popitem(): dictionary is empty"));
    Value key = self(a).entries()[last].key;
    Value value = self(a).entries()[last].value;
    self(a).erase(key);
    return Value(newTuple({key, value}));
}

Value dictUpdate(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"update(other=?, /, **kwargs)">(a);
    DictObject& d = self(a);
    if (b[0]) {
        const Value& src = *b[0];
        if (src.is(Kind::Dict)) {
            auto* s = src.as<DictObject>();
            for (std::size_t i = s->nextLive(0); i < s->entries().size(); i = s->nextLive(i + 1))
                d.set(s->entries()[i].key, s->entries()[i].value);
        } else {
            forEachItem(src, [&](const Value& pair) {
                std::vector<Value> kv = toVector(pair);
                if (kv.size() != 2)
                    valueError("dictionary update sequence element has length " +
                               std::to_string(kv.size()) + "; 2 is required");
                d.set(kv[0], kv[1]);
                return true;
            });
        }
    }
    for (std::uint32_t i = 0; i < a.nkw; ++i)
        d.setStr(a.kwNames[i], a.kwValues[i]);
    return Value();
}

Value dictCopy(CallArgs& a) {
    bindBuiltin<"dict.copy()">(a);
    auto out = newDict();
    DictObject& d = self(a);
    for (std::size_t i = d.nextLive(0); i < d.entries().size(); i = d.nextLive(i + 1))
        out->set(d.entries()[i].key, d.entries()[i].value);
    return Value(out);
}

Value dictClear(CallArgs& a) {
    bindBuiltin<"dict.clear()">(a);
    self(a).clear();
    return Value();
}

Value dictFromkeys(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"fromkeys(iterable, value=None, /)">(a);
    // A classmethod called through the type: self is the type, or the first argument.
    std::vector<Value> keys = toVector(*b[0]);
    Value v = b.value(1);

    auto out = newDict();
    for (const Value& k : keys)
        out->set(k, v);
    return Value(out);
}

} // namespace

void initDictMethods() {
    Types& t = types();
    TypeObject* d = t.dict;
    addMethod(d, "keys", dictKeys);
    addMethod(d, "values", dictValues);
    addMethod(d, "items", dictItems);
    addMethod(d, "get", dictGet);
    addMethod(d, "setdefault", dictSetdefault);
    addMethod(d, "pop", dictPop);
    addMethod(d, "popitem", dictPopitem);
    addMethod(d, "update", dictUpdate);
    addMethod(d, "copy", dictCopy);
    addMethod(d, "clear", dictClear);
    d->dict().setStr("fromkeys", Value(newNative("fromkeys", dictFromkeys)));
    for (const char* name : {"dict_keys", "dict_values", "dict_items"}) {
        TypeObject* v = t.make(name, t.object, Kind::Other);
        t.iteratorTypes[name] = v;
        addMethod(v, "__iter__", viewIter);
        addMethod(v, "__len__", viewLen);
        addMethod(v, "__contains__", viewContains);
        addMethod(v, "__repr__", viewRepr);
    }
}

} // namespace coroscope::interp
