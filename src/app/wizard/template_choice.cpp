#include "app/wizard/template_choice.h"

#include "app/session/value_convert.h"

#include "content/client_template.h"
#include "domain/catalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>

namespace isms::app {

namespace {
// lupdate files a free function's tr() under its namespace: the same context here.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("isms::app", text, disambiguation, n);
}

QString browse(const QString& folder, QWidget* parent)
{
    return QFileDialog::getOpenFileName(parent, tr("New from Template"), folder,
                                        tr("ISMS templates (*.isms-template);;All files (*)"));
}
} // namespace

QString chooseTemplate(const QString& folder, QWidget* parent)
{
    const auto found = content::templatesIn(fsPath(folder));
    if (found.empty())
        return browse(folder, parent);
    QStringList names;
    for (const auto& path : found) {
        QString name = qpath(path.filename());
        name.chop(static_cast<int>(content::kTemplateSuffix.size()));
        names << name;
    }
    const QString other = tr("Another template file…");
    names << other;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, tr("New from Template"),
                                                 tr("Start the new file from the template:"), names, 0,
                                                 false, &ok);
    if (!ok)
        return {};
    if (chosen == other)
        return browse(folder, parent);
    return qpath(found[static_cast<std::size_t>(names.indexOf(chosen))]);
}

QStringList templateBrings(const content::TemplateSummary& s)
{
    QStringList brings;
    brings << tr("its %1 × %2 risk method").arg(s.levels).arg(s.impactLevels)
           << tr("%n control decision(s) with their justifications", nullptr, static_cast<int>(s.decidedControls));
    const auto add = [&](std::string_view key, const char* text) {
        if (const auto n = s.count(key); n > 0)
            brings << tr(text, nullptr, static_cast<int>(n));
    };
    add(reg::documents, QT_TRANSLATE_N_NOOP("isms::app", "%n document(s) to write, as drafts"));
    add(reg::roles, QT_TRANSLATE_N_NOOP("isms::app", "%n role(s), to be given holders"));
    add(reg::risks, QT_TRANSLATE_N_NOOP("isms::app", "%n risk(s), to be assessed and given owners"));
    add(reg::objectives, QT_TRANSLATE_N_NOOP("isms::app", "%n objective(s)"));
    add(reg::metrics, QT_TRANSLATE_N_NOOP("isms::app", "%n metric(s)"));
    add(reg::competences, QT_TRANSLATE_N_NOOP("isms::app", "%n competence requirement(s)"));
    add(reg::communications, QT_TRANSLATE_N_NOOP("isms::app", "%n communication(s)"));
    return brings;
}

} // namespace isms::app
