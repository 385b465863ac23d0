#include "app/import/csv_preview.h"
#include "reports/domain_text.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace isms::app {

namespace {

// lupdate files a free function's tr() under its namespace: the same context here.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("isms::app", text, disambiguation, n);
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

// "risk register" and "risk_register" both read "risk-register".
QString normalised(QString name)
{
    name = name.toLower();
    name.replace(QLatin1Char('_'), QLatin1Char('-'));
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    return name;
}

// How well a header fits a register: columns it takes, less three for each it refuses.
int fit(const Catalogue& catalogue, const RegisterDef& reg, const QStringList& header)
{
    std::vector<std::string> cells;
    for (const QString& cell : header)
        cells.push_back(cell.toStdString());
    int score = 0;
    for (const auto& column : content::csvColumns(catalogue, reg, cells))
        score += columnIsAccepted(column) ? 1 : -3;
    return score;
}

} // namespace

CsvPreview previewCsv(const Catalogue& catalogue, const RegisterDef& reg, const QByteArray& bytes,
                      const content::ImportMap& map)
{
    CsvPreview preview;
    auto rows = content::csvImportRows(reg, std::string_view(bytes.constData(), bytes.size()));
    if (!rows) {
        preview.unreadable = qs(rows.error().message);
        return preview;
    }
    if (rows->empty())
        return preview;
    for (const auto& cell : rows->front().cells)
        preview.header << qs(cell);
    preview.columns = content::csvColumns(catalogue, reg, rows->front().cells, map);
    preview.rowWord = QString::fromLatin1(content::rowWord(std::string_view(bytes.constData(), bytes.size())));
    preview.recordCount = static_cast<int>(rows->size()) - 1;
    for (std::size_t r = 1; r < rows->size() && preview.rows.size() < kPreviewRows; ++r) {
        QStringList cells;
        for (const auto& cell : (*rows)[r].cells)
            cells << qs(cell);
        preview.rows.push_back(cells);
        preview.lines.push_back((*rows)[r].line);
    }
    return preview;
}

bool columnIsAccepted(const content::CsvColumn& column)
{
    using Kind = content::CsvColumn::Kind;
    return column.kind == Kind::Ref || column.kind == Kind::Field || column.kind == Kind::Link
        || column.kind == Kind::Computed || column.kind == Kind::Ignored;
}

QString columnHeading(const Catalogue& catalogue, const RegisterDef& reg, const content::CsvColumn& column)
{
    using Kind = content::CsvColumn::Kind;
    const QString arrow = QStringLiteral(" \u2192 ");
    const QString key = qs(column.key);
    switch (column.kind) {
    case Kind::Ref:
        return key + arrow + tr("Reference");
    case Kind::Field:
        return key + arrow + reports::domainText(reg.fields[column.field].label);
    case Kind::Link:
        if (const auto* link = catalogue.findLink(column.link))
            return key + arrow + reports::domainText(link->label);
        return key;
    case Kind::Computed:
        return key + arrow + tr("ignored (computed)");
    case Kind::Ignored:
        return key + arrow + tr("left out");
    case Kind::Unknown:
        return key + arrow + tr("not a field");
    case Kind::Repeated:
        return key + arrow + tr("repeated");
    case Kind::Unnamed:
        return tr("(no name)");
    }
    return key;
}

std::string guessRegister(const Catalogue& catalogue, const QString& fileName,
                          const QByteArray& bytes, const std::string& fallback)
{
    // The file name: the longest register key or singular noun it contains.
    const QString stem = normalised(QFileInfo(fileName).completeBaseName());
    const RegisterDef* named = nullptr;
    qsizetype namedLength = 0;
    for (const auto& reg : catalogue.registers())
        for (const std::string& word : {reg.key, reg.singular}) {
            const QString name = normalised(qs(word));
            if (!name.isEmpty() && stem.contains(name) && name.size() > namedLength) {
                named = &reg;
                namedLength = name.size();
            }
        }

    // The header as the first register reads it (reading does not depend on the register).
    const CsvPreview preview = previewCsv(catalogue, catalogue.registers().front(), bytes);
    if (named && !preview.header.isEmpty() && fit(catalogue, *named, preview.header) == preview.header.size())
        return named->key;
    const RegisterDef* best = nullptr;
    int bestScore = 0;
    for (const auto& reg : catalogue.registers()) {
        const int score = preview.header.isEmpty() ? 0 : fit(catalogue, reg, preview.header);
        if (score > bestScore) {
            best = &reg;
            bestScore = score;
        }
    }
    if (best && bestScore == preview.header.size())
        return best->key;
    if (named)
        return named->key;
    return best ? best->key : fallback;
}

ImportProblems splitProblems(const QString& message)
{
    ImportProblems split;
    QStringList lines = message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return split;
    split.summary = lines.takeFirst();
    // The closing advice belongs with the summary, not in the list of problems.
    if (!lines.isEmpty() && !lines.last().startsWith(QStringLiteral("line "))
        && !lines.last().startsWith(QStringLiteral("..."))) {
        split.summary += QLatin1Char(' ') + lines.takeLast();
    }
    split.problems = lines;
    return split;
}

} // namespace isms::app
