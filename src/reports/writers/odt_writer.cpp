#include "reports/writers/odt_writer.h"

#include "reports/writers/odt_document.h"
#include "reports/writers/write_errors.h"
#include "reports/writers/odf_package.h"

#include <QBuffer>
#include <QFile>
#include <QTextDocumentWriter>

namespace isms::reports {

QString OdtWriter::key() const
{
    return QStringLiteral("odt");
}

QString OdtWriter::suffix() const
{
    return QStringLiteral("odt");
}

QString OdtWriter::displayName() const
{
    return tr("OpenDocument text");
}

bool OdtWriter::deterministic() const
{
    return true;
}

Result<void> OdtWriter::write(const ReportDocument& document, const QString& path,
                              const WriteProgress& progress) const
{
    int rows = 0;
    for (const auto* table : document.tables())
        rows += int(table->rows.size());
    const int total = rows + 1;
    auto text = OdtDocument::build(document, progress, total);
    if (!text)
        return text.error();

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter odf(&buffer, QByteArrayLiteral("ODF"));
    if (!odf.write(text->get()))
        return Error{ErrorCode::Internal,
                     tr("The OpenDocument writer failed; try another format.").toStdString()};
    const auto canonical = canonicalOdfPackage(buffer.data(), document.meta.lastChange);
    if (!canonical)
        return Error{ErrorCode::Internal,
                     tr("The OpenDocument file came out malformed; try another format.")
                         .toStdString()};
    if (progress.cancelled())
        return cancelledError();
    const QByteArray& bytes = *canonical;

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fileWriteError(file);
    if (file.write(bytes) != bytes.size() || !file.flush())
        return fileWriteError(file);
    file.close();
    if (file.error() != QFileDevice::NoError)
        return fileWriteError(file);
    progress.step(total, total);
    return Ok{};
}

} // namespace isms::reports
