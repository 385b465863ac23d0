#pragma once
// What the import dialog shows before anything is written: the first rows of the CSV as the
// content layer reads them (content::csvImportRows, no second parser), each column's field as
// the import maps it (content::csvColumns), and a guess of the register the file is meant for.

#include "content/csv_columns.h"
#include "domain/catalogue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace isms::app {

struct CsvPreview {
    QString unreadable;  // the whole reason when the CSV cannot be read; the rest is then empty
    QStringList header;  // the header's cells as written
    std::vector<content::CsvColumn> columns;
    std::vector<std::size_t> lines;  // the file line (a workbook's row) of each previewed row
    QString rowWord;                 // "line" or "row", as the import's problems name them
    std::vector<QStringList> rows;   // at most kPreviewRows
    int recordCount = 0;             // data rows in the whole file
};

inline constexpr int kPreviewRows = 20;

CsvPreview previewCsv(const Catalogue& catalogue, const RegisterDef& reg, const QByteArray& bytes,
                      const content::ImportMap& map = {});

// "due_date → Due date", "assets → Affects asset", "inherent_level → ignored (computed)",
// "current_level → left out", "colour → not a field".
QString columnHeading(const Catalogue& catalogue, const RegisterDef& reg, const content::CsvColumn& column);
bool columnIsAccepted(const content::CsvColumn& column);

// The register a CSV is most likely meant for: the one its file name names ("treatments.csv",
// "risk-register.csv") when the header fits it, else the one whose fields the header fits best,
// else the file name's, else `fallback`.
std::string guessRegister(const Catalogue& catalogue, const QString& fileName,
                          const QByteArray& bytes, const std::string& fallback);

// An import's refusal split for a list: the summary line, then one entry per problem.
struct ImportProblems {
    QString summary;
    QStringList problems;
};
ImportProblems splitProblems(const QString& message);

} // namespace isms::app
