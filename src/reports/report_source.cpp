#include "reports/report_source.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace isms::reports {

namespace {

QString qtext(const std::string& text)
{
    return QString::fromStdString(text);
}

// The change log writes UTC as 2026-11-23T15:30:00.123Z; older entries may lack milliseconds.
QDateTime utcTime(const std::string& iso)
{
    if (iso.empty())
        return {};
    QDateTime time = QDateTime::fromString(qtext(iso), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(qtext(iso), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

ReportMeta reportMeta(const storage::IsmsFile& file)
{
    const storage::FileInfo info = file.info();
    ReportMeta meta;
    meta.organisation = qtext(info.organisation);
    meta.lastChange = utcTime(info.lastChangeAt);
    meta.lastChangeBy = qtext(info.lastChangeBy);
    meta.sourceFile = QString::fromStdString(file.path().filename().string());
    meta.generator = QStringLiteral("ISMS Desk %1").arg(QStringLiteral(ISMS_VERSION));
    return meta;
}

Result<ReportDocument> buildReport(const storage::IsmsFile& file, const ReportKind& kind, Date today)
{
    auto data = file.loadAll();
    if (!data) {
        Error error = data.error();
        error.message = QCoreApplication::translate("isms::reports",
                                                    "The report could not be made because the file "
                                                    "could not be read: %1")
                            .arg(qtext(error.message))
                            .toStdString();
        return error;
    }
    // A methodology that does not hold (a file changed behind the program's back) would give
    // levels that mean nothing: refuse rather than print them.
    if (auto valid = data->methodology.validate(); !valid)
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("isms::reports",
                                                     "The report could not be made because the "
                                                     "file's risk methodology is damaged: %1 Run "
                                                     "`ismsctl check` on the file.")
                             .arg(qtext(valid.error().message))
                             .toStdString());
    const ReportInput input{*data, reportMeta(file), today};
    ReportDocument document = kind.build(input);
    if (document.meta.kind.isEmpty())
        document.meta.kind = QLatin1String(kind.key);
    if (document.meta.title.isEmpty())
        document.meta.title = kind.translatedTitle();
    return document;
}

} // namespace isms::reports
