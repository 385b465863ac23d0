// New records start right: nothing assumed that the user did not say (a finding's type, a
// corrective action's nonconformity), today where a record is dated the day it is written, and
// links that can be added from the nonconformity and corrective-action forms.

#include "app_fixture.h"
#include "window_fixture.h"

#include "app/detail/links_panel.h"
#include "app/dialogs/message_presenter.h"
#include "app/models/register_table_model.h"
#include "app/settings/app_settings.h"
#include "app/views/register_view.h"
#include "app/window/document_workspace.h"
#include "app/window/main_window.h"
#include "app/views/new_record.h"

#include <QMenu>
#include <QTableView>
#include <QSignalSpy>
#include <QToolButton>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace isms;
using namespace isms::app;

namespace {

std::vector<RecordId> idsOf(DocumentSession& session, std::string_view registerKey)
{
    return session.file().listIds(session.catalogue().get(registerKey)).value();
}

// A chooser that must not be asked.
std::optional<RecordId> neverAsked(const RegisterDef&, const FieldDef& field, const RegisterDef&)
{
    FAIL("asked to choose " << field.key);
    return std::nullopt;
}

QToolButton* addButton(LinksPanel& panel)
{
    for (auto* button : panel.findChildren<QToolButton*>())
        if (button->text() == QStringLiteral("Add link"))
            return button;
    return nullptr;
}

QStringList menuTexts(QToolButton* button)
{
    QStringList texts;
    for (QAction* action : button->menu()->actions())
        texts << action->text();
    return texts;
}

} // namespace

TEST_CASE("a new finding has no type until one is chosen, and can be stored so", "[form][new]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const RegisterDef& findings = session->catalogue().get(reg::findings);
    const auto audits = idsOf(*session, reg::audits);
    REQUIRE(audits.size() >= 2);
    // Added while looking at an audit: it belongs to that audit.
    auto draft = newRecordDraft(*session, findings, {std::string(reg::audits), audits[1]},
                                neverAsked);
    REQUIRE(draft);
    CHECK(std::holds_alternative<std::monostate>(draft->get(findings, "type")));
    CHECK(draft->get(findings, "audit") == Value{std::int64_t{audits[1]}});
    auto stored = session->file().insert(findings, *draft);
    REQUIRE(stored);
    CHECK(std::holds_alternative<std::monostate>(stored->get(findings, "type")));
}

TEST_CASE("a new corrective action's nonconformity comes from where the user was, or is chosen",
          "[form][new]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const RegisterDef& actions = session->catalogue().get(reg::actions);
    const auto ncs = idsOf(*session, reg::nonconformities);
    REQUIRE(ncs.size() >= 2);
    const Value second{std::int64_t{ncs[1]}};

    SECTION("from a nonconformity")
    {
        auto draft = newRecordDraft(*session, actions,
                                    {std::string(reg::nonconformities), ncs[1]}, neverAsked);
        REQUIRE(draft);
        CHECK(draft->get(actions, "nonconformity") == second);
    }
    SECTION("from another action: the same nonconformity")
    {
        Record action = newRecordDraft(*session, actions,
                                       {std::string(reg::nonconformities), ncs[1]}, neverAsked)
                            .value();
        const RecordId actionId = session->file().insert(actions, action).value().id;
        auto draft = newRecordDraft(*session, actions, {std::string(reg::actions), actionId},
                                    neverAsked);
        REQUIRE(draft);
        CHECK(draft->get(actions, "nonconformity") == second);
    }
    SECTION("from nowhere: the user chooses; declining adds nothing")
    {
        int asked = 0;
        auto chooseSecond = [&](const RegisterDef& def, const FieldDef& field,
                                const RegisterDef& target) -> std::optional<RecordId> {
            ++asked;
            CHECK(def.key == "actions");
            CHECK(field.key == "nonconformity");
            CHECK(target.key == "nonconformities");
            return ncs[1];
        };
        auto draft = newRecordDraft(*session, actions, {}, chooseSecond);
        REQUIRE(draft);
        CHECK(asked == 1);
        CHECK(draft->get(actions, "nonconformity") == second);
        // Not the first nonconformity by default, whatever the user was looking at.
        draft = newRecordDraft(*session, actions, {std::string(reg::risks), 1}, chooseSecond);
        REQUIRE(draft);
        CHECK(asked == 2);

        auto declined = newRecordDraft(
            *session, actions, {},
            [](const RegisterDef&, const FieldDef&, const RegisterDef&) -> std::optional<RecordId> {
                return std::nullopt;
            });
        REQUIRE_FALSE(declined);
        CHECK(declined.error().message
              == "No nonconformity was chosen, so no corrective action was added. Choose the "
                 "nonconformity it belongs to, or open that nonconformity and add the corrective "
                 "action from there.");
    }
}

TEST_CASE("records dated the day they are written start at today; other dates stay empty",
          "[form][new]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const Value today{Date{2026, 11, 23}};
    const RegisterDef& ncs = session->catalogue().get(reg::nonconformities);
    auto nc = newRecordDraft(*session, ncs, {}, neverAsked);
    REQUIRE(nc);
    CHECK(nc->get(ncs, "raised_on") == today);
    for (const char* key : {"effectiveness_due", "effectiveness_checked_on", "closed_on"})
        CHECK(std::holds_alternative<std::monostate>(nc->get(ncs, key)));
    const RegisterDef& revisions = session->catalogue().get(reg::revisions);
    auto revision = newRecordDraft(*session, revisions,
                                   {std::string(reg::documents), idsOf(*session, reg::documents)[0]},
                                   neverAsked);
    REQUIRE(revision);
    CHECK(revision->get(revisions, "date") == today);
    // Only dates the register marks so: a risk's acceptance date is not assumed.
    const RegisterDef& risks = session->catalogue().get(reg::risks);
    auto risk = newRecordDraft(*session, risks, {}, neverAsked);
    REQUIRE(risk);
    CHECK(std::holds_alternative<std::monostate>(risk->get(risks, "accepted_on")));
}

TEST_CASE("links can be added from the nonconformity and corrective-action forms", "[form][links]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const RecordId nc = idsOf(*session, reg::nonconformities).front();
    const RecordId action = idsOf(*session, reg::actions).front();
    const RecordId finding = idsOf(*session, reg::findings).back();
    LinksPanel panel(*session);

    panel.showRecord(std::string(reg::nonconformities), nc);
    QToolButton* add = addButton(panel);
    REQUIRE(add != nullptr);
    CHECK(add->isEnabled());
    const QStringList ncChoices = menuTexts(add);
    CHECK(ncChoices.contains(QStringLiteral("Raised by finding\u2026")));
    CHECK(ncChoices.contains(QStringLiteral("Concerns risk\u2026")));
    CHECK(ncChoices.contains(QStringLiteral("Concerns control\u2026")));

    // Choosing "Raised by finding..." asks for a finding; the link runs finding -> nonconformity.
    QSignalSpy requested(&panel, &LinksPanel::linkTargetRequested);
    for (QAction* a : add->menu()->actions())
        if (a->text() == QStringLiteral("Raised by finding\u2026"))
            a->trigger();
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).toString() == QStringLiteral("finding_nonconformities"));
    CHECK(requested.at(0).at(1).toString() == QStringLiteral("findings"));
    auto has = [&](const Link& wanted) {
        const auto links = session->file().links(std::string(reg::nonconformities), nc).value();
        return std::find(links.begin(), links.end(), wanted) != links.end();
    };
    const Link raised{"finding_nonconformities", "findings", finding, "nonconformities", nc};
    const bool before = has(raised);
    if (before)
        REQUIRE(session->file().unlink(session->catalogue().link(raised.link), finding,
                                       raised.toRegister, nc));
    panel.addLink("finding_nonconformities", "findings", finding);
    CHECK(has(raised));
    session->undoStack()->undo();
    CHECK_FALSE(has(raised));

    const RecordId risk = idsOf(*session, reg::risks).front();
    panel.addLink("nonconformity_risks", "risks", risk);
    CHECK(has(Link{"nonconformity_risks", "nonconformities", nc, "risks", risk}));

    panel.showRecord(std::string(reg::actions), action);
    CHECK(add->isEnabled());
    CHECK(menuTexts(add).contains(QStringLiteral("Evidenced by document\u2026")));
}

TEST_CASE("Add in the corrective actions takes the nonconformity the user came from, else asks", "[window][new]")
{
    test::DemoWindow w;
    w.openDemo();
    MainWindow& window = w.window;
    RecordingPresenter& messages = w.messages;
    DocumentWorkspace* ws = w.ws();
    DocumentSession& session = w.session();
    const RegisterDef& actions = session.catalogue().get(reg::actions);
    const auto ncs = idsOf(session, reg::nonconformities);
    REQUIRE(ncs.size() >= 2);
    const QString actionsKey = QString::fromStdString(actions.key);

    auto addedNonconformity = [&]() -> Value {
        RegisterView* view = ws->currentRegisterView();
        REQUIRE(view != nullptr);
        const std::int64_t before = view->model()->totalCount();
        window.actions().add->trigger();
        if (view->model()->totalCount() != before + 1)
            return {};
        return session.file().get(actions, view->currentId()).value().get(actions, "nonconformity");
    };

    SECTION("came from the second nonconformity")
    {
        ws->showRecord(QStringLiteral("nonconformities"), ncs[1]);
        ws->showRegister(actionsKey);
        CHECK(addedNonconformity() == Value{std::int64_t{ncs[1]}});
        CHECK(messages.count(RecordingPresenter::Kind::Choose) == 0);
    }
    SECTION("came from nowhere, on no action: the user chooses, or nothing is added")
    {
        ws->showDashboard();
        ws->showRegister(actionsKey);
        ws->currentRegisterView()->table()->setCurrentIndex({});
        REQUIRE(ws->currentRegisterView()->currentId() == 0);
        messages.scriptChoices({1});
        CHECK(addedNonconformity() == Value{std::int64_t{ncs[1]}});
        REQUIRE(messages.count(RecordingPresenter::Kind::Choose) == 1);
        CHECK(messages.last()->items.size() == static_cast<qsizetype>(ncs.size()));

        ws->currentRegisterView()->table()->setCurrentIndex({});
        messages.scriptChoices({std::nullopt});
        CHECK(isEmpty(addedNonconformity()));
        CHECK(messages.count(RecordingPresenter::Kind::Error) == 1);
    }
}
