#pragma once
// One function per ismsctl verb. Each receives the whole command line (program, verb, rest) and
// returns the process exit code: 0 done (or healthy), 1 failed (or unhealthy), 2 bad usage.

#include <QStringList>

namespace isms::cli {

int runRegisters(const QStringList& arguments);
int runNew(const QStringList& arguments);
int runDemo(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runList(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runHistory(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runVerify(const QStringList& arguments);
int runInfo(const QStringList& arguments);
int runNotes(const QStringList& arguments);
int runKey(const QStringList& arguments);
int runTemplate(const QStringList& arguments);
int runApprove(const QStringList& arguments);
int runSet(const QStringList& arguments);
int runAssess(const QStringList& arguments);
int runSoaVersion(const QStringList& arguments);
// `report` and `check` lay documents out with the reports layer (Qt Gui), which costs every
// process that links it about 10 ms of loading before main() even for `info`. So they live in the
// sibling executable ismsctl-report (main_report.cpp), which runReportHelper replaces this
// process with.
int runReport(const QStringList& arguments);
int runReportHelper(const QStringList& arguments);

} // namespace isms::cli
