// File > Save as Template… and New from Template… in the window: the actions, the files they
// make, the wizard without its risk method page, and a bad template refused before any question.
#include "app_fixture.h"

#include "app/dialogs/message_presenter.h"
#include "app/settings/app_settings.h"
#include "app/window/file_controller.h"
#include "app/window/main_window.h"
#include "app/wizard/new_file_wizard.h"
#include "content/client_template.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>

#include <catch2/catch_test_macros.hpp>

#include <functional>
#include <vector>

using namespace isms;
using namespace isms::app;

TEST_CASE("the File menu has Save as Template and New from Template", "[templates][window]")
{
    test::DemoFile demo;
    RecordingPresenter messages;
    AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(messages, settings, demo.clock);
    const MainActions& a = window.actions();
    REQUIRE(a.newFromTemplate != nullptr);
    REQUIRE(a.saveAsTemplate != nullptr);
    QMenu* file = window.menuBar()->actions().first()->menu();
    REQUIRE(file != nullptr);
    CHECK(file->actions().contains(a.newFromTemplate));
    CHECK(file->actions().contains(a.saveAsTemplate));
    CHECK(a.newFromTemplate->isEnabled());
    CHECK_FALSE(a.saveAsTemplate->isEnabled());
    REQUIRE(window.openFile(demo.path, true));
    CHECK(a.saveAsTemplate->isEnabled());  // a read-only file makes a template too
    CHECK(FileController::templatesFolder()
          == QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("templates")));
}

TEST_CASE("a template saved from the window makes a healthy client file through the wizard's answers", "[templates][files]")
{
    test::DemoFile demo;
    RecordingPresenter messages;
    AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(messages, settings, demo.clock);
    REQUIRE(window.openFile(demo.path, true));
    const QByteArray before = demo.fingerprint();
    const QString tpl = demo.dir.filePath(QStringLiteral("Baseline.isms-template"));
    REQUIRE(window.files()->saveAsTemplateTo(*window.session(), tpl));
    CHECK(demo.fingerprint() == before);
    REQUIRE(messages.last() != nullptr);
    CHECK(messages.last()->title == QStringLiteral("Template saved"));
    CHECK(messages.last()->text.contains(QStringLiteral("93 controls")));
    CHECK(QFileInfo::exists(tpl));
    CHECK_FALSE(window.files()->saveAsTemplateTo(*window.session(), tpl));
    CHECK(messages.last()->title == QStringLiteral("Cannot save the template"));
    CHECK(messages.last()->text.contains(QStringLiteral("already exists")));
    window.closeFile();

    NewFileRequest request;
    request.organisation = QStringLiteral("Next Client Ltd");
    request.scope = QStringLiteral("The Leeds office");
    request.path = demo.dir.filePath(QStringLiteral("next.isms"));
    auto session = window.files()->createFromTemplateTo(tpl, request);
    REQUIRE(session != nullptr);
    CHECK(session->organisation() == QStringLiteral("Next Client Ltd"));
    auto health = session->file().check();
    REQUIRE(health.ok());
    CHECK(health->healthy());
    CHECK(session->file().count(session->catalogue().get(reg::people)).value() == 0);
    CHECK(session->file().count(session->catalogue().get(reg::documents)).value() > 0);
    CHECK(settings.recentFiles().first().path == request.path);
    window.setSession(std::move(session));
    CHECK(window.windowTitle().contains(QStringLiteral("Next Client Ltd")));
}

TEST_CASE("the wizard from a template leaves out the risk method page and says what the template brings", "[templates][wizard]")
{
    RecordingPresenter messages;
    NewFileWizard wizard(messages);
    wizard.useTemplate(QStringLiteral("Payroll baseline"),
                       {QStringLiteral("its 5 × 5 risk method"), QStringLiteral("14 documents")});
    CHECK_FALSE(wizard.pageIds().contains(NewFileWizard::MethodPageId));
    wizard.show();
    wizard.organisationEdit()->setText(QStringLiteral("Acme"));
    wizard.next();
    REQUIRE(wizard.currentId() == NewFileWizard::LocationPageId);
    CHECK(wizard.createSummary()->text().contains(QStringLiteral("Payroll baseline")));
    CHECK(wizard.createSummary()->text().contains(QStringLiteral("14 documents")));
    CHECK(wizard.pathEdit()->text().endsWith(QStringLiteral("Acme.isms")));
    wizard.hide();
}

TEST_CASE("a file that is no template is refused before the wizard asks anything", "[templates][files]")
{
    test::DemoFile demo;
    RecordingPresenter messages;
    AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
    FileController files(messages, settings, demo.clock);
    CHECK(files.createFromTemplateFile(demo.path, nullptr) == nullptr);
    REQUIRE(messages.count(RecordingPresenter::Kind::Error) == 1);
    CHECK(messages.last()->title == QStringLiteral("Cannot use the template"));
    CHECK(messages.last()->text.contains(QStringLiteral("is not a template")));
    const QString broken = demo.dir.filePath(QStringLiteral("broken.isms-template"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not an ISMS file: some plain text that goes on for a little while longer\n");
    file.close();
    CHECK(files.createFromTemplateFile(broken, nullptr) == nullptr);
    CHECK(messages.last()->text.contains(QStringLiteral("The template cannot be used")));
}

namespace {
// Answers each modal dialog the actions open, in turn, as a user would: `answer` gets the
// active modal widget and returns true once it has dealt with it.
class DialogAnswerer {
public:
    explicit DialogAnswerer(std::vector<std::function<bool(QWidget*)>> steps) : m_steps(std::move(steps))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (modal && m_next < m_steps.size() && m_steps[m_next](modal))
                ++m_next;
        });
        m_timer.start(20);
    }
    bool allAnswered() const { return m_next == m_steps.size(); }

private:
    std::vector<std::function<bool(QWidget*)>> m_steps;
    std::size_t m_next = 0;
    QTimer m_timer;
};
} // namespace

TEST_CASE("the two actions, triggered, save a template to the folder and make a client file from it", "[templates][window]")
{
    test::DemoFile demo;
    RecordingPresenter messages;
    AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(messages, settings, demo.clock);
    REQUIRE(window.openFile(demo.path, false));
    const QString folder = FileController::templatesFolder();
    const QString tpl = QDir(folder).filePath(QStringLiteral("Action baseline.isms-template"));
    QFile::remove(tpl);
    {
        DialogAnswerer answers({[&](QWidget* modal) {
            auto* dialog = qobject_cast<QFileDialog*>(modal);
            if (!dialog)
                return false;
            CHECK(QDir(dialog->directory()).absolutePath() == QDir(folder).absolutePath());
            dialog->selectFile(tpl);
            // Qt's own dialog applies a selection to its name box only once the folder is
            // listed; type the name there as a user would, so the answer does not race it.
            if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
                name->setText(QFileInfo(tpl).fileName());
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
            return true;
        }});
        window.actions().saveAsTemplate->trigger();
        CHECK(answers.allAnswered());
    }
    REQUIRE(QFileInfo::exists(tpl));
    CHECK(messages.last()->title == QStringLiteral("Template saved"));
    window.closeFile();

    const QString client = demo.dir.filePath(QStringLiteral("from-action.isms"));
    {
        DialogAnswerer answers({[&](QWidget* modal) {
                                    auto* pick = qobject_cast<QInputDialog*>(modal);
                                    if (!pick)
                                        return false;
                                    CHECK(pick->comboBoxItems().contains(QStringLiteral("Action baseline")));
                                    pick->setTextValue(QStringLiteral("Action baseline"));
                                    pick->accept();
                                    return true;
                                },
                                [&](QWidget* modal) {
                                    auto* wizard = qobject_cast<NewFileWizard*>(modal);
                                    if (!wizard)
                                        return false;
                                    wizard->organisationEdit()->setText(QStringLiteral("Action Client Ltd"));
                                    wizard->next();
                                    wizard->pathEdit()->setText(client);
                                    wizard->button(QWizard::FinishButton)->click();
                                    return true;
                                }});
        window.actions().newFromTemplate->trigger();
        CHECK(answers.allAnswered());
    }
    REQUIRE(window.session() != nullptr);
    CHECK(window.session()->organisation() == QStringLiteral("Action Client Ltd"));
    CHECK(window.session()->filePath() == client);
    auto health = window.session()->file().check();
    REQUIRE(health.ok());
    CHECK(health->healthy());
    window.closeFile();
    QFile::remove(tpl);
}
