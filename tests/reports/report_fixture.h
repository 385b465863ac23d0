#pragma once
// A report document built by hand for the writers' tests: every kind of block and cell, a
// narrow table, a wide table long enough to run over several landscape pages, a heat map and a
// bar chart. Built here rather than by a builder, so a writer's test fails only for the writer.

#include "reports/report_document.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace isms::reports::test {

// `wideRows` rows in the wide "Risk register" table.
ReportDocument sampleDocument(int wideRows = 300);

// The level a score falls in on the sample's 5x5 scale (1..25), with its colour.
LevelCell sampleLevel(int score);

// Runs `program` with `arguments`; nullopt when the program is not installed (the caller
// SKIPs), else its standard output. A program that fails is an empty string and a failed CHECK
// in the caller.
std::optional<QString> runTool(const QString& program, const QStringList& arguments);

} // namespace isms::reports::test
