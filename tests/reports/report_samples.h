#pragma once
// Small documents the writer tests share: every kind of cell and block, and a hostile text.

#include "reports/report_document.h"

namespace isms::reports::sheet_test {

inline const QString kHostile = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")");

inline Table riskTable(int rows)
{
    Table t;
    t.name = QStringLiteral("Risks: register [2026]");  // made valid as a sheet name
    t.caption = QStringLiteral("Risk register");
    t.columns = {{QStringLiteral("Ref"), 8},
                 {QStringLiteral("Title"), 40, true},
                 {QStringLiteral("Level"), 14},
                 {QStringLiteral("Review"), 12},
                 {QStringLiteral("Score"), 8}};
    for (int n = 0; n < rows; ++n)
        t.rows.push_back({Cell(RecordCell{QStringLiteral("risks"), n + 1, QStringLiteral("R-%1").arg(n + 1, 3, 10, QLatin1Char('0'))}),
                          Cell(n == 0 ? kHostile : QStringLiteral("Risk %1, with a comma").arg(n)),
                          Cell(LevelCell{12, QStringLiteral("High"), QColor(0xC0, 0x00, 0x00)}),
                          Cell(QDate(2026, 3, 4).addDays(n)),
                          Cell::number(-5 + n, 0)});
    return t;
}

inline ReportDocument sampleDocument(int rows = 3)
{
    ReportDocument doc;
    doc.meta.kind = QStringLiteral("risks");
    doc.meta.title = QStringLiteral("Risk register");
    doc.meta.organisation = QStringLiteral("Example Ltd");
    doc.meta.subject = QStringLiteral("ISO/IEC 27001:2022 clause 6.1.2");
    doc.meta.lastChange = QDateTime(QDate(2026, 5, 6), QTime(7, 8, 9), Qt::UTC);
    doc.meta.lastChangeBy = QStringLiteral("alice");
    doc.meta.sourceFile = QStringLiteral("example.isms");
    doc.meta.generator = QStringLiteral("ISMS Desk test");
    Section s{QStringLiteral("Risks"), 1, {}};
    s.blocks.push_back(Paragraph{QStringLiteral("Every risk of the file.")});
    s.blocks.push_back(KeyValues{{{QStringLiteral("Risks"), Cell::number(rows)},
                                  {QStringLiteral("Owner"), Cell(QStringLiteral("Bob"))}}});
    s.blocks.push_back(riskTable(rows));
    doc.sections.push_back(std::move(s));
    return doc;
}

} // namespace isms::reports::sheet_test
