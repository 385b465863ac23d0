// Permanent records from the window (issue 10 items 4 and 5, GUI side): Edit › Approve SoA
// Version… on the SoA page and Edit › Record Assessment Run… on the assessments and risks pages
// are there only for a writable file; the SoA dialog announces the next number and the undecided
// controls, needs a chosen approver, and approving shows at once in the page's bar; a run is
// recorded with its trigger and selected in its register. Neither is an undo step.

#include "app_fixture.h"
#include "window_fixture.h"

#include "app/approval/approve_soa_version_dialog.h"
#include "app/approval/record_assessment_dialog.h"
#include "app/approval/version_controller.h"
#include "app/pages/soa/soa_page.h"
#include "app/pages/soa/soa_summary_bar.h"
#include "app/views/register_view.h"
#include "app/window/file_controller.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {

const QString kControls = QStringLiteral("controls");
const QString kAssessments = QStringLiteral("assessments");

struct VersionWindow : test::DemoWindow {
    explicit VersionWindow(bool readOnly = false)
    {
        openDemo(readOnly);
        REQUIRE(test::waitUntil([this] { return !ws()->summariesPending(); }));
    }
    SoaPage* soaPage() { return qobject_cast<SoaPage*>(ws()->page(kControls)); }
    std::vector<SoaVersion> versions() { return session().file().soaVersions().value(); }
    // Counted from the records, not by the code under test.
    int undecidedNow()
    {
        const RegisterDef& controls = session().catalogue().get(reg::controls);
        int n = 0;
        for (const Record& r : session().file().list(controls).value())
            if (r.text(controls, "applicable") != "yes" && r.text(controls, "applicable") != "no")
                ++n;
        return n;
    }
};

// A file with no people at all, for the empty picker.
std::unique_ptr<DocumentSession> emptyFile(QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("empty.isms"));
    auto clock = test::testClock();
    {
        storage::CreateOptions options;
        options.organisation = "Empty Ltd";
        auto file = storage::IsmsFile::create(path.toStdString(), options, *clock);
        REQUIRE(file);
    }
    auto session = DocumentSession::open(path, false, QStringLiteral("Tester"), clock);
    REQUIRE(session);
    return std::move(*session);
}

} // namespace

TEST_CASE("the version and run actions are on their pages of a writable file", "[soaversion][assessrun][actions]")
{
    VersionWindow w;
    QAction* approve = w.window.actions().approveSoaVersion;
    QAction* record = w.window.actions().recordAssessment;
    REQUIRE(approve != nullptr);
    REQUIRE(record != nullptr);
    // The dashboard: neither page is current.
    CHECK_FALSE(approve->isVisible());
    CHECK_FALSE(record->isVisible());

    w.ws()->showRegister(kControls);
    CHECK(approve->isVisible());
    CHECK(approve->isEnabled());
    CHECK(approve->toolTip().contains(QStringLiteral("6.1.3 d")));
    CHECK_FALSE(record->isVisible());
    // The page's own button is the same action.
    QToolButton* button = w.soaPage()->summaryBar()->approveButton();
    CHECK(button->defaultAction() == approve);

    for (const QString& key : {kAssessments, QStringLiteral("risks")}) {
        w.ws()->showRegister(key);
        CHECK(record->isVisible());
        CHECK(record->isEnabled());
        CHECK_FALSE(approve->isVisible());
    }
    // The assessments page shows it as a button too.
    w.ws()->showRegister(kAssessments);
    auto* runButton = w.ws()->currentRegisterView()->findChild<QToolButton*>(QStringLiteral("recordAssessmentButton"));
    REQUIRE(runButton != nullptr);
    CHECK(runButton->defaultAction() == record);
}

TEST_CASE("approving a version or recording a run is refused on read-only files and audit copies",
          "[soaversion][assessrun][actions][readonly]")
{
    SECTION("opened read-only")
    {
        VersionWindow w(true);
        const QByteArray before = w.demo.fingerprint();
        w.ws()->showRegister(kControls);
        QAction* approve = w.window.actions().approveSoaVersion;
        CHECK(approve->isVisible());
        CHECK_FALSE(approve->isEnabled());
        CHECK(approve->toolTip().contains(QStringLiteral("read-only")));
        CHECK(approve->statusTip() == approve->toolTip());
        approve->trigger();
        CHECK(w.window.versions()->approveSoaVersion() == nullptr);
        ApproveSoaVersionDialog dialog(w.session(), &w.window);
        dialog.approverCombo()->setCurrentIndex(0);
        CHECK_FALSE(dialog.approveButton()->isEnabled());
        CHECK_FALSE(dialog.approveNow());

        w.ws()->showRegister(kAssessments);
        QAction* record = w.window.actions().recordAssessment;
        CHECK_FALSE(record->isEnabled());
        CHECK(record->toolTip().contains(QStringLiteral("read-only")));
        CHECK(w.window.versions()->recordAssessment() == nullptr);
        RecordAssessmentDialog run(w.session(), &w.window);
        CHECK_FALSE(run.recordButton()->isEnabled());
        CHECK_FALSE(run.recordNow());
        CHECK(w.demo.fingerprint() == before);
    }
    SECTION("an audit copy")
    {
        test::AuditCopyWindow audit;
        MainWindow& window = audit.window;
        const QString& copy = audit.copy;
        const QByteArray before = test::bytesOf(copy);
        window.workspace()->showRegister(kControls);
        QAction* approve = window.actions().approveSoaVersion;
        CHECK_FALSE(approve->isEnabled());
        CHECK(approve->toolTip().contains(QStringLiteral("audit copy")));
        approve->trigger();
        window.workspace()->showRegister(kAssessments);
        QAction* record = window.actions().recordAssessment;
        CHECK_FALSE(record->isEnabled());
        CHECK(record->toolTip().contains(QStringLiteral("audit copy")));
        record->trigger();
        CHECK(window.findChild<ApproveSoaVersionDialog*>() == nullptr);
        CHECK(window.findChild<RecordAssessmentDialog*>() == nullptr);
        CHECK(test::bytesOf(copy) == before);
    }
}

TEST_CASE("the SoA version dialog announces the next number and the undecided controls", "[soaversion][dialog]")
{
    VersionWindow w;
    const std::vector<SoaVersion> before = w.versions();
    const int next = before.empty() ? 1 : before.back().number + 1;
    const int undecided = w.undecidedNow();
    REQUIRE(undecided > 0);  // the demo keeps some controls undecided

    ApproveSoaVersionDialog dialog(w.session(), &w.window);
    CHECK(dialog.nextNumber() == next);
    CHECK(dialog.undecided() == undecided);
    CHECK(dialog.numberLabel()->text().contains(QString::number(next)));
    CHECK(dialog.undecidedLabel()->text().contains(QString::number(undecided)));
    CHECK(dialog.undecidedLabel()->text().contains(QStringLiteral("incomplete")));
    // The confirmation names what is made, and the dialog says it is for good.
    CHECK(dialog.approveButton()->text() == QStringLiteral("Approve Version %1").arg(next));
    bool saysPermanent = false;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        saysPermanent = saysPermanent || label->text().contains(QStringLiteral("cannot be undone"));
    CHECK(saysPermanent);
    // Enter never approves: Cancel stays the default once shown.
    dialog.show();
    CHECK_FALSE(dialog.approveButton()->isDefault());
    CHECK(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->isDefault());
}

TEST_CASE("an SoA version needs a chosen approver", "[soaversion][dialog]")
{
    SECTION("nobody chosen yet")
    {
        VersionWindow w;
        ApproveSoaVersionDialog dialog(w.session(), &w.window);
        REQUIRE(dialog.approverCombo()->count() > 0);
        CHECK(dialog.approverCombo()->currentIndex() == -1);  // a deliberate choice
        CHECK_FALSE(dialog.approveButton()->isEnabled());
        CHECK(dialog.problemLabel()->text() == QStringLiteral("Choose who approves."));
        CHECK_FALSE(dialog.approveNow());
        dialog.approverCombo()->setCurrentIndex(0);
        CHECK(dialog.approveButton()->isEnabled());
        CHECK(dialog.problemLabel()->text().isEmpty());
    }
    SECTION("an empty people register")
    {
        QTemporaryDir dir;
        auto session = emptyFile(dir);
        ApproveSoaVersionDialog dialog(*session);
        CHECK(dialog.nextNumber() == 1);
        CHECK(dialog.approverCombo()->count() == 0);
        CHECK_FALSE(dialog.approveButton()->isEnabled());
        CHECK(dialog.problemLabel()->text().contains(QStringLiteral("people register")));
        CHECK_FALSE(dialog.approveNow());
        CHECK(session->file().soaVersions().value().empty());
    }
}

TEST_CASE("approving makes version N+1 and the SoA bar shows it at once", "[soaversion][approve]")
{
    VersionWindow w;
    const std::vector<SoaVersion> before = w.versions();
    const int next = before.empty() ? 1 : before.back().number + 1;
    w.ws()->showRegister(kControls);
    SoaPage* page = w.soaPage();
    REQUIRE(page != nullptr);
    const int undoSteps = w.session().undoStack()->count();

    page->summaryBar()->approveButton()->click();  // the page's own button
    auto* dialog = w.window.findChild<ApproveSoaVersionDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    const Record person = test::recordByRef(w.session(), reg::people, "P-001");
    const int index = dialog->approverCombo()->findData(QVariant::fromValue<qint64>(person.id));
    REQUIRE(index >= 0);
    dialog->approverCombo()->setCurrentIndex(index);
    dialog->noteEdit()->setPlainText(QStringLiteral("Management review 2026"));
    REQUIRE(dialog->approveButton()->isEnabled());
    dialog->approveButton()->click();

    const std::vector<SoaVersion> after = w.versions();
    REQUIRE(after.size() == before.size() + 1);
    const SoaVersion& made = after.back();
    CHECK(made.number == next);
    CHECK(made.approvedById == person.id);
    CHECK(made.note == "Management review 2026");
    CHECK(made.undecided == w.undecidedNow());
    // Shown without waiting for anything, and not an undo step.
    CHECK(page->summaryBar()->versionText().contains(QStringLiteral("version %1").arg(next)));
    CHECK(w.session().undoStack()->count() == undoSteps);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(w.window.findChild<ApproveSoaVersionDialog*>() == nullptr);  // closed and deleted
}

TEST_CASE("a storage refusal is shown in the SoA dialog and nothing is approved", "[soaversion][approve]")
{
    VersionWindow w;
    const RegisterDef& people = w.session().catalogue().get(reg::people);
    Record stranger = Record::blank(people);
    stranger.set(people, people.titleField, std::string("Temporary Approver"));
    const Record added = w.session().file().insert(people, stranger).value();
    ApproveSoaVersionDialog dialog(w.session(), &w.window);
    dialog.approverCombo()->setCurrentIndex(dialog.approverCombo()->findData(QVariant::fromValue<qint64>(added.id)));
    REQUIRE(dialog.approveButton()->isEnabled());
    // The person leaves the register while the dialog is open.
    REQUIRE(w.session().file().remove(people, added.id));
    const std::size_t before = w.versions().size();
    CHECK_FALSE(dialog.approveNow());
    CHECK(dialog.problemLabel()->text().startsWith(QStringLiteral("Nothing was approved")));
    CHECK(dialog.problemLabel()->isVisibleTo(&dialog));
    CHECK(w.versions().size() == before);
}

TEST_CASE("recording an assessment run keeps its trigger and selects the new record", "[assessrun]")
{
    VersionWindow w;
    w.ws()->showRegister(kAssessments);
    const std::size_t before = w.session().file().assessmentRuns().value().size();
    const int undoSteps = w.session().undoStack()->count();
    w.window.actions().recordAssessment->trigger();
    auto* dialog = w.window.findChild<RecordAssessmentDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->recordButton()->isEnabled());
    CHECK(dialog->performerCombo()->currentIndex() == 0);  // nobody named: allowed
    dialog->triggerCombo()->setCurrentIndex(dialog->triggerCombo()->findData(QStringLiteral("change")));
    const Record person = test::recordByRef(w.session(), reg::people, "P-001");
    dialog->performerCombo()->setCurrentIndex(dialog->performerCombo()->findData(QVariant::fromValue<qint64>(person.id)));
    dialog->noteEdit()->setPlainText(QStringLiteral("New cloud provider"));
    dialog->recordButton()->click();

    const std::vector<AssessmentRun> runs = w.session().file().assessmentRuns().value();
    REQUIRE(runs.size() == before + 1);
    const auto made = std::find_if(runs.begin(), runs.end(), [&](const AssessmentRun& r) { return r.note == "New cloud provider"; });
    REQUIRE(made != runs.end());
    CHECK(made->trigger == "change");
    const RegisterDef& assessments = w.session().catalogue().get(reg::assessments);
    const Record record = w.session().file().get(assessments, made->id).value();
    CHECK(record.get(assessments, "performed_by") == Value(static_cast<std::int64_t>(person.id)));
    // In the register, selected; not an undo step.
    RegisterView* view = w.ws()->currentRegisterView();
    REQUIRE(view != nullptr);
    CHECK(view->registerDef().key == reg::assessments);
    CHECK(view->currentId() == made->id);
    CHECK(w.session().undoStack()->count() == undoSteps);
}

TEST_CASE("a planned run can be recorded from the risks page without naming anyone", "[assessrun]")
{
    VersionWindow w;
    w.ws()->showRegister(QStringLiteral("risks"));
    RecordAssessmentDialog* dialog = w.window.versions()->recordAssessment();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->triggerCombo()->currentData().toString() == QStringLiteral("planned"));
    REQUIRE(dialog->recordNow());
    REQUIRE(dialog->recorded());
    CHECK(dialog->recorded()->trigger == "planned");
    CHECK(dialog->recorded()->riskCount > 0);
    const std::vector<AssessmentRun> runs = w.session().file().assessmentRuns().value();
    CHECK(std::any_of(runs.begin(), runs.end(), [&](const AssessmentRun& r) { return r.id == dialog->recorded()->id; }));
    CHECK(w.ws()->currentRegisterView()->currentId() == dialog->recorded()->id);
    dialog->close();
}
