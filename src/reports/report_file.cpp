#include "reports/report_file.h"

#include <QCoreApplication>

namespace isms::reports {

namespace {
constexpr const char* kCancelled = "The export was cancelled; nothing was written.";
}

Error cancelledError()
{
    return Error{ErrorCode::Cancelled,
                 QCoreApplication::translate("isms::reports", kCancelled).toStdString()};
}

bool isCancelled(const Error& error)
{
    return error.code == ErrorCode::Cancelled;
}

} // namespace isms::reports
