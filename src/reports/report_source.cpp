#include "reports/report_source.h"

#include "domain/pair_choice.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace isms::reports {

namespace {

QString qtext(const std::string& text)
{
    return QString::fromStdString(text);
}

// The change log writes UTC as 2026-11-23T15:30:00.123Z; older entries may lack milliseconds.
QDateTime utcTime(const std::string& iso)
{
    if (iso.empty())
        return {};
    QDateTime time = QDateTime::fromString(qtext(iso), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(qtext(iso), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString tr(const char* text)
{
    return QCoreApplication::translate("isms::reports", text);
}

// Why the two things to compare cannot be chosen, in the reader's language.
Error choiceError(const PairChoice& choice, bool runs, const QStringList& known)
{
    QString message;
    switch (choice.problem) {
    case PairChoice::Problem::TooFew:
        message = runs ? tr("Comparing needs two assessment runs and the file has %1: record one with "
                            "`ismsctl assess FILE --trigger planned|change`.")
                             .arg(known.size())
                       : tr("Comparing needs two SoA versions and the file has %1: approve one with "
                            "`ismsctl soa-version FILE --approved-by PERSON-REF`.")
                             .arg(known.size());
        break;
    case PairChoice::Problem::Unknown:
        message = (runs ? tr("There is no assessment run %1: the runs are %2.")
                        : tr("There is no SoA version %1: the versions are %2."))
                      .arg(qtext(choice.unknown), known.join(QStringLiteral(", ")));
        break;
    case PairChoice::Problem::Same:
        message = tr("--from and --to name the same one: compare two different ones (%1).")
                      .arg(known.join(QStringLiteral(", ")));
        break;
    case PairChoice::Problem::None:
        break;
    }
    return makeError(choice.problem == PairChoice::Problem::TooFew ? ErrorCode::NotFound : ErrorCode::Invalid,
                     message.toStdString());
}

Result<ComparedVersions> loadCompared(const storage::IsmsFile& file, ReportKind::Compares compares,
                                      const ReportOptions& options)
{
    ComparedVersions compared;
    const std::string from = options.from.trimmed().toStdString(), to = options.to.trimmed().toStdString();
    if (compares == ReportKind::Compares::AssessmentRuns) {
        auto runs = file.assessmentRuns();
        if (!runs)
            return runs.error();
        std::vector<std::string> keys;
        QStringList known;
        for (const auto& run : *runs) {
            keys.push_back(run.ref);
            known << qtext(run.ref);
        }
        const PairChoice choice = choosePair(keys, from, to);
        if (!choice.ok())
            return choiceError(choice, true, known);
        auto before = file.assessmentRun((*runs)[choice.from].id);
        if (!before)
            return before.error();
        auto after = file.assessmentRun((*runs)[choice.to].id);
        if (!after)
            return after.error();
        compared.runBefore = std::move(*before);
        compared.runAfter = std::move(*after);
    } else if (compares == ReportKind::Compares::SoaVersions) {
        auto versions = file.soaVersions();
        if (!versions)
            return versions.error();
        std::vector<std::string> keys;
        QStringList known;
        for (const auto& v : *versions) {
            keys.push_back(std::to_string(v.number));
            known << QString::number(v.number);
        }
        // "v2" is accepted for 2, as the history shows versions.
        auto number = [](std::string key) {
            if (!key.empty() && (key[0] == 'v' || key[0] == 'V'))
                key.erase(0, 1);
            return key;
        };
        const PairChoice choice = choosePair(keys, number(from), number(to));
        if (!choice.ok())
            return choiceError(choice, false, known);
        auto before = file.soaVersion((*versions)[choice.from].number);
        if (!before)
            return before.error();
        auto after = file.soaVersion((*versions)[choice.to].number);
        if (!after)
            return after.error();
        compared.soaBefore = std::move(*before);
        compared.soaAfter = std::move(*after);
    }
    return compared;
}

} // namespace

ReportMeta reportMeta(const storage::IsmsFile& file)
{
    const storage::FileInfo info = file.info();
    ReportMeta meta;
    meta.organisation = qtext(info.organisation);
    meta.lastChange = utcTime(info.lastChangeAt);
    meta.lastChangeBy = qtext(info.lastChangeBy);
    meta.sourceFile = QString::fromStdString(file.path().filename().string());
    meta.generator = QStringLiteral("ISMS Desk %1").arg(QStringLiteral(ISMS_VERSION));
    return meta;
}

Result<ReportDocument> buildReport(const storage::IsmsFile& file, const ReportKind& kind, Date today,
                                   const ReportOptions& options)
{
    auto data = file.loadAll();
    if (!data) {
        Error error = data.error();
        error.message = QCoreApplication::translate("isms::reports",
                                                    "The report could not be made because the file "
                                                    "could not be read: %1")
                            .arg(qtext(error.message))
                            .toStdString();
        return error;
    }
    // A methodology that does not hold (a file changed behind the program's back) would give
    // levels that mean nothing: refuse rather than print them.
    if (auto valid = data->methodology.validate(); !valid)
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("isms::reports",
                                                     "The report could not be made because the "
                                                     "file's risk methodology is damaged: %1 Run "
                                                     "`ismsctl check` on the file.")
                             .arg(qtext(valid.error().message))
                             .toStdString());
    std::optional<ComparedVersions> compared;
    if (kind.compares != ReportKind::Compares::Nothing) {
        auto loaded = loadCompared(file, kind.compares, options);
        if (!loaded)
            return loaded.error();
        compared = std::move(*loaded);
    }
    const ReportInput input{*data, reportMeta(file), today, options, compared ? &*compared : nullptr};
    ReportDocument document = kind.build(input);
    if (document.meta.kind.isEmpty())
        document.meta.kind = QLatin1String(kind.key);
    if (document.meta.title.isEmpty())
        document.meta.title = kind.translatedTitle();
    return document;
}

} // namespace isms::reports
