// SPDX-License-Identifier: MIT
// List, set and dict comprehensions and generator expressions. Each runs in
// a frame of its own (its variables do not leak, as in Python 3); nested
// `for` clauses keep one iterator per level instead of recursing.
#include "script/interp/eval/eval_support.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/generator.h"
#include "script/interp/runtime/iter.h"
#include "script/interp/runtime/recursion.h"
#include "script/interp/runtime/set_object.h"

namespace coroscope::interp {

namespace {

void setupFrame(Frame& f, const ir::Comp& c, Slots& slots, DictObject* globals, Frame* caller) {
    f.code = c.code;
    f.slots = slots.data();
    f.globals = globals;
    f.caller = caller;
    f.line = c.line;
    // As a function's frame (call.cpp): under a native, from its depth.
    Interp& in = interp();
    f.depth = caller ? caller->depth + 1 : (in.nestedDepth() > 0 ? in.recursionDepth + 1 : 1);
    if (f.depth > kRecursionLimit || stackNearlyExhausted()) recursionError("");
    in.recursionDepth = f.depth;
}

ir::CompKind kindOf(const ir::Comp& c) {
    return static_cast<ir::CompKind>(c.aux);
}

} // namespace

Slots Interp::comprehensionSlots(Frame& f, const ir::Comp& c, const Value& iterable) {
    Slots slots(c.code->nSlots);
    slots[0] = c.fors[0].isAsync ? asyncIter(iterable) : getIter(iterable);
    for (std::uint32_t s : c.code->cellSlots)
        slots[s] = Value(Ref<CellObject>(new CellObject()));
    for (std::uint32_t i = 0; i < c.code->nFree; ++i)
        slots[c.code->firstFree + i] = f.slots[c.closure[i]];
    return slots;
}

Value Interp::evalComprehensionSync(Frame& outer, const ir::Comp& c, const Value& iterable) {
    Slots slots = comprehensionSlots(outer, c, iterable);
    Frame f;
    setupFrame(f, c, slots, outer.globals, &outer);
    const ir::CompKind kind = kindOf(c);
    Ref<ListObject> list;
    Ref<SetObject> set;
    Ref<DictObject> dict;
    if (kind == ir::CompKind::List) list = newList();
    if (kind == ir::CompKind::Set) set = newSet();
    if (kind == ir::CompKind::Dict) dict = newDict();
    const std::size_t n = c.fors.size();
    std::vector<Value> its(n);
    its[0] = slots[0];
    std::size_t level = 0;
    Value item;
    for (;;) {
        tick();
        if (!nextItem(its[level], item)) {
            if (level == 0) break;
            --level;
            continue;
        }
        const ir::CompFor& cf = c.fors[level];
        assign(f, *cf.target, item);
        bool keep = true;
        for (const ir::Expr* cond : cf.ifs)
            if (!truthy(eval(f, *cond))) {
                keep = false;
                break;
            }
        if (!keep) continue;
        if (level + 1 < n) {
            ++level;
            its[level] = getIter(eval(f, *c.fors[level].iter));
            continue;
        }
        if (list) {
            list->append(eval(f, *c.elt));
        } else if (set) {
            set->add(eval(f, *c.elt));
        } else {
            Value k = eval(f, *c.elt);
            dict->set(k, eval(f, *c.value));
        }
    }
    if (list) return Value(list);
    if (set) return Value(set);
    return Value(dict);
}

Eval<Value> Interp::evalComprehension(Frame& outer, const ir::Comp& c, Value iterable) {
    Slots slots = comprehensionSlots(outer, c, iterable);
    Frame f;
    setupFrame(f, c, slots, outer.globals, &outer);
    Eval<Value> loop = comprehensionLoop(f, c, slots[0], nullptr);
    co_return co_await std::move(loop);
}

Value Interp::makeGenExp(Frame& outer, const ir::Comp& c, const Value& iterable) {
    Ref<GeneratorObject> gen(new GeneratorObject(c.code->isAsync, c.code->qualname));
    Slots slots = comprehensionSlots(outer, c, iterable);
    gen->start(runGenExp(c, std::move(slots), outer.globals, gen.get()));
    return Value(gen);
}

Eval<Value> Interp::runGenExp(const ir::Comp& c, Slots slots, DictObject* globals,
                              GeneratorObject* gen) {
    Frame f;
    setupFrame(f, c, slots, globals, nullptr);
    f.generator = gen;
    Eval<Value> loop = comprehensionLoop(f, c, slots[0], gen);
    co_await std::move(loop);
    co_return Value();
}

Eval<Value> Interp::comprehensionLoop(Frame& f, const ir::Comp& c, Value first,
                                      GeneratorObject* gen) {
    const ir::CompKind kind = kindOf(c);
    Ref<ListObject> list;
    Ref<SetObject> set;
    Ref<DictObject> dict;
    if (!gen && kind == ir::CompKind::List) list = newList();
    if (!gen && kind == ir::CompKind::Set) set = newSet();
    if (!gen && kind == ir::CompKind::Dict) dict = newDict();
    const std::size_t n = c.fors.size();
    std::vector<Value> its(n);
    its[0] = std::move(first);
    std::size_t level = 0;
    for (;;) {
        tick();
        Value item;
        bool got;
        const ir::CompFor& cf = c.fors[level];
        if (cf.isAsync) {
            Eval<bool> next = anextAsync(its[level], item);
            got = co_await std::move(next);
        } else if (needsAsyncIteration(its[level])) {
            Eval<bool> next = nextAsync(its[level], item);
            got = co_await std::move(next);
        } else {
            got = nextItem(its[level], item);
        }
        if (!got) {
            if (level == 0) break;
            --level;
            continue;
        }
        assign(f, *cf.target, item);
        bool keep = true;
        for (const ir::Expr* cond : cf.ifs) {
            Value test;
            COROSCOPE_EVAL_CHILD(test, *cond);
            if (!truthy(test)) {
                keep = false;
                break;
            }
        }
        if (!keep) continue;
        if (level + 1 < n) {
            Value next;
            COROSCOPE_EVAL_CHILD(next, *c.fors[level + 1].iter);
            ++level;
            its[level] = c.fors[level].isAsync ? asyncIter(next) : getIter(next);
            continue;
        }
        Value v;
        COROSCOPE_EVAL_CHILD(v, *c.elt);
        if (gen) {
            co_await YieldAwaiter{gen, &v};
        } else if (list) {
            list->append(std::move(v));
        } else if (set) {
            set->add(v);
        } else {
            Value value;
            COROSCOPE_EVAL_CHILD(value, *c.value);
            dict->set(v, std::move(value));
        }
    }
    if (list) co_return Value(list);
    if (set) co_return Value(set);
    if (dict) co_return Value(dict);
    co_return Value();
}

} // namespace coroscope::interp
