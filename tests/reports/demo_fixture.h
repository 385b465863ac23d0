#pragma once
// The demo file (content/demo.h) made once per test in a temporary folder, and its reports.

#include "content/demo.h"
#include "reports/report_kind.h"
#include "reports/report_source.h"

#include <catch2/catch_test_macros.hpp>

#include <QTemporaryDir>

#include <memory>

namespace isms::test {

inline const Date kToday{2026, 11, 20};

struct DemoReports {
    QTemporaryDir dir;
    FixedClock clock{kToday};
    std::unique_ptr<storage::IsmsFile> file;

    DemoReports()
    {
        REQUIRE(dir.isValid());
        auto created = content::createDemo(std::filesystem::path(dir.filePath(QStringLiteral("demo.isms")).toStdString()),
                                           {}, clock);
        REQUIRE(created);
        file = std::move(created).value();
    }

    reports::ReportDocument build(const char* kind) const
    {
        const reports::ReportKind* found = reports::findReportKind(QLatin1String(kind));
        REQUIRE(found);
        auto document = reports::buildReport(*file, *found, kToday);
        REQUIRE(document);
        return std::move(document).value();
    }
};

inline const reports::Table& tableNamed(const reports::ReportDocument& doc, const QString& name)
{
    for (const auto* table : doc.tables())
        if (table->name == name)
            return *table;
    FAIL("no table " << name.toStdString());
    throw;
}

inline int columnTitled(const reports::Table& table, const QString& title)
{
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (table.columns[c].title == title)
            return static_cast<int>(c);
    FAIL("no column " << title.toStdString() << " in " << table.name.toStdString());
    return -1;
}

} // namespace isms::test
