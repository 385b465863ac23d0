#include "app_fixture.h"

#include "app/commands/attachment_commands.h"
#include "app/commands/insert_record_command.h"
#include "app/commands/link_command.h"
#include "app/commands/remove_record_command.h"
#include "app/commands/set_fields_command.h"
#include "app/form/field_editor.h"
#include "app/form/record_form.h"
#include "app/session/value_convert.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace isms;
using namespace isms::app;

TEST_CASE("editing a risk through the form is written at once and undoable", "[form][undo]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const RegisterDef& risks = session->catalogue().get(reg::risks);
    const Record before = test::recordByRef(*session, reg::risks, "R-001");

    RecordForm form(*session);
    form.showRecord(risks.key, before.id);
    FieldEditor* likelihood = form.editor("inherent_likelihood");
    REQUIRE(likelihood != nullptr);
    auto* combo = likelihood->findChild<QComboBox*>();
    REQUIRE(combo != nullptr);
    // The scale shows the methodology's labels with their numbers.
    CHECK(combo->itemText(5).startsWith(QStringLiteral("5 \u00b7 ")));
    const auto oldLevel = std::get<std::int64_t>(before.get(risks, "inherent_likelihood"));
    const std::int64_t newLevel = oldLevel == 5 ? 1 : 5;

    // What a user does: choose an entry in the combo.
    combo->setCurrentIndex(combo->findData(QVariant::fromValue<qint64>(newLevel)));
    emit combo->activated(combo->currentIndex());

    Record after = test::recordByRef(*session, reg::risks, "R-001");
    CHECK(std::get<std::int64_t>(after.get(risks, "inherent_likelihood")) == newLevel);
    // The level is recomputed by storage from the methodology and shown by the form.
    const auto newScore = std::get<std::int64_t>(after.get(risks, "inherent_level"));
    CHECK(newScore != std::get<std::int64_t>(before.get(risks, "inherent_level")));
    CHECK(std::get<std::int64_t>(form.editor("inherent_level")->value()) == newScore);
    REQUIRE(session->undoStack()->count() == 1);

    session->undoStack()->undo();
    after = test::recordByRef(*session, reg::risks, "R-001");
    CHECK(after.get(risks, "inherent_likelihood") == before.get(risks, "inherent_likelihood"));
    CHECK(after.get(risks, "inherent_level") == before.get(risks, "inherent_level"));
    CHECK(form.editor("inherent_likelihood")->value() == before.get(risks, "inherent_likelihood"));

    session->undoStack()->redo();
    after = test::recordByRef(*session, reg::risks, "R-001");
    CHECK(std::get<std::int64_t>(after.get(risks, "inherent_likelihood")) == newLevel);

    // Undo and redo are in the change log too.
    auto history = session->file().history(risks.key, before.id);
    REQUIRE(history.ok());
    CHECK(std::count_if(history->begin(), history->end(),
                        [](const storage::ChangeEntry& e) { return e.action == "update"; })
          >= 3);
}

TEST_CASE("text edits through the form merge per field", "[form][undo]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const RegisterDef& risks = session->catalogue().get(reg::risks);
    const Record r = test::recordByRef(*session, reg::risks, "R-003");
    RecordForm form(*session);
    form.showRecord(risks.key, r.id);
    auto* edit = form.editor("threat")->findChild<QLineEdit*>();
    REQUIRE(edit != nullptr);
    for (const char* text : {"Phish", "Phishing", "Phishing kit"}) {
        edit->setText(QString::fromLatin1(text));
        edit->setModified(true);
        emit edit->editingFinished();
    }
    CHECK(test::recordByRef(*session, reg::risks, "R-003").text(risks, "threat") == "Phishing kit");
    REQUIRE(session->undoStack()->count() == 1);
    session->undoStack()->undo();
    CHECK(test::recordByRef(*session, reg::risks, "R-003").text(risks, "threat")
          == r.text(risks, "threat"));
}

TEST_CASE("add, remove and their undo put records back exactly", "[undo]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const RegisterDef& risks = session->catalogue().get(reg::risks);
    QUndoStack& stack = *session->undoStack();
    const std::int64_t count = session->file().count(risks).value();

    Record fresh = Record::blank(risks);
    fresh.set(risks, "title", std::string("New supplier risk"));
    auto* insert = new InsertRecordCommand(*session, risks.key, fresh, QStringLiteral("Add"));
    stack.push(insert);
    REQUIRE(session->file().count(risks).value() == count + 1);
    const RecordId newId = insert->insertedId();
    const std::string newRef = session->file().get(risks, newId)->ref;
    stack.undo();
    CHECK(session->file().count(risks).value() == count);
    stack.redo();
    auto again = session->file().get(risks, newId);
    REQUIRE(again.ok());
    CHECK(again->ref == newRef);

    // Removing R-001 takes its links; undo restores record and links.
    const Record r1 = test::recordByRef(*session, reg::risks, "R-001");
    const auto links = session->file().links(risks.key, r1.id).value();
    REQUIRE_FALSE(links.empty());
    stack.push(new RemoveRecordCommand(*session, risks.key, r1.id, QStringLiteral("Delete")));
    CHECK_FALSE(session->file().get(risks, r1.id).ok());
    stack.undo();
    const Record restored = session->file().get(risks, r1.id).value();
    CHECK(restored.ref == "R-001");
    CHECK(restored.values == r1.values);
    CHECK(session->file().links(risks.key, r1.id).value().size() == links.size());
}

TEST_CASE("link, unlink and evidence commands are undoable", "[undo]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const RegisterDef& risks = session->catalogue().get(reg::risks);
    const RegisterDef& assets = session->catalogue().get(reg::assets);
    QUndoStack& stack = *session->undoStack();
    const Record risk = test::recordByRef(*session, reg::risks, "R-002");
    const auto allAssets = session->file().listIds(assets).value();
    const auto linked = session->file().links(risks.key, risk.id).value();
    RecordId target = 0;
    for (RecordId id : allAssets)
        if (std::none_of(linked.begin(), linked.end(),
                         [&](const Link& l) { return l.toRegister == assets.key && l.toId == id; }))
            target = id;
    REQUIRE(target != 0);
    const Link link{"risk_assets", risks.key, risk.id, assets.key, target};

    stack.push(new LinkCommand(*session, LinkCommand::Action::Link, link, QStringLiteral("Link")));
    CHECK(session->file().links(risks.key, risk.id)->size() == linked.size() + 1);
    stack.undo();
    CHECK(session->file().links(risks.key, risk.id)->size() == linked.size());

    AttachmentContent content{risks.key, risk.id, "evidence.txt", "text/plain",
                              {std::byte{'o'}, std::byte{'k'}}};
    stack.push(new AttachCommand(*session, content, QStringLiteral("Attach")));
    auto attachments = session->file().attachments(risks.key, risk.id).value();
    REQUIRE(attachments.size() == 1);
    stack.push(new DetachCommand(*session, attachments.front(), QStringLiteral("Remove")));
    CHECK(session->file().attachments(risks.key, risk.id)->empty());
    stack.undo();  // the evidence comes back with its bytes
    attachments = session->file().attachments(risks.key, risk.id).value();
    REQUIRE(attachments.size() == 1);
    CHECK(session->file().attachmentContent(attachments.front().id).value() == content.bytes);
    stack.undo();
    stack.undo();
    CHECK(session->file().attachments(risks.key, risk.id)->empty());
}

TEST_CASE("a refused write is reported and leaves no false step on the stack", "[undo]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const RegisterDef& risks = session->catalogue().get(reg::risks);
    QSignalSpy failures(session.get(), &DocumentSession::failed);
    QUndoStack& stack = *session->undoStack();

    // A required field emptied: storage refuses, nothing is pushed.
    const Record r = test::recordByRef(*session, reg::risks, "R-004");
    stack.push(SetFieldsCommand::create(*session, risks.key, r.id, {{"title", Value{}}}));
    CHECK(failures.count() == 1);
    CHECK(stack.count() == 0);
    CHECK(test::recordByRef(*session, reg::risks, "R-004").text(risks, "title")
          == r.text(risks, "title"));

    // An edit whose record has gone: the undo of it fails, is reported, and the history is
    // cleared rather than left pointing at a state the file is not in.
    stack.push(SetFieldsCommand::create(*session, risks.key, r.id,
                                        {{"threat", std::string("Changed")}}));
    REQUIRE(stack.count() == 1);
    REQUIRE(session->file().remove(risks, r.id).ok());
    stack.undo();
    CHECK(failures.count() == 2);
    QCoreApplication::processEvents();
    CHECK(stack.count() == 0);
}
