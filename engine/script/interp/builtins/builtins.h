// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/eval/interp.h"
#include "script/interp/runtime/signature.h"

#include <string>
#include <vector>

// The builtins (print, len, sorted, ...), the constructors of the builtin
// types and their methods, each group in its own file.
namespace coroscope::interp {

void initBuiltinFunctions(DictObject& builtins); // builtins_functions.cpp
void initBuiltinSequences(DictObject& builtins); // builtins_sequences.cpp
void initBuiltinTypes(DictObject& builtins);     // builtins_types.cpp
void initStrMethods();                           // methods_str.cpp
void initListMethods();                          // methods_list.cpp
void initDictMethods();                          // methods_dict.cpp
void initSetMethods();                           // methods_set.cpp
void initObjectMethods();                        // methods_object.cpp

// Argument helpers for natives.
std::int64_t intArg(const Value& v, const char* what);
double numberArg(const Value& v, const char* what);
const std::string& strArg(const Value& v, const char* what);
// A list, sorted as sorted() does: stable, by key(item) when a key is given.
void sortValues(std::vector<Value>& items, const Value* key, bool reverse);
// Every item of an iterable, for a builtin that consumes one; when an item
// must be waited for (an executor's results), the call site gives the
// native a list it collected instead (see callStart).
std::vector<Value> itemsOf(const Value& iterable);
// A consuming builtin's variant that first collects, awaiting, every
// argument that is an iterator whose items must be waited for.
Eval<Value> collectThenCall(CallArgs args);

void setBuiltin(DictObject& builtins, const char* name, NativePlain fn);
// A builtin that consumes iterables (list, sorted, sum, ...).
void setConsumer(DictObject& builtins, const char* name, NativePlain fn);

} // namespace coroscope::interp
