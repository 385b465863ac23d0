// ismsctl: the ISMS file from the command line, for scripts, CI and auditors without a display.
#include "cli/cli_common.h"
#include "cli/verbs.h"

#include <QCoreApplication>

#include <functional>
#include <string>
#include <vector>

namespace {

struct Verb {
    const char* name;
    const char* summary;
    std::function<int(const QStringList&)> run;
};

const std::vector<Verb>& verbs()
{
    using namespace isms::cli;
    static const std::vector<Verb> list{
        {"registers", "list the register keys, titles and clauses", runRegisters},
        {"new", "create a new ISMS file from the standard template or a client template", runNew},
        {"demo", "create a sample ISMS file (optionally with many extra risks)", runDemo},
        {"info", "show a file's organisation, schema, history and record counts", runInfo},
        {"check", "check integrity, schema and the change-log chain (exit 1 if unhealthy)", runReportHelper},
        {"list", "print a register as a table, CSV or JSON", runList},
        {"import", "add records to a register from CSV (all rows or none)", runImport},
        {"set", "change fields of one record, checked and logged as in the window", runSet},
        {"approve", "record a risk owner's approval of a risk's treatment and residual risk", runApprove},
        {"history", "show the change log of a file or of one record", runHistory},
        {"export", "write a copy of a file (--audit-copy: a verifiable audit copy)", runExport},
        {"verify", "verify an audit copy against its digests (exit 1 if not verified)", runVerify},
        {"notes", "auditor notes on an audit copy: add, list, merge into findings", runNotes},
        {"key", "your signing key and the keys you trust (create, show, export, trust, list)", runKey},
        {"template", "client templates: save a file as a template, list the templates folder", runTemplate},
        {"assess", "record a risk assessment run: every risk's levels and the method in force", runAssess},
        {"soa-version", "approve the SoA as a numbered version (who, when, a note)", runSoaVersion},
        {"report", "make a report (SoA, risk register, ...) as text, PDF, XLSX, ODT or CSV", runReportHelper},
    };
    return list;
}

std::string usage()
{
    std::string text = "Usage: ismsctl VERB [options] [arguments]\n\n"
                       "Works on ISMS Desk .isms files without the desktop application.\n\nVerbs:\n";
    for (const auto& verb : verbs()) {
        std::string name = verb.name;
        name.resize(12, ' ');
        text += "  " + name + verb.summary + "\n";
    }
    text += "\nRun `ismsctl VERB --help` for a verb's arguments and options.\n"
            "Exit codes: 0 done, 1 failed or unhealthy, 2 wrong usage.";
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ismsctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ISMS_VERSION));
    const QStringList arguments = QCoreApplication::arguments();

    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        isms::cli::error("no verb given.\n" + usage());
        return isms::cli::kUsage;
    }
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h") || first == QStringLiteral("help")) {
        isms::cli::out(usage());
        return isms::cli::kOk;
    }
    if (first == QStringLiteral("--version")) {
        isms::cli::out(std::string("ismsctl ") + ISMS_VERSION);
        return isms::cli::kOk;
    }
    for (const auto& verb : verbs())
        if (first == QString::fromUtf8(verb.name))
            return verb.run(arguments);
    isms::cli::error("unknown verb '" + first.toStdString() + "'. Run `ismsctl --help` for the list.");
    return isms::cli::kUsage;
}
