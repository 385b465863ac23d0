#include "app/help/about_dialog.h"

#include "storage/isms_file.h"
#include "storage/library_versions.h"
#include "ui_about_dialog.h"

#include <QApplication>
#include <QFile>
#include <QFontDatabase>

namespace isms::app {

AboutFacts aboutFacts()
{
    AboutFacts facts;
    facts.version = QStringLiteral(ISMS_VERSION);
    facts.schemaVersion = storage::kSchemaVersion;
    facts.qtRuntime = QString::fromLatin1(qVersion());
    facts.qtBuilt = QStringLiteral(QT_VERSION_STR);
    // The libraries' own answers at run time: the ones loaded, not the headers built against.
    const storage::LibraryVersions libraries = storage::libraryVersions();
    facts.sqlite = QString::fromStdString(libraries.sqlite);
    facts.sodium = QString::fromStdString(libraries.sodium);
    return facts;
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("aboutDialog"));
    const AboutFacts facts = aboutFacts();
    m_ui->titleLabel->setText(tr("<h2>ISMS Desk %1</h2>").arg(facts.version.toHtmlEscaped()));
    m_ui->versionValue->setText(facts.version);
    m_ui->fileFormatValue->setText(
        tr("ISMS file, schema version %1. Files of an earlier version are upgraded when they "
           "are opened, after a backup is taken; files of a later version are refused.")
            .arg(facts.schemaVersion));
    m_ui->fileFormatValue->setWordWrap(true);
    m_ui->licenceValue->setText(
        tr("GNU General Public License, version 3 or later (GPL-3.0-or-later). ISMS Desk comes "
           "with no warranty; you may share and change it under the licence's terms."));
    m_ui->librariesValue->setText(tr("Qt %1 (built with %2), SQLite %3, libsodium %4")
                                      .arg(facts.qtRuntime, facts.qtBuilt, facts.sqlite,
                                           facts.sodium));
    QFile licence(QStringLiteral(":/about/LICENSE"));
    if (licence.open(QIODevice::ReadOnly))
        m_ui->licenceText->setPlainText(QString::fromUtf8(licence.readAll()));
    m_ui->licenceText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->aboutQtButton, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(m_ui->licenceButton, &QPushButton::toggled, this, [this](bool shown) {
        m_ui->licenceButton->setText(shown ? tr("Hide &Licence") : tr("Show &Licence"));
        // The licence takes the room the spacer kept while it was hidden.
        m_ui->bottomSpacer->changeSize(0, 0, QSizePolicy::Minimum,
                                       shown ? QSizePolicy::Fixed : QSizePolicy::Expanding);
        layout()->invalidate();
        if (shown)
            resize(qMax(width(), 680), qMax(height(), 600));
    });
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionText() const { return m_ui->versionValue->text(); }
QString AboutDialog::fileFormatText() const { return m_ui->fileFormatValue->text(); }
QString AboutDialog::licenceText() const { return m_ui->licenceText->toPlainText(); }
QString AboutDialog::librariesText() const { return m_ui->librariesValue->text(); }

} // namespace isms::app
