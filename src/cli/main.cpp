// ismsctl: the ISMS file from the command line, for scripts, CI and auditors without a display.
#include "cli/cli_common.h"
#include "cli/verbs.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace {

struct Verb {
    const char* name;
    const char* summary;
    std::function<int(const QStringList&)> run;
    // Lays text out with Qt Gui (PDF, ODT): needs a QGuiApplication. Only such verbs pay for
    // one, so the others start as fast as before.
    bool needsGui = false;
};

const std::vector<Verb>& verbs()
{
    using namespace isms::cli;
    static const std::vector<Verb> list{
        {"registers", "list the register keys, titles and clauses", runRegisters},
        {"new", "create a new ISMS file from the standard template or a client template", runNew},
        {"demo", "create a sample ISMS file (optionally with many extra risks)", runDemo},
        {"info", "show a file's organisation, schema, history and record counts", runInfo},
        {"check", "check integrity, schema and the change-log chain (exit 1 if unhealthy)", runCheck},
        {"list", "print a register as a table, CSV or JSON", runList},
        {"import", "add records to a register from CSV (all rows or none)", runImport},
        {"history", "show the change log of a file or of one record", runHistory},
        {"export", "write a copy of a file (--audit-copy: a verifiable audit copy)", runExport},
        {"verify", "verify an audit copy against its digests (exit 1 if not verified)", runVerify},
        {"notes", "auditor notes on an audit copy: add, list, merge into findings", runNotes},
        {"key", "your signing key and the keys you trust (create, show, export, trust, list)", runKey},
        {"template", "client templates: save a file as a template, list the templates folder", runTemplate},
        {"report", "make a report (SoA, risk register, ...) as text, PDF, XLSX, ODT or CSV", runReport, true},
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

bool needsGui(int argc, char* argv[])
{
    if (argc < 2)
        return false;
    for (const auto& verb : verbs())
        if (std::strcmp(argv[1], verb.name) == 0)
            return verb.needsGui;
    return false;
}

QtMessageHandler qtDefaultHandler = nullptr;

// Qt Gui looks up the runtime folder, which cron and CI jobs often lack; Qt then uses a private
// one under /tmp and says so on stderr on every run, which tells a user of ismsctl nothing.
void withoutRuntimeDirNotice(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (qtDefaultHandler)
        qtDefaultHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

// The command line has no display: Qt Gui runs on the offscreen platform unless the user chose
// another one.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    if (!needsGui(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qtDefaultHandler = qInstallMessageHandler(withoutRuntimeDirNotice);
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const auto app = makeApplication(argc, argv);
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
