// Reports from the window (File › Export Report…, Export Page Report…, Print…, Print Preview…),
// driven with a fake report kind and a fake writer that can be slow, fail halfway or honour
// cancel, so these tests hold whichever builders and writers the registries have.

#include "window_fixture.h"

#include "app/export/export_report_dialog.h"
#include "reports/report_source.h"
#include "app/export/report_controller.h"
#include "reports/report_file.h"
#include "app/pages/methodology/methodology_editor.h"
#include "app/window/file_controller.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPainter>
#include <QPixmap>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QThread>

#include <catch2/catch_test_macros.hpp>

#include <atomic>

#include <unistd.h>

using namespace isms;
using namespace isms::app;

namespace {

// Builds a document with the number of risks in the file: a real read of the file, on whatever
// thread the export builds on.
reports::ReportDocument buildFake(const reports::ReportInput& input)
{
    reports::ReportDocument document;
    document.meta = input.meta;
    reports::Section section;
    section.heading = QStringLiteral("Fake section");
    reports::Table table;
    table.name = QStringLiteral("risks");
    table.columns = {{QStringLiteral("Register"), 12, false}, {QStringLiteral("Records"), 8, false}};
    std::size_t risks = 0;
    if (const auto found = input.data.records.find(std::string(reg::risks)); found != input.data.records.end())
        risks = found->second.size();
    table.rows.push_back({reports::Cell(QStringLiteral("risks")), reports::Cell::number(double(risks))});
    table.rows.push_back({reports::Cell(QStringLiteral("level")),
                          reports::Cell(reports::LevelCell{12, QStringLiteral("High"), QColor(Qt::red)})});
    section.blocks.emplace_back(std::move(table));
    document.sections.push_back(std::move(section));
    return document;
}

const std::vector<reports::ReportKind>& fakeKinds()
{
    static const std::vector<reports::ReportKind> kinds{
        {"readiness", "Fake readiness", "Fake summary: how ready the ISMS is", &buildFake},
        {"soa", "Fake SoA", "Fake summary: every Annex A control", &buildFake},
        {"risks", "Fake risks", "Fake summary: the risk register", &buildFake},
    };
    return kinds;
}

class FakeWriter final : public reports::ReportWriter {
public:
    enum class Mode { Quick, Slow, FailHalfway };
    FakeWriter(QString key, Mode mode) : m_key(std::move(key)), m_mode(mode) {}

    QString key() const override { return m_key; }
    QString suffix() const override { return m_key; }
    QString displayName() const override { return QStringLiteral("Fake %1").arg(m_key); }
    bool deterministic() const override { return true; }

    Result<void> write(const reports::ReportDocument& document, const QString& path,
                       const reports::WriteProgress& progress) const override
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, "cannot open");
        file.write(document.meta.title.toUtf8() + '\n' + document.meta.organisation.toUtf8() + '\n');
        const int steps = m_mode == Mode::Slow ? 3000 : 10;
        for (int step = 1; step <= steps; ++step) {
            if (progress.cancelled())
                return reports::cancelledError();
            file.write(QByteArray(100, 'x'));
            file.flush();
            progress.step(step, steps);
            if (m_mode == Mode::FailHalfway && step == steps / 2)
                return makeError(ErrorCode::Io, "No space left on device.");
            if (m_mode == Mode::Slow)
                QThread::msleep(2);
        }
        return {};
    }

private:
    QString m_key;
    Mode m_mode;
};

const FakeWriter kQuick{QStringLiteral("quick"), FakeWriter::Mode::Quick};
const FakeWriter kSlow{QStringLiteral("slow"), FakeWriter::Mode::Slow};
const FakeWriter kFailing{QStringLiteral("failing"), FakeWriter::Mode::FailHalfway};

ReportSources fakeSources()
{
    ReportSources sources = ReportSources::registered();
    sources.kinds.clear();
    for (const auto& kind : fakeKinds())
        sources.kinds.push_back(&kind);
    sources.writers = {&kQuick, &kSlow, &kFailing};
    return sources;
}

QStringList comboItems(const QComboBox* combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

// Every name in a folder, hidden ones too: a staged .part file must not survive.
QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

struct ExportWindow : test::DemoWindow {
    QTemporaryDir out;
    ReportController* reports = nullptr;

    ExportWindow(bool readOnly = false)
    {
        settings.setExportFolder(out.path());
        reports = window.reports();
        reports->setSources(fakeSources());
        openDemo(readOnly);
    }

    ExportRequest request(const char* kind, const FakeWriter& writer, const QString& name)
    {
        return ExportRequest{reports->sources().kind(QString::fromLatin1(kind)), &writer,
                             QDir(out.path()).filePath(name)};
    }

    // Starts and waits for the end; what exportFinished said.
    bool exportAndWait(const ExportRequest& request)
    {
        QSignalSpy done(reports, &ReportController::exportFinished);
        if (!reports->startExport(request))
            return false;
        REQUIRE(test::waitUntil([&] { return done.count() > 0; }));
        return done.first().first().toBool();
    }
};

} // namespace

TEST_CASE("the export dialog lists the kinds and formats it is given, with the kind's summary",
          "[export]")
{
    ExportWindow w;
    ExportReportDialog* dialog = w.reports->openExportDialog();
    REQUIRE(dialog != nullptr);
    auto* kinds = dialog->findChild<QComboBox*>(QStringLiteral("kindCombo"));
    auto* formats = dialog->findChild<QComboBox*>(QStringLiteral("formatCombo"));
    auto* summary = dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"));
    REQUIRE(kinds);
    REQUIRE(formats);
    CHECK(comboItems(kinds) == QStringList{QStringLiteral("Fake readiness"), QStringLiteral("Fake SoA"),
                                           QStringLiteral("Fake risks")});
    CHECK(comboItems(formats) == QStringList{QStringLiteral("Fake quick (.quick)"),
                                             QStringLiteral("Fake slow (.slow)"),
                                             QStringLiteral("Fake failing (.failing)")});
    CHECK(summary->text() == QStringLiteral("Fake summary: how ready the ISMS is"));
    dialog->selectKind(QStringLiteral("risks"));
    CHECK(summary->text() == QStringLiteral("Fake summary: the risk register"));
    dialog->close();

    // The window's own lists are the registries, whatever they hold.
    const ReportSources registered = ReportSources::registered();
    CHECK(registered.kinds.size() == reports::reportKinds().size());
    CHECK(registered.writers == reports::reportWriters());
}

TEST_CASE("the export's default name is <organisation>-<kind>.<suffix> in the last export folder",
          "[export]")
{
    CHECK(defaultExportFileName(QStringLiteral("Acme GmbH"), QStringLiteral("soa"), QStringLiteral("pdf"))
          == QStringLiteral("Acme GmbH-soa.pdf"));
    // Characters no file system takes in a name, and a leading dot, do not reach the name.
    CHECK(defaultExportFileName(QStringLiteral(".A/B:C*"), QStringLiteral("risks"), QStringLiteral("csv"))
          == QStringLiteral("A-B-C--risks.csv"));
    CHECK(defaultExportFileName(QString(), QStringLiteral("risks"), QStringLiteral("csv"))
          == QStringLiteral("risks.csv"));

    ExportWindow w;
    const QString organisation = w.session().organisation();
    ExportReportDialog* dialog = w.reports->openExportDialog(QStringLiteral("soa"));
    REQUIRE(dialog != nullptr);
    auto* path = dialog->findChild<QLineEdit*>(QStringLiteral("pathEdit"));
    const auto expected = [&](const QString& name) {
        return QDir::toNativeSeparators(QDir(w.out.path()).filePath(name));
    };
    CHECK(path->text() == expected(defaultExportFileName(organisation, QStringLiteral("soa"),
                                                         QStringLiteral("quick"))));
    // The name follows the kind and the format...
    dialog->selectFormat(QStringLiteral("slow"));
    dialog->selectKind(QStringLiteral("risks"));
    CHECK(path->text() == expected(defaultExportFileName(organisation, QStringLiteral("risks"),
                                                         QStringLiteral("slow"))));
    // ...until the user names the file; then only its suffix follows the format.
    QTest::keyClicks(path, QStringLiteral("x"));
    dialog->setPath(QDir(w.out.path()).filePath(QStringLiteral("board pack.slow")));
    dialog->selectFormat(QStringLiteral("quick"));
    CHECK(path->text() == expected(QStringLiteral("board pack.quick")));
    CHECK(dialog->exportButton()->isEnabled());
    // A folder that does not exist is said at once, and Export waits.
    dialog->setPath(QDir(w.out.path()).filePath(QStringLiteral("missing/board.quick")));
    CHECK_FALSE(dialog->exportButton()->isEnabled());
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("problemLabel"))->text().contains(QStringLiteral("does not exist")));
    dialog->close();

    // The folder exported to is remembered for the next time.
    QTemporaryDir other;
    REQUIRE(w.exportAndWait(ExportRequest{w.reports->sources().kind(QStringLiteral("soa")), &kQuick,
                                          QDir(other.path()).filePath(QStringLiteral("a.quick"))}));
    CHECK(w.settings.exportFolder() == other.path());
}

TEST_CASE("Export in the dialog writes the report and says where it went", "[export]")
{
    ExportWindow w;
    const QByteArray before = test::bytesOf(w.demo.path);
    const QDateTime mtime = QFileInfo(w.demo.path).lastModified();
    ExportReportDialog* dialog = w.reports->openExportDialog(QStringLiteral("risks"));
    REQUIRE(dialog != nullptr);
    const QString target = dialog->request().path;
    QSignalSpy done(w.reports, &ReportController::exportFinished);
    dialog->exportButton()->click();
    REQUIRE(test::waitUntil([&] { return done.count() > 0; }));
    CHECK(done.first().first().toBool());
    CHECK(QFileInfo(target).size() > 0);
    CHECK(test::bytesOf(target).startsWith("Fake risks\n"));
    CHECK(entriesOf(w.out.path()) == QStringList{QFileInfo(target).fileName()});
    CHECK(w.window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(target)));
    CHECK_FALSE(w.reports->openFolderButton()->isHidden());
    CHECK(w.messages.calls().empty());
    CHECK(test::bytesOf(w.demo.path) == before);
    CHECK(QFileInfo(w.demo.path).lastModified() == mtime);
}

TEST_CASE("exporting to a file that exists asks first; Cancel keeps it untouched", "[export]")
{
    ExportWindow w;
    const QString target = QDir(w.out.path()).filePath(QStringLiteral("kept.quick"));
    {
        QFile file(target);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("the user's own file");
    }
    const QDateTime mtime = QFileInfo(target).lastModified();

    w.messages.scriptAnswers({false});
    CHECK_FALSE(w.reports->startExport(w.request("soa", kQuick, QStringLiteral("kept.quick"))));
    REQUIRE(w.messages.last() != nullptr);
    CHECK(w.messages.last()->kind == RecordingPresenter::Kind::Confirm);
    CHECK(w.messages.last()->text.contains(QDir::toNativeSeparators(target)));
    CHECK(w.messages.last()->acceptLabel == QStringLiteral("&Replace"));
    CHECK(w.reports->runningExport() == nullptr);
    CHECK(test::bytesOf(target) == "the user's own file");
    CHECK(QFileInfo(target).lastModified() == mtime);
    CHECK(entriesOf(w.out.path()) == QStringList{QStringLiteral("kept.quick")});

    // Replace writes the new report in its place.
    w.messages.scriptAnswers({true});
    CHECK(w.exportAndWait(w.request("soa", kQuick, QStringLiteral("kept.quick"))));
    CHECK(test::bytesOf(target).startsWith("Fake SoA\n"));
    CHECK(entriesOf(w.out.path()) == QStringList{QStringLiteral("kept.quick")});
}

TEST_CASE("an existing target is refused unless replacing was chosen", "[export]")
{
    QTemporaryDir out;
    const QString target = QDir(out.path()).filePath(QStringLiteral("there.quick"));
    {
        QFile file(target);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("old");
    }
    reports::ReportDocument document;
    document.meta.title = QStringLiteral("New");
    auto refused = reports::writeReportFile(document, kQuick, target, reports::Overwrite::Refuse, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(QString::fromStdString(refused.error().message).contains(QStringLiteral("Choose another name")));
    CHECK(test::bytesOf(target) == "old");
    CHECK(entriesOf(out.path()) == QStringList{QStringLiteral("there.quick")});
    REQUIRE(reports::writeReportFile(document, kQuick, target, reports::Overwrite::Replace, {}));
    CHECK(test::bytesOf(target).startsWith("New\n"));
}

TEST_CASE("a long export runs in the background with progress; Cancel leaves nothing behind",
          "[export][cancel]")
{
    ExportWindow w;
    const QByteArray before = test::bytesOf(w.demo.path);
    const QDateTime mtime = QFileInfo(w.demo.path).lastModified();
    QSignalSpy done(w.reports, &ReportController::exportFinished);
    REQUIRE(w.reports->startExport(w.request("risks", kSlow, QStringLiteral("long.slow"))));
    ExportJob* job = w.reports->runningExport();
    REQUIRE(job != nullptr);
    QProgressDialog* progress = w.reports->progressDialog();
    REQUIRE(progress != nullptr);
    // While it runs, the window's thread turns: progress arrives through queued signals, and a
    // second export is not offered.
    REQUIRE(test::waitUntil([&] { return progress->value() >= 20; }));
    CHECK(progress->maximum() == 3000);
    CHECK_FALSE(w.window.actions().exportReport->isEnabled());
    CHECK_FALSE(w.reports->startExport(w.request("soa", kQuick, QStringLiteral("second.quick"))));
    // The staged file exists meanwhile, hidden beside the target.
    CHECK(entriesOf(w.out.path()).size() == 1);
    CHECK(entriesOf(w.out.path()).value(0).startsWith(QStringLiteral(".long.")));
    CHECK(entriesOf(w.out.path()).value(0).endsWith(QStringLiteral(".slow")));

    // Its Cancel button, as the user presses it.
    QPushButton* cancel = progress->findChild<QPushButton*>();
    REQUIRE(cancel != nullptr);
    cancel->click();
    REQUIRE(test::waitUntil([&] { return done.count() > 0; }));
    CHECK_FALSE(done.first().first().toBool());
    CHECK(entriesOf(w.out.path()).isEmpty());
    CHECK(w.messages.calls().empty());  // a cancel is the user's choice: no error box
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("nothing was written")));
    CHECK(w.window.actions().exportReport->isEnabled());
    CHECK(test::bytesOf(w.demo.path) == before);
    CHECK(QFileInfo(w.demo.path).lastModified() == mtime);
}

TEST_CASE("a writer failing halfway leaves nothing and says what to do", "[export][failure]")
{
    ExportWindow w;
    CHECK_FALSE(w.exportAndWait(w.request("soa", kFailing, QStringLiteral("broken.failing"))));
    CHECK(entriesOf(w.out.path()).isEmpty());
    REQUIRE(w.messages.last() != nullptr);
    CHECK(w.messages.last()->kind == RecordingPresenter::Kind::Error);
    CHECK(w.messages.last()->text.contains(QDir::toNativeSeparators(w.out.path())));
    CHECK(w.messages.last()->text.contains(QStringLiteral("No space left on device.")));
    CHECK(w.messages.last()->text.contains(QStringLiteral("export again")));
}

TEST_CASE("a folder that takes no new files is refused with what to do", "[export][failure]")
{
    ExportWindow w;
    // Permission bits do not stop root; a folder of /sys takes no new files from anyone.
    const bool root = ::geteuid() == 0;
    const QString folder = root ? QStringLiteral("/sys/kernel") : w.out.filePath(QStringLiteral("locked"));
    if (!root) {
        REQUIRE(QDir().mkdir(folder));
        REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    }
    const QStringList before = entriesOf(folder);
    CHECK_FALSE(w.exportAndWait(ExportRequest{w.reports->sources().kind(QStringLiteral("soa")), &kQuick,
                                              QDir(folder).filePath(QStringLiteral("soa.quick"))}));
    REQUIRE(w.messages.last() != nullptr);
    CHECK(w.messages.last()->kind == RecordingPresenter::Kind::Error);
    CHECK(w.messages.last()->text.contains(QDir::toNativeSeparators(folder)));
    CHECK(w.messages.last()->text.contains(QStringLiteral("Choose another folder")));
    CHECK(entriesOf(folder) == before);
    if (!root)
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_CASE("Export Page Report exports the current page's kind; pages without one do not offer it",
          "[export][page]")
{
    ExportWindow w;
    const MainActions& a = w.window.actions();
    w.ws()->showDashboard();
    CHECK(a.exportPage->isEnabled());
    CHECK(a.print->isEnabled());
    a.exportPage->trigger();
    auto* dialog = w.window.findChild<ExportReportDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->request().kind == w.reports->sources().kind(QStringLiteral("readiness")));
    dialog->close();

    w.ws()->showRegister(QStringLiteral("controls"));
    CHECK(w.reports->currentKind() == w.reports->sources().kind(QStringLiteral("soa")));
    // Assets have no report, and the fake sources have no criteria.
    for (const QString& page : {QStringLiteral("assets"), MethodologyEditor::pageKey()}) {
        w.ws()->showRegister(page);
        CHECK(w.reports->currentKind() == nullptr);
        CHECK_FALSE(a.exportPage->isEnabled());
        CHECK_FALSE(a.print->isEnabled());
        CHECK_FALSE(a.printPreview->isEnabled());
        CHECK(a.exportReport->isEnabled());
    }
}

TEST_CASE("Ctrl+P is Print; Go to Record keeps Ctrl+K alone", "[export][shortcuts]")
{
    ExportWindow w;
    const MainActions& a = w.window.actions();
    CHECK(a.print->shortcut() == QKeySequence::keyBindings(QKeySequence::Print).value(0));
    CHECK(a.print->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_P));
    CHECK(a.quickOpen->shortcuts() == QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_K)});
    // No other action of the window claims Ctrl+P.
    for (QAction* action : w.window.findChildren<QAction*>())
        if (action != a.print)
            CHECK_FALSE(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_P)));
}

TEST_CASE("an audit copy exports and prints, and not one byte of it changes", "[export][readonly]")
{
    test::DemoFile demo;
    const QString copy = demo.dir.filePath(QStringLiteral("audit.isms"));
    {
        auto session = demo.open();
        RecordingPresenter messages;
        AppSettings settings(demo.dir.filePath(QStringLiteral("copy-settings.ini")));
        FileController files(messages, settings, demo.clock);
        REQUIRE(files.exportAuditCopyTo(*session, copy));
    }
    const QByteArray bytes = test::bytesOf(copy);
    const QDateTime mtime = QFileInfo(copy).lastModified();

    ExportWindow w;
    w.window.closeFile();
    REQUIRE(w.window.openFile(copy, false));
    REQUIRE(w.session().isReadOnly());
    const MainActions& a = w.window.actions();
    w.ws()->showDashboard();
    CHECK(a.exportReport->isEnabled());
    CHECK(a.exportPage->isEnabled());
    CHECK(a.print->isEnabled());

    CHECK(w.exportAndWait(w.request("soa", kQuick, QStringLiteral("audit-soa.quick"))));
    CHECK(QFileInfo::exists(w.out.filePath(QStringLiteral("audit-soa.quick"))));

    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = w.out.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(pdf);
    REQUIRE(w.reports->printCurrentTo(printer));
    CHECK(test::bytesOf(pdf).startsWith("%PDF"));

    QWidget* preview = w.reports->openPrintPreview();
    REQUIRE(preview != nullptr);
    CHECK(qobject_cast<QPrintPreviewDialog*>(preview) != nullptr);
    preview->close();
    QCoreApplication::processEvents();

    w.window.closeFile();
    CHECK(test::bytesOf(copy) == bytes);
    CHECK(QFileInfo(copy).lastModified() == mtime);
    CHECK_FALSE(QFile::exists(copy + QStringLiteral("-wal")));
}

TEST_CASE("the report build reads the file's facts, never the clock", "[export][build]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const reports::ReportKind& kind = fakeKinds()[2];
    auto built = reports::buildReport(session->file(), kind, Date{2026, 11, 23});
    REQUIRE(built);
    CHECK(built->meta.kind == QStringLiteral("risks"));
    CHECK(built->meta.title == QStringLiteral("Fake risks"));
    CHECK(built->meta.organisation == session->organisation());
    CHECK(built->meta.sourceFile == QStringLiteral("demo.isms"));
    CHECK(built->meta.generator.startsWith(QStringLiteral("ISMS Desk ")));
    // The same file gives the same document.
    auto again = reports::buildReport(session->file(), kind, Date{2026, 11, 23});
    REQUIRE(again);
    CHECK(again->meta.lastChange == built->meta.lastChange);
    CHECK(reports::cellText(again->sections[0].blocks.size() ? std::get<reports::Table>(again->sections[0].blocks[0]).rows[0][1]
                                                             : reports::Cell())
          == reports::cellText(std::get<reports::Table>(built->sections[0].blocks[0]).rows[0][1]));
    CHECK(std::get<reports::NumberCell>(std::get<reports::Table>(built->sections[0].blocks[0]).rows[0][1].value).value > 0);
}

// Not run by ctest (hidden tag): pictures of the export dialog and its progress in a 1024x640
// window, for looking at them (under Xvfb with QT_QPA_PLATFORM=xcb, or offscreen). Writes to
// $ISMS_PICTURES_DIR.
TEST_CASE("pictures of the export dialog and its progress", "[.pictures]")
{
    const QString folder = qEnvironmentVariable("ISMS_PICTURES_DIR");
    if (folder.isEmpty())
        SKIP("set ISMS_PICTURES_DIR");
    ExportWindow w;
    w.window.resize(1024, 640);
    w.window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w.window));
    const auto picture = [&](const QString& name) {
        QTest::qWait(400);
        QPixmap pixmap = w.window.grab();
        QPainter painter(&pixmap);
        for (QWidget* top : QApplication::topLevelWidgets())
            if (top != &w.window && top->isVisible() && top->isWindow())
                painter.drawPixmap(top->geometry().topLeft() - w.window.geometry().topLeft(), top->grab());
        painter.end();
        REQUIRE(pixmap.save(QDir(folder).filePath(name)));
    };
    ExportReportDialog* dialog = w.reports->openExportDialog(QStringLiteral("soa"));
    REQUIRE(dialog != nullptr);
    picture(QStringLiteral("export-dialog.png"));
    dialog->close();

    QSignalSpy done(w.reports, &ReportController::exportFinished);
    REQUIRE(w.reports->startExport(w.request("risks", kSlow, QStringLiteral("long.slow"))));
    REQUIRE(test::waitUntil([&] { return w.reports->progressDialog()->value() >= 900; }));
    picture(QStringLiteral("export-progress.png"));
    w.reports->progressDialog()->findChild<QPushButton*>()->click();
    REQUIRE(test::waitUntil([&] { return done.count() > 0; }));
    picture(QStringLiteral("export-cancelled.png"));
}

TEST_CASE("after an edit the export still reads the file as it is now", "[export][build]")
{
    ExportWindow w;
    // A change the disk's main database file does not hold yet: no parallel reader then, and the
    // report is built through the session's file before the write goes to the background.
    REQUIRE(w.session().file().setOrganisation("Renamed Ltd"));
    REQUIRE_FALSE(w.session().file().openParallelReader());
    REQUIRE(w.exportAndWait(w.request("soa", kQuick, QStringLiteral("renamed.quick"))));
    CHECK(test::bytesOf(w.out.filePath(QStringLiteral("renamed.quick"))).startsWith("Fake SoA\nRenamed Ltd\n"));
    CHECK(w.messages.calls().empty());
}
