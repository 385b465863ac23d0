#pragma once
// Errors are values at layer boundaries: every fallible call below the app returns a Result
// carrying a message a user can act on, never throws across a layer and never shows a dialog.

#include <string>
#include <utility>
#include <variant>

namespace isms {

enum class ErrorCode {
    NotFound,        // a file or record that does not exist
    NotOurs,         // a file that is not an ISMS Desk file (or not SQLite at all)
    Corrupt,         // damaged or truncated file
    TooNew,          // written by a newer schema than this program reads
    Locked,          // in use by another program
    ReadOnly,        // write refused: the file or the session is read-only
    Invalid,         // a value or input that breaks a rule (bad date, unknown enum value, ...)
    Conflict,        // duplicate reference, a link that already exists, ...
    Io,              // the operating system refused (disk full, permissions)
    Cancelled,       // the user stopped a long operation; nothing was written
    Internal,        // a bug: should never reach a user, but says so if it does
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Ok {};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Ok) {}
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(ErrorCode code, std::string message)
{
    return Error{code, std::move(message)};
}

} // namespace isms
