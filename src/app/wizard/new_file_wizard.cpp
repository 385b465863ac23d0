#include "app/wizard/new_file_wizard.h"

#include "app/dashboard/risk_matrix_widget.h"
#include "app/dialogs/message_presenter.h"
#include "app/wizard/new_file_location.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QWizardPage>

namespace isms::app {

namespace {

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    // Red text plus a leading sign, so the message is not carried by colour alone.
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(pal);
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& text)
{
    label->setText(QStringLiteral("⚠ ") + text);
    label->show();
}

// Characters that are unsafe in a file name on at least one desktop system.
QString safeFileName(const QString& organisation)
{
    QString name = organisation.trimmed();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral(" "));
    name = name.simplified();
    return name.isEmpty() ? QStringLiteral("ISMS") : name;
}

} // namespace

// The pages forward isComplete/validatePage to the wizard, which owns the widgets.
class OrganisationPage final : public QWizardPage {
public:
    explicit OrganisationPage(NewFileWizard* wizard) : m_wizard(wizard) {}
    bool isComplete() const override { return !m_wizard->m_organisation->text().trimmed().isEmpty(); }
    bool validatePage() override { return m_wizard->validateOrganisation(); }

private:
    NewFileWizard* m_wizard;
};

class MethodPage final : public QWizardPage {
public:
    explicit MethodPage(NewFileWizard* wizard) : m_wizard(wizard) {}

private:
    NewFileWizard* m_wizard;
};

class LocationPage final : public QWizardPage {
public:
    explicit LocationPage(NewFileWizard* wizard) : m_wizard(wizard) {}
    bool isComplete() const override { return !m_wizard->m_path->text().trimmed().isEmpty(); }
    bool validatePage() override { return m_wizard->validateLocation(); }
    void initializePage() override { m_wizard->proposePath(); }

private:
    NewFileWizard* m_wizard;
};

NewFileWizard::NewFileWizard(MessagePresenter& presenter, const QString& defaultFolder,
                             QWidget* parent)
    : QWizard(parent), m_presenter(presenter), m_defaultFolder(defaultFolder)
{
    setWindowTitle(tr("New ISMS File"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    if (m_defaultFolder.isEmpty())
        m_defaultFolder = proposedFolder();

    // ---- organisation and scope ----
    auto* org = new OrganisationPage(this);
    org->setTitle(tr("Organisation"));
    org->setSubTitle(tr("Whose information security management system will this file hold?"));
    auto* orgLayout = new QFormLayout(org);
    m_organisation = new QLineEdit(org);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setPlaceholderText(tr("e.g. Acme Ltd"));
    m_organisation->setMaxLength(200);
    orgLayout->addRow(tr("&Organisation name:"), m_organisation);
    m_organisationError = errorLabel(org);
    orgLayout->addRow(QString(), m_organisationError);
    m_scope = new QPlainTextEdit(org);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->setPlaceholderText(
        tr("e.g. The development, operation and support of Acme's customer portal, by the staff "
           "in the London office, including the cloud services it runs on."));
    m_scope->setTabChangesFocus(true);
    m_scope->setMaximumHeight(m_scope->fontMetrics().lineSpacing() * 7);
    orgLayout->addRow(tr("&Scope statement:"), m_scope);
    auto* scopeHint = new QLabel(tr("What the ISMS covers (clause 4.3). You can refine it later "
                                    "in the Scope register."),
                                 org);
    scopeHint->setWordWrap(true);
    scopeHint->setForegroundRole(QPalette::PlaceholderText);
    orgLayout->addRow(QString(), scopeHint);
    connect(m_organisation, &QLineEdit::textChanged, org, [this, org] {
        if (!m_organisation->text().trimmed().isEmpty())
            m_organisationError->hide();
        emit org->completeChanged();
    });
    connect(m_organisation, &QLineEdit::editingFinished, this, [this] {
        if (m_organisation->text().trimmed().isEmpty() && m_organisation->isModified())
            showError(m_organisationError, tr("Enter the organisation's name."));
    });
    setPage(OrganisationPageId, org);

    // ---- risk method ----
    auto* method = new MethodPage(this);
    method->setTitle(tr("Risk method"));
    method->setSubTitle(tr("How risks are rated: the size of the likelihood × impact matrix, its "
                           "bands and the level up to which residual risk may be accepted."));
    auto* methodLayout = new QVBoxLayout(method);
    auto* presetRow = new QFormLayout;
    m_preset = new QComboBox(method);
    m_preset->setObjectName(QStringLiteral("preset"));
    for (int n = isms::Methodology::kMinLevels; n <= isms::Methodology::kMaxLevels; ++n)
        m_preset->addItem(n == 5 ? tr("%1 × %1 (recommended)").arg(n) : tr("%1 × %1").arg(n), n);
    m_preset->setCurrentIndex(m_preset->findData(5));
    presetRow->addRow(tr("&Matrix:"), m_preset);
    methodLayout->addLayout(presetRow);
    m_presetSummary = new QLabel(method);
    m_presetSummary->setWordWrap(true);
    m_presetSummary->setForegroundRole(QPalette::PlaceholderText);
    methodLayout->addWidget(m_presetSummary);
    m_preview = new RiskMatrixWidget(method);
    m_preview->setObjectName(QStringLiteral("matrixPreview"));
    m_legend = new RiskBandLegend(method);
    methodLayout->addWidget(m_preview);  // full width: it centres its own grid
    methodLayout->addWidget(m_legend, 0, Qt::AlignHCenter);
    methodLayout->addStretch(1);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &NewFileWizard::updatePreview);
    setPage(MethodPageId, method);

    // ---- where the file goes ----
    auto* location = new LocationPage(this);
    location->setTitle(tr("File location"));
    location->setSubTitle(tr("One file holds this organisation's whole ISMS. Keep it where it is "
                             "backed up."));
    location->setButtonText(QWizard::FinishButton, tr("&Create"));
    auto* locLayout = new QFormLayout(location);
    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(location);
    m_path->setObjectName(QStringLiteral("path"));
    auto* browseButton = new QPushButton(tr("&Browse…"), location);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto* pathLabel = new QLabel(tr("&File:"), location);
    pathLabel->setBuddy(m_path);
    locLayout->addRow(pathLabel, pathRow);
    m_pathError = errorLabel(location);
    locLayout->addRow(QString(), m_pathError);
    m_createSummary = new QLabel(location);
    m_createSummary->setWordWrap(true);
    m_createSummary->setTextFormat(Qt::RichText);
    locLayout->addRow(QString(), m_createSummary);
    connect(browseButton, &QPushButton::clicked, this, &NewFileWizard::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, location, [this, location] {
        m_pathError->hide();
        m_replaceConfirmed = false;
        updateSummary();
        emit location->completeChanged();
    });
    setPage(LocationPageId, location);

    updatePreview();
    resize(620, 500);
}

QString NewFileWizard::withIsmsSuffix(const QString& path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(QStringLiteral(".isms"), Qt::CaseInsensitive))
        return trimmed;
    return trimmed + QStringLiteral(".isms");
}

bool NewFileWizard::validateOrganisation()
{
    if (m_organisation->text().trimmed().isEmpty()) {
        showError(m_organisationError, tr("Enter the organisation's name."));
        m_organisation->setFocus();
        return false;
    }
    return true;
}

bool NewFileWizard::validateLocation()
{
    const QString path = withIsmsSuffix(m_path->text());
    if (path.isEmpty()) {
        showError(m_pathError, tr("Choose where to keep the file."));
        return false;
    }
    const QFileInfo info(path);
    if (path != m_path->text())
        m_path->setText(QDir::toNativeSeparators(path));
    // A folder that does not exist yet is made with the file (the summary says so).
    const LocationCheck check = checkNewFileLocation(info.absoluteFilePath());
    if (!check.ok()) {
        showError(m_pathError, check.error);
        return false;
    }
    if (info.exists()) {
        m_replaceConfirmed = m_presenter.confirm(
            tr("Replace the existing file?"),
            tr("“%1” already exists in %2. Replacing it throws away everything in it.")
                .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
            tr("&Replace"));
        if (!m_replaceConfirmed) {
            showError(m_pathError, tr("That file already exists. Choose another name."));
            return false;
        }
    }
    return true;
}

void NewFileWizard::proposePath()
{
    // Follows the organisation's name until the user types a path of their own.
    if (!m_pathEdited || m_path->text().trimmed().isEmpty()) {
        const QString name = safeFileName(m_organisation->text()) + QStringLiteral(".isms");
        m_path->setText(QDir::toNativeSeparators(QDir(m_defaultFolder).filePath(name)));
    }
    updateSummary();
}

void NewFileWizard::updateSummary()
{
    QStringList parts;
    if (usesTemplate()) {
        parts << tr("the 93 Annex A controls and the clause 4–10 requirement checklist") << m_templateBrings;
    } else {
        const int levels = m_preset->currentData().toInt();
        parts << tr("the 93 Annex A controls, each waiting for your decision")
              << tr("the clause 4–10 requirement checklist") << tr("a %1 × %1 risk method").arg(levels);
    }
    if (!m_scope->toPlainText().trimmed().isEmpty())
        parts << tr("your scope statement, as a draft");
    for (QString& part : parts)
        part = part.toHtmlEscaped();
    const QString organisation = m_organisation->text().trimmed().toHtmlEscaped();
    QString text = usesTemplate()
        ? tr("The new file for <b>%1</b> will start from the template <b>%2</b> with:")
              .arg(organisation, m_templateName.toHtmlEscaped())
        : tr("The new file for <b>%1</b> will start with:").arg(organisation);
    text += QStringLiteral("<ul style=\"margin-left:-20px\"><li>") + parts.join(QStringLiteral("</li><li>"))
        + QStringLiteral("</li></ul>");
    const QString path = withIsmsSuffix(QDir::fromNativeSeparators(m_path->text()));
    m_folderToCreate = path.isEmpty() ? QString()
                                      : checkNewFileLocation(QFileInfo(path).absoluteFilePath()).folderToCreate;
    if (!m_folderToCreate.isEmpty())
        text += tr("The folder <b>%1</b> does not exist yet: it will be created.")
                    .arg(QDir::toNativeSeparators(m_folderToCreate).toHtmlEscaped());
    m_createSummary->setText(text);
}

void NewFileWizard::useTemplate(const QString& name, const QStringList& brings)
{
    m_templateName = name;
    m_templateBrings = brings;
    setWindowTitle(tr("New ISMS File from Template"));
    page(OrganisationPageId)->setSubTitle(
        tr("Whose information security management system will this file hold? It starts from "
           "the template “%1”.").arg(name));
    if (page(MethodPageId))
        removePage(MethodPageId);
}

void NewFileWizard::browse()
{
    const QString start = m_path->text().trimmed().isEmpty()
        ? m_defaultFolder
        : QDir::fromNativeSeparators(m_path->text().trimmed());
    // We ask about replacing ourselves, after the suffix is added, so the question is asked once.
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("New ISMS File"), start, tr("ISMS files (*.isms)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    m_pathEdited = true;
    m_path->setText(QDir::toNativeSeparators(withIsmsSuffix(chosen)));
}

void NewFileWizard::updatePreview()
{
    const int levels = m_preset->currentData().toInt();
    const isms::Methodology m = isms::Methodology::preset(levels);
    m_preview->setMethodology(m);
    m_legend->setMethodology(m);
    m_presetSummary->setText(
        tr("%1 likelihood levels × %1 impact levels; a risk's level is likelihood × impact. "
           "Residual levels up to %2 may be accepted by the risk owner.")
            .arg(levels)
            .arg(m.acceptableMaxScore));
}

NewFileRequest NewFileWizard::request() const
{
    NewFileRequest r;
    r.organisation = m_organisation->text().trimmed();
    r.scope = m_scope->toPlainText().trimmed();
    r.matrixLevels = m_preset->currentData().toInt();
    r.path = QFileInfo(QDir::fromNativeSeparators(withIsmsSuffix(m_path->text()))).absoluteFilePath();
    r.replaceExisting = m_replaceConfirmed;
    r.createFolder = checkNewFileLocation(r.path).folderToCreate;
    return r;
}

} // namespace isms::app
