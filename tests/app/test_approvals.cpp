// Risk-owner approvals from the window (issue 10 item 2): Edit › Approve Treatment… is there only
// for one selected risk of a writable file, the dialog refuses what the domain refuses, approving
// is one undo step, and the risks register's Approval column follows approvals, undo, redo and
// material edits.

#include "app_fixture.h"
#include "window_fixture.h"

#include "app/approval/approval_controller.h"
#include "app/approval/approve_risk_dialog.h"
#include "app/commands/approve_risk_command.h"
#include "app/commands/link_command.h"
#include "app/commands/set_fields_command.h"
#include "app/detail/detail_pane.h"
#include "app/detail/history_panel.h"
#include "app/models/register_table_model.h"
#include "app/views/register_view.h"
#include "app/window/file_controller.h"
#include "domain/approval_status.h"
#include "reports/domain_text.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

#include <memory>

using namespace isms;
using namespace isms::app;

namespace {

const QString kRisks = QStringLiteral("risks");

struct ApprovalWindow : test::DemoWindow {
    explicit ApprovalWindow(bool readOnly = false)
    {
        openDemo(readOnly);
        // The Approval column comes from the first summary, read on another thread.
        REQUIRE(test::waitUntil([this] { return !ws()->summariesPending(); }));
    }

    RecordId show(const std::string& ref)
    {
        const Record risk = test::recordByRef(session(), reg::risks, ref);
        ws()->showRecord(kRisks, risk.id);
        return risk.id;
    }
    RegisterTableModel& risksModel() { return *ws()->registerView(kRisks)->model(); }
    // The risk's cell of the Approval column, as shown.
    QString approvalOf(RecordId id)
    {
        RegisterTableModel& model = risksModel();
        return model.index(model.rowOf(id), model.approvalColumn()).data().toString();
    }
    // True once the cell says `text` (the column follows each committed change).
    bool approvalBecomes(RecordId id, ApprovalStatus status)
    {
        return test::waitUntil([&] { return approvalOf(id) == approvalStatusText(status); }, 3000);
    }
    std::unique_ptr<ApproveRiskDialog> dialogFor(RecordId id)
    {
        return std::make_unique<ApproveRiskDialog>(session(), id, &window);
    }
    std::size_t approvalsOf(RecordId id) { return session().file().approvals(id).value().size(); }
};

QString domainProblem(const std::string& rationale, std::optional<Date> expires, Date today)
{
    return reports::domainMessage(approvalProblem(rationale, expires, today));
}

QAction* entry(QMenu& menu, const char* name)
{
    for (QAction* action : menu.actions())
        if (action->objectName() == QLatin1String(name))
            return action;
    return nullptr;
}

} // namespace

TEST_CASE("Approve Treatment needs one selected risk", "[approval][actions]")
{
    ApprovalWindow w;
    QAction* approve = w.window.actions().approveTreatment;
    REQUIRE(approve != nullptr);
    // The dashboard: no risk selected.
    CHECK_FALSE(approve->isEnabled());
    CHECK(approve->toolTip().contains(QStringLiteral("Select one risk")));
    CHECK(approve->statusTip() == approve->toolTip());
    CHECK(w.window.approvals()->approveSelected() == nullptr);

    // Another register's record.
    const Record control = test::recordByRef(w.session(), reg::controls, "A.5.1");
    w.ws()->showRecord(QStringLiteral("controls"), control.id);
    CHECK_FALSE(approve->isEnabled());
    std::unique_ptr<QMenu> controlMenu(w.ws()->currentRegisterView()->createContextMenu(&w.window));
    REQUIRE(controlMenu);
    CHECK(entry(*controlMenu, "approveTreatment") == nullptr);  // risks only

    // A risk: enabled, in the Edit menu and the row's context menu.
    w.show("R-003");
    CHECK(approve->isEnabled());
    CHECK(approve->toolTip().contains(QStringLiteral("6.1.3 f")));
    std::unique_ptr<QMenu> riskMenu(w.ws()->currentRegisterView()->createContextMenu(&w.window));
    QAction* fromMenu = entry(*riskMenu, "approveTreatment");
    REQUIRE(fromMenu != nullptr);
    CHECK(fromMenu->isEnabled());
    fromMenu->trigger();  // the same dialog as the Edit menu's, for that risk
    auto* opened = w.window.findChild<ApproveRiskDialog*>();
    REQUIRE(opened != nullptr);
    CHECK(opened->isVisible());
    CHECK(opened->request().riskId == test::recordByRef(w.session(), reg::risks, "R-003").id);
    opened->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(w.window.findChild<ApproveRiskDialog*>() == nullptr);  // deleted when closed

    // The risks register with nothing selected.
    w.ws()->currentRegisterView()->table()->setCurrentIndex({});
    w.window.approvals()->updateAction();
    CHECK_FALSE(approve->isEnabled());

    // No file at all.
    w.window.closeFile();
    CHECK_FALSE(approve->isEnabled());
}

TEST_CASE("Approve Treatment is refused on a read-only file and on an audit copy", "[approval][actions][readonly]")
{
    SECTION("opened read-only")
    {
        ApprovalWindow w(true);
        const RecordId id = w.show("R-003");
        QAction* approve = w.window.actions().approveTreatment;
        CHECK_FALSE(approve->isEnabled());
        CHECK(approve->toolTip().contains(QStringLiteral("read-only")));
        std::unique_ptr<QMenu> menu(w.ws()->currentRegisterView()->createContextMenu(&w.window));
        QAction* fromMenu = entry(*menu, "approveTreatment");
        REQUIRE(fromMenu != nullptr);
        CHECK_FALSE(fromMenu->isEnabled());
        CHECK(fromMenu->toolTip() == approve->toolTip());
        // Even called directly, nothing opens and nothing is written.
        approve->trigger();
        CHECK(w.window.approvals()->approveSelected() == nullptr);
        CHECK(openApproveRiskDialog(w.session(), id, &w.window) == nullptr);
        ApproveRiskDialog dialog(w.session(), id, &w.window);
        dialog.rationaleEdit()->setPlainText(QStringLiteral("Acceptable."));
        CHECK_FALSE(dialog.approveButton()->isEnabled());
        CHECK_FALSE(dialog.approveNow());
        CHECK(w.approvalsOf(id) == 0);
    }
    SECTION("an audit copy")
    {
        test::AuditCopyWindow audit;
        MainWindow& window = audit.window;
        const QString& copy = audit.copy;
        const Record risk = test::recordByRef(*window.session(), reg::risks, "R-003");
        window.workspace()->showRecord(kRisks, risk.id);
        QAction* approve = window.actions().approveTreatment;
        CHECK_FALSE(approve->isEnabled());
        CHECK(approve->toolTip().contains(QStringLiteral("audit copy")));
        CHECK(window.approvals()->approveSelected() == nullptr);
        const QByteArray before = test::bytesOf(copy);
        approve->trigger();
        CHECK(test::bytesOf(copy) == before);
    }
}

TEST_CASE("the approval dialog shows the risk and refuses what the domain refuses", "[approval][dialog]")
{
    ApprovalWindow w;
    const RecordId id = w.show("R-003");
    const RegisterDef& risks = w.session().catalogue().get(reg::risks);
    const Record risk = test::recordByRef(w.session(), reg::risks, "R-003");
    const Date today = w.session().clock().today();
    auto dialog = w.dialogFor(id);

    SECTION("the risk as it will be approved, the owner chosen")
    {
        const QString summary = dialog->riskSummary().join(QLatin1Char('\n'));
        CHECK(summary.contains(QStringLiteral("R-003")));
        CHECK(summary.contains(QString::fromStdString(risk.text(risks, "title"))));
        CHECK(summary.contains(QStringLiteral("Residual level:")));
        CHECK(summary.contains(QStringLiteral("Not approved")));
        const Value owner = risk.get(risks, "owner");
        REQUIRE(std::holds_alternative<std::int64_t>(owner));
        CHECK(dialog->approverCombo()->currentData().toLongLong() == std::get<std::int64_t>(owner));
        CHECK(dialog->approverCombo()->count()
              == int(w.session().file().count(w.session().catalogue().get(reg::people)).value()));
    }
    SECTION("a blank rationale")
    {
        CHECK_FALSE(dialog->approveButton()->isEnabled());
        CHECK(dialog->problemLabel()->text() == domainProblem("", std::nullopt, today));
        CHECK_FALSE(dialog->problemLabel()->isHidden());
        dialog->rationaleEdit()->setPlainText(QStringLiteral("  \n\t "));
        CHECK_FALSE(dialog->approveButton()->isEnabled());
        CHECK(dialog->problemLabel()->text() == domainProblem("  ", std::nullopt, today));
        CHECK_FALSE(dialog->approveNow());
        CHECK(w.approvalsOf(id) == 0);
        CHECK(w.session().undoStack()->count() == 0);
    }
    SECTION("an expiry in the past, then today")
    {
        dialog->rationaleEdit()->setPlainText(QStringLiteral("Phishing training and MFA are enough."));
        CHECK(dialog->approveButton()->isEnabled());
        CHECK(dialog->problemLabel()->isHidden());
        dialog->expiresCheck()->setChecked(true);
        CHECK(dialog->expiresEdit()->isEnabled());
        const QDate yesterday = QDate(today.year, today.month, today.day).addDays(-1);
        dialog->expiresEdit()->setDate(yesterday);
        CHECK_FALSE(dialog->approveButton()->isEnabled());
        const Date past{yesterday.year(), yesterday.month(), yesterday.day()};
        CHECK(dialog->problemLabel()->text() == domainProblem("x", past, today));
        CHECK(dialog->problemLabel()->text().contains(QString::fromStdString(past.toIso())));
        CHECK_FALSE(dialog->approveNow());
        CHECK(w.approvalsOf(id) == 0);
        // Unticked, the date is not part of the approval.
        dialog->expiresCheck()->setChecked(false);
        CHECK(dialog->approveButton()->isEnabled());
        dialog->expiresCheck()->setChecked(true);
        dialog->expiresEdit()->setDate(QDate(today.year, today.month, today.day));
        CHECK(dialog->approveButton()->isEnabled());
        REQUIRE(dialog->request().expiresOn.has_value());
        CHECK(*dialog->request().expiresOn == today);
    }
    SECTION("keyboard: the rationale first, a sensible tab order, Esc cancels")
    {
        dialog->show();
        dialog->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
        CHECK(QApplication::focusWidget() == dialog->rationaleEdit());
        // Typing, Tab to the expiry (Tab is no character in the rationale), Space ticks it, Tab
        // to its date; Shift+Tab back to the rationale and again to the approver.
        QTest::keyClicks(dialog->rationaleEdit(), QStringLiteral("Acceptable"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == dialog->expiresCheck());
        CHECK(dialog->rationaleEdit()->toPlainText() == QStringLiteral("Acceptable"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        CHECK(dialog->expiresCheck()->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        CHECK(dialog->expiresEdit()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        CHECK(QApplication::focusWidget() == dialog->rationaleEdit());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        CHECK(QApplication::focusWidget() == dialog->approverCombo());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        CHECK(dialog->result() == QDialog::Rejected);
        CHECK_FALSE(dialog->isVisible());
        CHECK(w.approvalsOf(id) == 0);
    }
}

TEST_CASE("without a person to approve, the dialog says what to do", "[approval][dialog]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.isms"));
    auto clock = test::testClock();
    RecordId riskId = 0;
    {
        storage::CreateOptions options;
        options.organisation = "Empty Ltd";
        auto file = storage::IsmsFile::create(path.toStdString(), options, *clock);
        REQUIRE(file);
        const RegisterDef& risks = (*file)->catalogue().get(reg::risks);
        Record risk = Record::blank(risks);
        risk.set(risks, "title", std::string("Lost laptop"));
        auto inserted = (*file)->insert(risks, risk);
        REQUIRE(inserted);
        riskId = inserted->id;
    }
    auto session = DocumentSession::open(path, false, QStringLiteral("Tester"), clock);
    REQUIRE(session);
    ApproveRiskDialog dialog(**session, riskId);
    dialog.rationaleEdit()->setPlainText(QStringLiteral("Acceptable."));
    CHECK(dialog.approverCombo()->count() == 0);
    CHECK_FALSE(dialog.approveButton()->isEnabled());
    CHECK(dialog.problemLabel()->text().contains(QStringLiteral("people register")));
    CHECK_FALSE(dialog.approveNow());
    CHECK((*session)->file().approvals(riskId).value().empty());
}

TEST_CASE("approving is one undo step the Approval column follows", "[approval][undo][model]")
{
    ApprovalWindow w;
    const RecordId id = w.show("R-003");
    QUndoStack& stack = *w.session().undoStack();
    REQUIRE(w.risksModel().approvalColumn() >= 0);
    CHECK(w.risksModel().headerData(w.risksModel().approvalColumn(), Qt::Horizontal).toString()
          == QStringLiteral("Approval"));
    CHECK(w.approvalOf(id) == QStringLiteral("Not approved"));

    auto* dialog = w.window.approvals()->approveSelected();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    dialog->rationaleEdit()->setPlainText(QStringLiteral("Phishing training and MFA are enough."));
    dialog->expiresCheck()->setChecked(true);
    dialog->expiresEdit()->setDate(QDate(2027, 6, 30));
    const RecordId approver = dialog->approverCombo()->currentData().toLongLong();
    QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);

    auto approvals = w.session().file().approvals(id).value();
    REQUIRE(approvals.size() == 1);
    CHECK(approvals.front().rationale == "Phishing training and MFA are enough.");
    CHECK(approvals.front().approverId == approver);
    CHECK(approvals.front().expiresOn == Date{2027, 6, 30});
    CHECK(approvals.front().recordedBy == w.session().file().author());
    CHECK(stack.count() == 1);
    CHECK(stack.undoText() == QStringLiteral("Approve treatment of R-003"));
    CHECK(w.approvalBecomes(id, ApprovalStatus::Approved));
    // The dashboard reads the same data: it has the approval too.
    REQUIRE(w.ws()->liveData() != nullptr);
    CHECK(w.ws()->liveData()->approvals.size() == w.session().file().approvals().value().size());

    // The history says it in words.
    w.ws()->detail()->showRecord(std::string(reg::risks), id);
    auto* history = w.ws()->detail()->findChild<QTreeWidget*>(QStringLiteral("history"));
    REQUIRE(history != nullptr);
    REQUIRE(history->topLevelItemCount() > 0);
    const QString latest = history->topLevelItem(0)->text(2);
    CHECK(latest.startsWith(QStringLiteral("Treatment approved by the risk owner")));
    CHECK(latest.contains(QStringLiteral("Rationale: Phishing training and MFA are enough.")));
    CHECK(latest.contains(QString::fromStdString(approvals.front().approver)));
    CHECK(latest.contains(QString::fromStdString(approvals.front().snapshotSha256)));
    CHECK(latest.contains(QStringLiteral("Holds until: ")));

    stack.undo();
    CHECK(w.session().file().approvals(id).value().empty());
    CHECK(w.approvalBecomes(id, ApprovalStatus::NotApproved));
    CHECK(history->topLevelItem(0)->text(2).startsWith(QStringLiteral("Approval withdrawn")));

    stack.redo();
    approvals = w.session().file().approvals(id).value();
    REQUIRE(approvals.size() == 1);
    CHECK(approvals.front().rationale == "Phishing training and MFA are enough.");
    CHECK(approvals.front().expiresOn == Date{2027, 6, 30});
    CHECK(w.approvalBecomes(id, ApprovalStatus::Approved));
    // The file still proves itself against its history after approve, withdraw, approve.
    const auto health = w.session().file().check();
    REQUIRE(health);
    CHECK(health->healthy());
}

TEST_CASE("a material change after approving asks for re-approval; others do not", "[approval][model]")
{
    ApprovalWindow w;
    const RecordId id = w.show("R-003");
    const RegisterDef& risks = w.session().catalogue().get(reg::risks);
    QUndoStack& stack = *w.session().undoStack();
    auto dialog = w.dialogFor(id);
    dialog->rationaleEdit()->setPlainText(QStringLiteral("Acceptable with MFA."));
    REQUIRE(dialog->approveNow());
    REQUIRE(w.approvalBecomes(id, ApprovalStatus::Approved));

    SECTION("a typo fixed in the title is no material change")
    {
        stack.push(SetFieldsCommand::create(w.session(), risks.key, id, {{"title", std::string("Credential phishing of staff (email)")}}));
        QCoreApplication::processEvents();
        CHECK(w.approvalOf(id) == QStringLiteral("Approved"));
    }
    SECTION("the residual likelihood")
    {
        const Record risk = test::recordByRef(w.session(), reg::risks, "R-003");
        const std::int64_t likelihood = risk.integer(risks, "residual_likelihood");
        stack.push(SetFieldsCommand::create(w.session(), risks.key, id,
                                            {{"residual_likelihood", likelihood == 1 ? std::int64_t(2) : likelihood - 1}}));
        CHECK(w.approvalBecomes(id, ApprovalStatus::NeedsReapproval));
        stack.undo();  // back to what was approved
        CHECK(w.approvalBecomes(id, ApprovalStatus::Approved));
    }
    SECTION("a treating control linked")
    {
        const Record control = test::recordByRef(w.session(), reg::controls, "A.5.1");
        stack.push(new LinkCommand(w.session(), LinkCommand::Action::Link,
                                   Link{"risk_controls", risks.key, id, std::string(reg::controls), control.id},
                                   QStringLiteral("Link")));
        CHECK(w.approvalBecomes(id, ApprovalStatus::NeedsReapproval));
    }
}

TEST_CASE("a write storage refuses keeps the dialog open and leaves no step", "[approval][undo]")
{
    ApprovalWindow w;
    const RecordId id = w.show("R-003");
    auto dialog = w.dialogFor(id);
    dialog->rationaleEdit()->setPlainText(QStringLiteral("Acceptable."));
    // The risk goes behind the dialog's back (another path of the window removed it).
    REQUIRE(w.session().file().remove(w.session().catalogue().get(reg::risks), id).ok());
    w.messages.clear();
    CHECK_FALSE(dialog->approveNow());
    CHECK(w.session().undoStack()->count() == 0);
    CHECK(w.messages.count(RecordingPresenter::Kind::Error) == 1);
}

TEST_CASE("the Approval column sorts by what needs the owner, and shows expiry", "[approval][model]")
{
    SECTION("sorted")
    {
        ApprovalWindow w;
        w.ws()->showRegister(kRisks);
        RegisterTableModel& model = w.risksModel();
        const int column = model.approvalColumn();
        model.sort(column, Qt::AscendingOrder);
        CHECK(model.index(0, column).data().toString() == QStringLiteral("Not approved"));
        CHECK(model.index(model.rowCount() - 1, column).data().toString() == QStringLiteral("Approved"));
        model.sort(column, Qt::DescendingOrder);
        CHECK(model.index(0, column).data().toString() == QStringLiteral("Approved"));
        // The demo's re-scored risk sits between the approved and the never approved.
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, column).data().toString();
        CHECK(shown.contains(QStringLiteral("Needs re-approval")));
        CHECK(shown.lastIndexOf(QStringLiteral("Approved")) < shown.indexOf(QStringLiteral("Needs re-approval")));
        // No filter for a column SQL cannot see.
        model.setColumnFilter(column, QStringLiteral("Approved"));
        CHECK(model.columnFilter(column).isEmpty());
        CHECK(model.rowCount() == int(model.totalCount()));
    }
    SECTION("an approval past its expiry date, by the window's own clock")
    {
        test::DemoFile demo;
        RecordingPresenter messages;
        AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
        // R-001 was approved for a year from the demo's day.
        MainWindow window(messages, settings, std::make_shared<const FixedClock>(Date{2028, 1, 10}));
        REQUIRE(window.openFile(demo.path, false));
        REQUIRE(test::waitUntil([&] { return !window.workspace()->summariesPending(); }));
        const Record risk = test::recordByRef(*window.session(), reg::risks, "R-001");
        window.workspace()->showRecord(kRisks, risk.id);
        RegisterTableModel& model = *window.workspace()->registerView(kRisks)->model();
        CHECK(model.index(model.rowOf(risk.id), model.approvalColumn()).data().toString() == QStringLiteral("Expired"));
    }
}

TEST_CASE("a picture of the approval dialog", "[.shots]")
{
    ApprovalWindow w;
    auto dialog = w.dialogFor(w.show("R-001"));
    dialog->expiresCheck()->setChecked(true);
    dialog->show();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("ISMS_SHOTS_DIR", QDir::tempPath());
    REQUIRE(dialog->grab().save(QDir(dir).filePath(QStringLiteral("approve_risk_dialog.png")), "PNG"));
    dialog->rationaleEdit()->setPlainText(QStringLiteral("The immutable backups bring it down to what the board accepted."));
    REQUIRE(dialog->grab().save(QDir(dir).filePath(QStringLiteral("approve_risk_dialog_filled.png")), "PNG"));
}

TEST_CASE("a column layout kept before the Approval column shows it beside the title", "[approval][layout]")
{
    test::DemoFile demo;
    auto session = demo.open();
    RecordingPresenter messages;
    const RegisterDef& risks = session->catalogue().get(reg::risks);
    RegisterView view(*session, risks, messages);
    QHeaderView* header = view.table()->horizontalHeader();
    const int approval = view.model()->approvalColumn();
    const int title = view.model()->columnOf("title");

    // What an earlier version kept: Qt's state of a table of the ref and the fields, the
    // treatment moved first.
    QStandardItemModel older(1, int(risks.fields.size()) + 1);
    QTableView olderTable;
    olderTable.setModel(&older);
    olderTable.horizontalHeader()->moveSection(view.model()->columnOf("treatment"), 0);
    view.restoreHeader(olderTable.horizontalHeader()->saveState());
    CHECK(header->visualIndex(view.model()->columnOf("treatment")) == 0);  // the user's layout kept
    CHECK_FALSE(view.table()->isColumnHidden(approval));
    CHECK(header->visualIndex(approval) == header->visualIndex(title) + 1);
    CHECK(header->sectionSize(approval) >= view.fontMetrics().horizontalAdvance(QStringLiteral("Needs re-approval")));

    // Kept now, the user's choice for it holds: hidden stays hidden, moved stays moved.
    view.table()->setColumnHidden(approval, true);
    const QByteArray hidden = view.headerState();
    view.table()->setColumnHidden(approval, false);
    view.restoreHeader(hidden);
    CHECK(view.table()->isColumnHidden(approval));
    view.table()->setColumnHidden(approval, false);
    header->moveSection(header->visualIndex(approval), header->count() - 1);
    const QByteArray moved = view.headerState();
    view.restoreHeader({});  // the first look
    CHECK(header->visualIndex(approval) == header->visualIndex(title) + 1);
    view.restoreHeader(moved);
    CHECK(header->visualIndex(approval) == header->count() - 1);
    // A state that is neither gives the first look.
    view.restoreHeader(QByteArrayLiteral("not a header state"));
    CHECK(header->visualIndex(approval) == header->visualIndex(title) + 1);
}
