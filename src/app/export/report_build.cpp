#include "app/export/report_build.h"

#include "app/session/value_convert.h"
#include "storage/isms_file.h"

#include <QFileInfo>

namespace isms::app {

reports::ReportMeta reportMetaOf(const storage::IsmsFile& file, const reports::ReportKind& kind)
{
    const storage::FileInfo info = file.info();
    reports::ReportMeta meta;
    meta.kind = QString::fromLatin1(kind.key);
    meta.title = kind.translatedTitle();
    meta.organisation = qs(info.organisation);
    meta.lastChange = QDateTime::fromString(qs(info.lastChangeAt), Qt::ISODateWithMs);
    meta.lastChangeBy = qs(info.lastChangeBy);
    meta.sourceFile = QFileInfo(qpath(file.path())).fileName();
    meta.generator = QStringLiteral("ISMS Desk %1").arg(QStringLiteral(ISMS_VERSION));
    return meta;
}

Result<reports::ReportDocument> buildReportFromFile(const storage::IsmsFile& file,
                                                    const reports::ReportKind& kind, Date today)
{
    auto data = file.loadAll();
    if (!data)
        return data.error();
    reports::ReportDocument document =
        kind.build(reports::ReportInput{*data, reportMetaOf(file, kind), today});
    // The builder's own title and subject win; the facts from the file are filled in if it
    // left them out.
    const reports::ReportMeta meta = reportMetaOf(file, kind);
    if (document.meta.kind.isEmpty())
        document.meta.kind = meta.kind;
    if (document.meta.title.isEmpty())
        document.meta.title = meta.title;
    if (document.meta.organisation.isEmpty())
        document.meta.organisation = meta.organisation;
    if (document.meta.sourceFile.isEmpty())
        document.meta.sourceFile = meta.sourceFile;
    if (!document.meta.lastChange.isValid())
        document.meta.lastChange = meta.lastChange;
    if (document.meta.generator.isEmpty())
        document.meta.generator = meta.generator;
    return document;
}

} // namespace isms::app
