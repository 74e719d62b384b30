// SPDX-License-Identifier: MIT
#pragma once

#include <exception>
#include <string>
#include <string_view>
#include <vector>

namespace coroscope {

// The exceptions asyncio code can see, named as Python names them so that a
// trace, a traceback and a test all say the same thing.
class PythonError : public std::exception {
public:
    // Python tells CancelledError() (no args) from CancelledError('').
    PythonError() = default;
    explicit PythonError(std::string message)
        : m_message(std::move(message))
        , m_hasArgs(true) {}
    const char* what() const noexcept override { return m_message.c_str(); }
    const std::string& message() const noexcept { return m_message; }
    virtual std::string_view typeName() const noexcept = 0;
    // Python's repr(): ValueError('boom'), CancelledError()
    virtual std::string repr() const;
    bool hasArgs() const noexcept { return m_hasArgs; }

private:
    std::string m_message;
    bool m_hasArgs = false;
};

// Name and Base are a class name and a base-specifier: they cannot be parenthesised.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define COROSCOPE_PYTHON_ERROR(Name, Base)                                                         \
    class Name : public Base {                                                                     \
    public:                                                                                        \
        using Base::Base;                                                                          \
        std::string_view typeName() const noexcept override { return #Name; }                      \
    }
// NOLINTEND(bugprone-macro-parentheses)

// In Python 3.11 CancelledError is a BaseException, not an Exception.
COROSCOPE_PYTHON_ERROR(CancelledError, PythonError);
COROSCOPE_PYTHON_ERROR(TimeoutError, PythonError);
COROSCOPE_PYTHON_ERROR(InvalidStateError, PythonError);
COROSCOPE_PYTHON_ERROR(QueueEmpty, PythonError);
COROSCOPE_PYTHON_ERROR(QueueFull, PythonError);
COROSCOPE_PYTHON_ERROR(ValueError, PythonError);
COROSCOPE_PYTHON_ERROR(RuntimeError, PythonError);

#undef COROSCOPE_PYTHON_ERROR

// What TaskGroup raises: BaseExceptionGroup when any member is not an
// Exception (a cancellation, say), ExceptionGroup otherwise.
class ExceptionGroup : public PythonError {
public:
    ExceptionGroup(std::string message, std::vector<std::exception_ptr> exceptions);
    std::string_view typeName() const noexcept override;
    std::string repr() const override;
    const std::vector<std::exception_ptr>& exceptions() const noexcept { return m_exceptions; }

private:
    std::vector<std::exception_ptr> m_exceptions;
    bool m_base = false;
};

bool isCancelledError(const std::exception_ptr& e);
// A BaseException that is not an Exception: CancelledError (and, in a script,
// KeyboardInterrupt / SystemExit). TaskGroup treats these differently.
bool isBaseOnlyError(const std::exception_ptr& e);
// Python's repr() of any exception the engine may hold.
std::string describe(const std::exception_ptr& e);
// Python's str() of the exception: the message alone.
std::string messageOf(const std::exception_ptr& e);

} // namespace coroscope
