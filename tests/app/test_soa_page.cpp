// The Statement of Applicability page (issue 10 item 5): each control's reasons as the domain
// counts them and what the SoA rules find wrong, in the row and in a bar above the table that
// filters to the controls concerned; the rows follow edits without reopening the file, and a
// read-only file shows the same.

#include "app_fixture.h"
#include "language_guard.h"
#include "window_fixture.h"

#include "app/commands/set_fields_command.h"
#include "app/models/register_table_model.h"
#include "app/pages/soa/soa_page.h"
#include "app/pages/soa/soa_summary_bar.h"
#include "app/settings/translations.h"
#include "app/views/register_view.h"
#include "domain/soa_rules.h"

#include <QHeaderView>
#include <QTableView>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {

const QString kControls = QStringLiteral("controls");

struct SoaWindow : test::DemoWindow {
    explicit SoaWindow(bool readOnly = false)
    {
        openDemo(readOnly);
        // The rows come from the first summary, read on another thread.
        REQUIRE(test::waitUntil([this] { return !ws()->summariesPending(); }));
        ws()->showRegister(kControls);
    }

    SoaPage* page() { return qobject_cast<SoaPage*>(ws()->page(kControls)); }
    RegisterTableModel& model() { return *page()->view()->model(); }
    RecordId idOf(const std::string& ref) { return test::recordByRef(session(), reg::controls, ref).id; }
    QString cell(RecordId id, int column, int role = Qt::DisplayRole)
    {
        return model().index(model().rowOf(id), column).data(role).toString();
    }
    QString check(RecordId id) { return cell(id, page()->checkColumn()); }
    QString reasons(RecordId id, int role = Qt::DisplayRole) { return cell(id, page()->reasonsColumn(), role); }
    // The first control a risk treats, with the risk's ref, among those applicable now.
    std::pair<RecordId, std::string> riskLinkedApplicableControl()
    {
        const IsmsData& data = *ws()->liveData();
        const RegisterDef& def = data.def(reg::controls);
        for (const Link& link : data.links) {
            if (link.link != "risk_controls")
                continue;
            const Record* control = data.find(reg::controls, link.toId);
            const Record* risk = data.find(reg::risks, link.fromId);
            if (control && risk && control->text(def, "applicable") == "yes" && control->boolean(def, "reason_risk"))
                return {control->id, risk->ref};
        }
        return {0, {}};
    }
    void set(RecordId id, SetFieldsCommand::FieldValues values)
    {
        session().undoStack()->push(SetFieldsCommand::create(session(), std::string(reg::controls), id, std::move(values)));
    }
};

} // namespace

TEST_CASE("the controls register's page is the SoA page", "[soa][pages]")
{
    SoaWindow w;
    REQUIRE(w.page() != nullptr);
    CHECK(w.ws()->registerView(kControls) == w.page()->view());
    CHECK(w.model().headerData(w.page()->reasonsColumn(), Qt::Horizontal).toString() == QStringLiteral("Reasons"));
    CHECK(w.model().headerData(w.page()->checkColumn(), Qt::Horizontal).toString() == QStringLiteral("SoA check"));
    // The reasons and the check are in the first look, the check beside the ref.
    QTableView* table = w.page()->view()->table();
    CHECK_FALSE(table->isColumnHidden(w.page()->reasonsColumn()));
    CHECK(table->horizontalHeader()->visualIndex(w.page()->checkColumn()) == 1);
    CHECK_FALSE(table->isColumnHidden(w.model().columnOf("justification")));
    CHECK(table->isColumnHidden(w.model().columnOf("reason_risk")));
    // The demo has SoA versions: the bar names the latest.
    const auto versions = w.session().file().soaVersions().value();
    REQUIRE_FALSE(versions.empty());
    CHECK(w.page()->summaryBar()->versionText().contains(QString::number(versions.back().number)));
}

TEST_CASE("an excluded control a risk treats is marked with the risk, until it is included", "[soa][model]")
{
    SoaWindow w;
    const auto [id, risk] = w.riskLinkedApplicableControl();
    REQUIRE(id != 0);
    CHECK(w.check(id).isEmpty());

    w.set(id, {{"applicable", std::string("no")}, {"justification", std::string("Not for us.")}});
    REQUIRE(test::waitUntil([&] { return !w.check(id).isEmpty(); }, 3000));
    CHECK(w.check(id).startsWith(QStringLiteral("Excluded, treats R-")));
    // The cell names the first few risks; its tooltip, the rule's sentence, names them all.
    CHECK(w.cell(id, w.page()->checkColumn(), Qt::ToolTipRole).contains(QString::fromStdString(risk)));
    // Icon and words, and the rule's sentence in the tooltip.
    CHECK_FALSE(w.model().index(w.model().rowOf(id), w.page()->checkColumn()).data(Qt::DecorationRole).isNull());
    CHECK(w.cell(id, w.page()->checkColumn(), Qt::ToolTipRole).contains(QStringLiteral("Excluded in the SoA but chosen to treat")));
    // The bar counts it, naming the risk.
    CHECK(w.page()->summaryBar()->text().contains(QStringLiteral("excluded but treating")));

    // Including it again clears the marker, without reopening.
    w.set(id, {{"applicable", std::string("yes")}});
    REQUIRE(test::waitUntil([&] { return w.check(id).isEmpty(); }, 3000));
    // Undo brings it back.
    w.session().undoStack()->undo();
    CHECK(test::waitUntil([&] { return w.check(id).startsWith(QStringLiteral("Excluded, treats")); }, 3000));
}

TEST_CASE("an undecided control is flagged", "[soa][model]")
{
    SoaWindow w;
    const RecordId id = w.idOf("A.5.6");  // undecided in the demo
    CHECK(w.check(id) == QStringLiteral("Undecided"));
    CHECK(w.cell(id, w.page()->checkColumn(), Qt::ToolTipRole).contains(QStringLiteral("No decision yet")));
    CHECK(w.page()->summaryBar()->text().contains(QStringLiteral("undecided")));
}

TEST_CASE("the Reasons column shows reasons that follow from links, and the tooltip says so", "[soa][model]")
{
    SoaWindow w;
    const auto [id, risk] = w.riskLinkedApplicableControl();
    REQUIRE(id != 0);
    CHECK(w.reasons(id).contains(QStringLiteral("Risk")));
    CHECK(w.reasons(id, Qt::ToolTipRole).contains(QStringLiteral("Risk treatment: ticked")));

    // Unticked, risk treatment still follows from the risk it treats: shown, and told apart.
    w.set(id, {{"reason_risk", false}});
    REQUIRE(test::waitUntil([&] {
        return w.reasons(id, Qt::ToolTipRole).contains(QStringLiteral("Risk treatment: follows from the risks it treats"));
    }, 3000));
    CHECK(w.reasons(id).contains(QStringLiteral("Risk")));
    // ... and the rule asks for the tick.
    CHECK(w.check(id).contains(QStringLiteral("Risk not ticked (R-")));
    CHECK(w.cell(id, w.page()->checkColumn(), Qt::ToolTipRole).contains(QString::fromStdString(risk)));
}

TEST_CASE("the summary bar's entries show only the controls concerned, and Show All brings back the rest",
          "[soa][filter]")
{
    SoaWindow w;
    RegisterView* view = w.page()->view();
    const int all = w.model().rowCount();
    const auto undecided = w.page()->rows().withProblem(SoaProblemKind::Undecided);
    REQUIRE_FALSE(undecided.empty());
    REQUIRE(static_cast<int>(undecided.size()) < all);

    w.page()->summaryBar()->choose(QStringLiteral("kind:%1").arg(static_cast<int>(SoaProblemKind::Undecided)));
    CHECK(view->hasRecordFilter());
    CHECK(view->recordFilterText().contains(QStringLiteral("not decided")));
    REQUIRE(w.model().rowCount() == static_cast<int>(undecided.size()));
    for (int row = 0; row < w.model().rowCount(); ++row)
        CHECK(w.check(w.model().idAt(row)) == QStringLiteral("Undecided"));

    view->clearRecordFilter();
    CHECK_FALSE(view->hasRecordFilter());
    CHECK(w.model().rowCount() == all);

    // "needs attention" shows every flagged control.
    w.page()->summaryBar()->choose(QStringLiteral("all"));
    CHECK(w.model().rowCount() == w.page()->rows().problemCount());
    for (int row = 0; row < w.model().rowCount(); ++row)
        CHECK_FALSE(w.check(w.model().idAt(row)).isEmpty());
    view->clearRecordFilter();
    CHECK(w.model().rowCount() == all);
}

TEST_CASE("a read-only file shows the same markers", "[soa][readonly]")
{
    SoaWindow w(true);
    REQUIRE(w.session().isReadOnly());
    CHECK(w.check(w.idOf("A.5.6")) == QStringLiteral("Undecided"));
    // Whatever the rules find in the demo is in the rows, with the records involved.
    const auto issues = soaInconsistencies(*w.ws()->liveData());
    REQUIRE_FALSE(issues.empty());
    for (const SoaInconsistency& issue : issues)
        for (const std::string& ref : issue.relatedRefs)
            CHECK(w.cell(issue.item.id, w.page()->checkColumn(), Qt::ToolTipRole).contains(QString::fromStdString(ref)));
    for (const SoaInconsistency& issue : issues)
        CHECK_FALSE(w.check(issue.item.id).isEmpty());
    CHECK(w.page()->summaryBar()->text().contains(QStringLiteral("need attention")));
}

TEST_CASE("the SoA page's words are German in a German window", "[soa][translations]")
{
    test::LanguageGuard guard;
    REQUIRE(installTranslations(*QCoreApplication::instance(), QStringLiteral("de")).translated);
    SoaWindow w;
    const RecordId undecided = w.idOf("A.5.6");
    CHECK(w.check(undecided) == QStringLiteral("Nicht entschieden"));
    CHECK(w.model().headerData(w.page()->checkColumn(), Qt::Horizontal).toString() == QStringLiteral("Prüfung"));
    // A reason that follows from a risk, and its tooltip.
    const auto [control, risk] = w.riskLinkedApplicableControl();
    REQUIRE(control != 0);
    CHECK(w.reasons(control).contains(QStringLiteral("Risiko")));
    CHECK(w.reasons(control, Qt::ToolTipRole).contains(QStringLiteral("Risikobehandlung")));
}
