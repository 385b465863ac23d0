// ismsctl report: a report kind (SoA, risk register, ...) in a format (text, PDF, XLSX, ...),
// from the reports layer's registries, so a new kind or format appears here with no change.
#include "cli/cli_common.h"
#include "cli/verbs.h"

#include "reports/report_file.h"
#include "reports/report_kind.h"
#include "reports/report_source.h"
#include "reports/report_writer.h"
#include "reports/writers/text_writer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sys/ioctl.h>
#include <unistd.h>

namespace isms::cli {

namespace {

std::string kindList()
{
    // One column for the titles, as wide as the longest key.
    std::size_t width = 0;
    for (const auto& kind : reports::reportKinds())
        width = std::max(width, std::string(kind.key).size());
    std::string text;
    for (const auto& kind : reports::reportKinds()) {
        std::string key = kind.key;
        key.resize(width + 2, ' ');
        text += "  " + key + kind.translatedTitle().toStdString() + ": "
            + kind.translatedSummary().toStdString() + "\n";
    }
    return text;
}

std::string formatList()
{
    std::string text;
    for (const auto* writer : reports::reportWriters()) {
        std::string key = writer->key().toStdString();
        key.resize(std::max<std::size_t>(key.size() + 2, 8), ' ');
        text += "  " + key + writer->displayName().toStdString() + " (."
            + writer->suffix().toStdString() + ")\n";
    }
    return text;
}

// The terminal's width when stdout is one, so a table fills it; the fixed default otherwise,
// so that piped or redirected output is the same wherever it is made.
int stdoutWidth()
{
    winsize size{};
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return reports::TextWriter::kDefaultWidth;
}

} // namespace

int runReport(const QStringList& arguments)
{
    VerbParser verb(
        QStringLiteral("report"),
        tr("Makes a report from a file: KIND is one of the kinds `ismsctl report --list` shows "
           "(soa, risks, treatment, criteria, ...). Without -o the report is printed as text; with "
           "-o OUT it is written to OUT in the format --format names, or else the one OUT's suffix "
           "names (.pdf, .xlsx, .odt, .csv, .txt). The kinds that compare (assessment-compare, "
           "soa-diff) compare the last two assessment runs or SoA versions, or those --from and --to name. "
           "The file is opened read-only and never written "
           "to. OUT is written whole or not at all (a temporary file beside it, then renamed).\n"
           "Exit codes: 0 the report was made; 1 it could not be made or written (the file cannot "
           "be read or is damaged, fewer than two runs or versions to compare, --from or --to names "
           "none, OUT's folder is missing or read-only, the disk is full), or OUT "
           "exists and --force was not given (\"OUT exists: add --force to replace it\"; OUT is "
           "left untouched); 2 wrong usage: an unknown KIND or format (the valid ones are listed), "
           "or a format that cannot be printed without -o."));
    verb.positional(QStringLiteral("FILE"), tr("The .isms file."));
    verb.positional(QStringLiteral("KIND"), tr("The report kind (see --list)."));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("list"), tr("List the report kinds and the formats, then stop.")});
    p.addOption({QStringLiteral("format"),
                 tr("pdf, xlsx, odt, csv or text (see --list). Default: from OUT's suffix, or text "
                    "when there is no -o."),
                 QStringLiteral("FORMAT")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 tr("Write the report to OUT instead of printing it."), QStringLiteral("OUT")});
    p.addOption({QStringLiteral("force"), tr("Replace OUT if it exists.")});
    p.addOption({QStringLiteral("from"),
                 tr("For the kinds that compare: the earlier assessment run (its ref, RA-001) or SoA version "
                    "(its number). Default: the one before the last."),
                 QStringLiteral("REF")});
    p.addOption({QStringLiteral("to"),
                 tr("For the kinds that compare: the later run or version. Default: the last."), QStringLiteral("REF")});
    if (auto stop = verb.parse(arguments, 0, 2))
        return *stop;

    if (p.isSet(QStringLiteral("list"))) {
        out(tr("Report kinds (KIND):").toStdString() + "\n" + kindList() + "\n"
            + tr("Formats (--format):").toStdString() + "\n" + formatList());
        return kOk;
    }
    const QStringList positionals = verb.positionals();
    if (positionals.size() != 2) {
        error(tr("`ismsctl report` expects FILE and KIND. Run `ismsctl report --list` for the kinds.")
                  .toStdString());
        return kUsage;
    }
    const auto path = toPath(positionals.at(0));
    const reports::ReportKind* kind = reports::findReportKind(positionals.at(1).trimmed().toLower());
    if (!kind) {
        error(tr("there is no report kind '%1'. The kinds are:").arg(positionals.at(1)).toStdString()
              + "\n" + kindList());
        return kUsage;
    }

    if ((p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to")))
        && kind->compares == reports::ReportKind::Compares::Nothing) {
        error(tr("--from and --to are for the kinds that compare (assessment-compare, soa-diff), not %1.")
                  .arg(QLatin1String(kind->key))
                  .toStdString());
        return kUsage;
    }
    const bool toFile = p.isSet(QStringLiteral("output"));
    const QString target = p.value(QStringLiteral("output"));
    const reports::ReportWriter* writer = nullptr;
    if (p.isSet(QStringLiteral("format"))) {
        writer = reports::findReportWriter(p.value(QStringLiteral("format")).trimmed());
        if (!writer) {
            error(tr("there is no report format '%1'. The formats are:")
                      .arg(p.value(QStringLiteral("format")))
                      .toStdString()
                  + "\n" + formatList());
            return kUsage;
        }
    } else if (toFile) {
        const QString suffix = QFileInfo(target).suffix();
        writer = reports::findReportWriter(suffix);
        if (!writer || suffix.isEmpty()) {
            error(tr("cannot tell the format from '%1': give OUT one of these suffixes, or add "
                     "--format. The formats are:")
                      .arg(target)
                      .toStdString()
                  + "\n" + formatList());
            return kUsage;
        }
    }
    const reports::TextWriter terminal(stdoutWidth());
    if (!toFile) {
        if (writer && writer->key() != terminal.key()) {
            error(tr("the %1 format is written to a file: add -o OUT.").arg(writer->key()).toStdString());
            return kUsage;
        }
        writer = &terminal;
    }
    // Refused before the file is read; writeReportFile checks again as it renames into place.
    const bool force = p.isSet(QStringLiteral("force"));
    if (toFile && !force && QFileInfo::exists(target)) {
        error(tr("%1 exists: add --force to replace it. Nothing was written.").arg(target).toStdString());
        return kFailure;
    }

    auto file = openFile(path, storage::OpenMode::ReadOnly);
    if (!file)
        return kFailure;
    const reports::ReportOptions options{p.value(QStringLiteral("from")), p.value(QStringLiteral("to"))};
    auto document = reports::buildReport(*file, *kind, clock().today(), options);
    if (!document)
        return fail(path, document.error());

    if (!toFile) {
        auto text = terminal.render(*document);
        if (!text)
            return fail(path, text.error());
        out(text->toStdString());
        return kOk;
    }
    auto written = reports::writeReportFile(*document, *writer, target,
                                            force ? reports::Overwrite::Replace : reports::Overwrite::Refuse);
    if (!written) {
        error(target.toStdString() + ": " + written.error().message);
        return kFailure;
    }
    return kOk;
}

} // namespace isms::cli
