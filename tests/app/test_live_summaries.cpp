// An edit updates the badges and the dashboard from the records it changed, without reading the
// whole file: after any sequence of edits (insert, a level changed, link, delete, undo) the data
// kept in memory and everything computed from it equal a full read of the file.
#include "window_fixture.h"

#include "app/commands/insert_record_command.h"
#include "app/commands/link_command.h"
#include "app/commands/remove_record_command.h"
#include "app/commands/set_fields_command.h"
#include "app/dashboard/dashboard_view.h"
#include "app/session/document_session.h"
#include "storage/isms_file.h"

#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {

void checkEqualsFullRead(DocumentWorkspace& ws, DocumentSession& session)
{
    const IsmsData* live = ws.liveData();
    REQUIRE(live);
    auto fresh = session.file().loadAll();
    REQUIRE(fresh.ok());
    // The data itself: every record (by id, with its values), every link in order.
    for (const auto& [key, records] : fresh->records) {
        INFO("register " << key);
        const auto& kept = live->of(key);
        REQUIRE(kept.size() == records.size());
        for (std::size_t i = 0; i < records.size(); ++i) {
            CHECK(kept[i].id == records[i].id);
            CHECK(kept[i].ref == records[i].ref);
            CHECK(kept[i].values == records[i].values);
        }
    }
    CHECK(live->links == fresh->links);
    CHECK(live->methodology.matrix == fresh->methodology.matrix);
    CHECK(live->organisation == fresh->organisation);

    // What is shown from it: the counts, the badges, and the dashboard once it is seen.
    const Date today = session.clock().today();
    CHECK(ws.recordsByRegister() == recordCounts(*fresh));
    CHECK(ws.overdueByRegister() == reports::summariseDue(*fresh, today).overdueByRegister);
    ws.showDashboard();
    REQUIRE(ws.dashboard()->summary().has_value());
    const reports::DashboardSummary& shown = *ws.dashboard()->summary();
    const reports::DashboardSummary full = reports::summarise(*fresh, today);
    CHECK(shown.openRisks == full.openRisks);
    CHECK(shown.heatMaps.inherent.cells == full.heatMaps.inherent.cells);
    CHECK(shown.heatMaps.residual.cells == full.heatMaps.residual.cells);
    CHECK(shown.riskFlags.size() == full.riskFlags.size());
    CHECK(shown.soaInconsistencies.size() == full.soaInconsistencies.size());
    CHECK(shown.readiness.met == full.readiness.met);
    CHECK(shown.readiness.mandatoryPresent == full.readiness.mandatoryPresent);
    CHECK(shown.due.overdue.size() == full.due.overdue.size());
    CHECK(shown.due.dueSoon.size() == full.due.dueSoon.size());
    ws.showRegister(QStringLiteral("risks"));  // edits are made on a register page
}

} // namespace

TEST_CASE("edits update the summaries incrementally, equal to a full recompute", "[window][dashboard][live]")
{
    test::DemoWindow w;
    w.openDemo();
    DocumentWorkspace* ws = w.ws();
    DocumentSession& session = w.session();
    REQUIRE(test::waitUntil([&] { return !ws->summariesPending(); }));
    REQUIRE(ws->liveData());
    ws->showRegister(QStringLiteral("risks"));
    const RegisterDef& risks = session.catalogue().get(reg::risks);
    QUndoStack& stack = *session.undoStack();
    int summaries = 0;
    QObject::connect(ws, &DocumentWorkspace::summariesChanged, [&] { ++summaries; });

    // Insert a risk high in the heat map.
    Record fresh = Record::blank(risks);
    fresh.set(risks, "title", std::string("Supplier breach"));
    fresh.set(risks, "inherent_likelihood", std::int64_t{5});
    fresh.set(risks, "inherent_impact", std::int64_t{5});
    auto* insert = new InsertRecordCommand(session, risks.key, fresh, QStringLiteral("Add"));
    stack.push(insert);
    const RecordId added = insert->insertedId();
    REQUIRE(added != 0);
    // At once, not after a debounced whole-file read.
    CHECK(summaries == 1);
    CHECK(ws->recordsByRegister().at("risks") == static_cast<std::int64_t>(session.file().count(risks).value()));
    checkEqualsFullRead(*ws, session);

    // Change its level, and an existing risk's review date into the past (an overdue badge).
    stack.push(SetFieldsCommand::create(session, risks.key, added, {{"inherent_likelihood", Value{std::int64_t{1}}}}));
    const Record r2 = test::recordByRef(session, reg::risks, "R-002");
    stack.push(SetFieldsCommand::create(session, risks.key, r2.id, {{"review_date", Value{Date{2020, 1, 1}}}}));
    checkEqualsFullRead(*ws, session);

    // Link the new risk to a control, then delete R-001, which has links of its own.
    const Record control = test::recordByRef(session, reg::controls, "A.5.1");
    const LinkDef* treats = nullptr;
    for (const auto& l : session.catalogue().links())
        if ((l.from == reg::risks && l.to == reg::controls) || (l.from == reg::controls && l.to == reg::risks))
            treats = &l;
    REQUIRE(treats);
    const bool riskFirst = treats->from == reg::risks;
    stack.push(new LinkCommand(session, LinkCommand::Action::Link,
                               Link{treats->key, riskFirst ? risks.key : std::string(reg::controls),
                                    riskFirst ? added : control.id,
                                    riskFirst ? std::string(reg::controls) : risks.key,
                                    riskFirst ? control.id : added},
                               QStringLiteral("Link")));
    checkEqualsFullRead(*ws, session);
    const Record r1 = test::recordByRef(session, reg::risks, "R-001");
    stack.push(new RemoveRecordCommand(session, risks.key, r1.id, QStringLiteral("Delete")));
    checkEqualsFullRead(*ws, session);

    // Undo all of it, step by step, then redo one.
    while (stack.canUndo()) {
        stack.undo();
        checkEqualsFullRead(*ws, session);
    }
    stack.redo();
    checkEqualsFullRead(*ws, session);
    CHECK_FALSE(ws->summariesPending());
}
