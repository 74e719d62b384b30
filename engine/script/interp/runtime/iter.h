// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/eval/eval_coro.h"
#include "script/interp/runtime/objects.h"

#include <vector>

namespace coroscope::interp {

// A builtin iterator (over a list, a range, a dict, zip, map, ...).
// next() may run Python code (map's function, a generator under zip) nested.
class IteratorObject : public GcObject {
public:
    explicit IteratorObject(const char* typeName);
    // The next item; false at the end.
    virtual bool next(Value& out) = 0;
    // An iterator whose next item may need its thread to block (the results
    // of Executor.map): the for statement awaits nextBlocking instead.
    virtual bool blocking() const { return false; }
    virtual Eval<bool> nextBlocking(Value& out);
    // What length_hint would say, or -1.
    virtual std::int64_t lengthHint() const { return -1; }
};

// iter(v): an iterator over any iterable (TypeError "'int' object is not
// iterable" otherwise). Iterators, generators and objects with __next__ are
// returned as they are.
Value getIter(const Value& v);
// next(it): false at the end. Runs generators and __next__ nested.
bool nextItem(const Value& it, Value& out);
// Every item of an iterable (a list or tuple is copied directly).
std::vector<Value> toVector(const Value& iterable);
// Calls fn(item) for each item; fn returns false to stop early.
template <class F>
void forEachItem(const Value& iterable, F&& fn) {
    Value it = getIter(iterable);
    Value item;
    while (nextItem(it, item))
        if (!fn(item)) break;
}
// Whether getting the next item may run Python code that should be able to
// suspend (a generator, an executor's results, a user iterator).
bool needsAsyncIteration(const Value& it);

// Iterators the builtins make.
Value makeSequenceIterator(Value seq, bool reversed = false);
Value makeDictIterator(Value dict, int mode); // 0 keys, 1 values, 2 items
Value makeZip(std::vector<Value> iterators, bool strict);
Value makeEnumerate(Value iterator, std::int64_t start);
Value makeMap(Value function, std::vector<Value> iterators);
Value makeFilter(Value function, Value iterator);

} // namespace coroscope::interp
