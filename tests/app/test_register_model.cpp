#include "app_fixture.h"

#include "app/commands/insert_record_command.h"
#include "app/commands/remove_record_command.h"
#include "app/form/field_editor.h"
#include "app/form/record_form.h"
#include "app/models/register_table_model.h"
#include "app/session/value_convert.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {
int rowOfRef(const RegisterTableModel& model, const QString& ref)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data().toString() == ref)
            return row;
    return -1;
}
} // namespace

TEST_CASE("register model over the demo passes the model tester and shows labels", "[model]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const RegisterDef& risks = session->catalogue().get(reg::risks);
    RegisterTableModel model(*session, risks);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(model.rowCount() == session->file().count(risks).value());
    // The ref, the fields, and for risks the Approval column worked out by the workspace.
    REQUIRE(model.columnCount() == static_cast<int>(risks.fields.size()) + 2);
    REQUIRE(model.approvalColumn() == static_cast<int>(risks.fields.size()) + 1);
    CHECK(RegisterTableModel(*session, session->catalogue().get(reg::controls)).approvalColumn() == -1);
    const int row = rowOfRef(model, QStringLiteral("R-001"));
    REQUIRE(row >= 0);
    // Blank until the statuses come, then in words; never editable.
    const int approval = model.approvalColumn();
    CHECK(model.index(row, approval).data().toString().isEmpty());
    model.setApprovalStatuses({{model.idAt(row), ApprovalStatus::NeedsReapproval}});
    CHECK(model.index(row, approval).data().toString() == QStringLiteral("Needs re-approval"));
    CHECK(model.index(row, approval).data(RegisterTableModel::ValueRole).toString() == QStringLiteral("needs_reapproval"));
    CHECK_FALSE(model.flags(model.index(row, approval)) & Qt::ItemIsEditable);
    CHECK_FALSE(model.setData(model.index(row, approval), QStringLiteral("Approved")));

    // Enum by label, reference by the person's name and ref, level with number and band.
    const Record r1 = test::recordByRef(*session, reg::risks, "R-001");
    const int kind = model.columnOf("kind");
    CHECK(model.index(row, kind).data().toString() == QStringLiteral("Risk"));
    const int owner = model.columnOf("owner");
    const auto ownerId = std::get<std::int64_t>(r1.get(risks, "owner"));
    const Record person = [&] {
        const RegisterDef& people = session->catalogue().get(reg::people);
        return session->file().get(people, ownerId).value();
    }();
    CHECK(model.index(row, owner).data().toString().contains(qs(person.ref)));
    const int level = model.columnOf("inherent_level");
    const auto score = std::get<std::int64_t>(r1.get(risks, "inherent_level"));
    CHECK(model.index(row, level).data().toString().startsWith(QString::number(score)));
    CHECK(model.index(row, level).data(Qt::DecorationRole).value<QColor>().isValid());
    // The ref and computed levels are never editable; ordinary fields are.
    CHECK_FALSE(model.flags(model.index(row, 0)) & Qt::ItemIsEditable);
    CHECK_FALSE(model.flags(model.index(row, level)) & Qt::ItemIsEditable);
    CHECK(model.flags(model.index(row, model.columnOf("title"))) & Qt::ItemIsEditable);
}

TEST_CASE("register model filters and sorts in the file", "[model]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const RegisterDef& risks = session->catalogue().get(reg::risks);
    RegisterTableModel model(*session, risks);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = model.rowCount();

    model.setSearch(QStringLiteral("ransomware"));
    REQUIRE(model.rowCount() >= 1);
    REQUIRE(model.rowCount() < all);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, model.columnOf("title")).data().toString().contains(
            QStringLiteral("ansomware")));
    model.setSearch({});
    REQUIRE(model.rowCount() == all);

    const int kind = model.columnOf("kind");
    model.setColumnFilter(kind, QStringLiteral("opportunity"));
    REQUIRE(model.rowCount() >= 1);
    REQUIRE(model.rowCount() < all);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, kind).data().toString() == QStringLiteral("Opportunity"));
    CHECK(model.headerData(kind, Qt::Horizontal).toString() != QStringLiteral("Risk or opportunity"));
    model.setColumnFilter(kind, {});
    REQUIRE(model.rowCount() == all);

    model.sort(0, Qt::DescendingOrder);
    CHECK(model.index(0, 0).data().toString() > model.index(all - 1, 0).data().toString());
    model.sort(0, Qt::AscendingOrder);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("R-001"));
}

TEST_CASE("setData pushes an undoable command and never writes by itself", "[model]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const RegisterDef& risks = session->catalogue().get(reg::risks);
    RegisterTableModel model(*session, risks);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = rowOfRef(model, QStringLiteral("R-002"));
    REQUIRE(row >= 0);
    const QModelIndex title = model.index(row, model.columnOf("title"));
    const QString before = title.data().toString();

    REQUIRE(model.setData(title, QStringLiteral("Region outage"), Qt::EditRole));
    REQUIRE(session->undoStack()->count() == 1);
    CHECK(test::recordByRef(*session, reg::risks, "R-002").text(risks, "title") == "Region outage");
    CHECK(model.index(row, model.columnOf("title")).data().toString() == QStringLiteral("Region outage"));

    session->undoStack()->undo();
    CHECK(qs(test::recordByRef(*session, reg::risks, "R-002").text(risks, "title")) == before);
    CHECK(model.index(row, model.columnOf("title")).data().toString() == before);

    // Setting the same value again is no change and no undo step.
    session->undoStack()->clear();
    REQUIRE(model.setData(model.index(row, model.columnOf("title")), before, Qt::EditRole));
    CHECK(session->undoStack()->count() == 0);
}

TEST_CASE("the lazy model reads pages, not whole registers", "[model][lazy]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const RegisterDef& assets = session->catalogue().get(reg::assets);
    constexpr int kExtra = 10'500;
    auto filled = session->file().transaction([&]() -> Result<void> {
        for (int i = 0; i < kExtra; ++i) {
            Record r = Record::blank(assets);
            r.set(assets, "name", std::string("Laptop ") + std::to_string(i));
            r.set(assets, "type", std::string("hardware"));
            auto stored = session->file().insert(assets, r);
            if (!stored)
                return stored.error();
        }
        return Ok{};
    });
    REQUIRE(filled.ok());
    const std::int64_t total = session->file().count(assets).value();
    REQUIRE(total >= kExtra);

    RegisterTableModel model(*session, assets);
    REQUIRE(model.rowCount() == total);
    CHECK(model.pagesFetched() == 0);  // opening reads ids only

    const int last = model.rowCount() - 1;
    CHECK_FALSE(model.index(last, 0).data().toString().isEmpty());
    CHECK(model.index(last - 1, 0).data().isValid());
    CHECK(model.pagesFetched() == 1);
    CHECK(model.index(0, 1).data().isValid());
    CHECK(model.index(5000, 1).data().isValid());
    CHECK(model.pagesFetched() == 3);

    // Rows far apart never keep more than the cache's pages.
    for (int row = 0; row < model.rowCount(); row += RegisterTableModel::kPageSize)
        (void)model.index(row, 1).data();
    const int fetched = model.pagesFetched();
    (void)model.index(last, 1).data();  // last page is in the cache: no read
    CHECK(model.pagesFetched() == fetched);

    model.setSearch(QStringLiteral("Laptop 1049"));
    CHECK(model.rowCount() == 11);  // 1049 and 10490-10499
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

TEST_CASE("the SoA table reads A.5.1, A.5.2 ... A.5.9, A.5.10 in natural order", "[model][ref_order]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const RegisterDef& controls = session->catalogue().get(reg::controls);
    RegisterTableModel model(*session, controls);
    model.sort(0, Qt::AscendingOrder);
    QStringList refs;
    for (int row = 0; row < 12; ++row)
        refs << model.index(row, 0).data().toString();
    CHECK(refs.join(QStringLiteral(" "))
          == QStringLiteral("A.5.1 A.5.2 A.5.3 A.5.4 A.5.5 A.5.6 A.5.7 A.5.8 A.5.9 A.5.10 A.5.11 A.5.12"));
    const int a537 = rowOfRef(model, QStringLiteral("A.5.37"));
    CHECK(a537 >= 0);
    CHECK(model.index(a537 + 1, 0).data().toString() == QStringLiteral("A.6.1"));
    model.sort(0, Qt::DescendingOrder);
    CHECK(model.index(rowOfRef(model, QStringLiteral("A.8.10")) + 1, 0).data().toString() == QStringLiteral("A.8.9"));
}

TEST_CASE("an Annex A control's title and theme are read-only in the form and it cannot be deleted", "[form][annex_a]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const RegisterDef& controls = session->catalogue().get(reg::controls);
    const Record a51 = test::recordByRef(*session, reg::controls, "A.5.1");
    RecordForm form(*session);
    form.showRecord(controls.key, a51.id);
    auto* title = form.editor("title")->findChild<QLineEdit*>();
    REQUIRE(title != nullptr);
    CHECK(title->isReadOnly());
    CHECK(title->text() == QStringLiteral("Policies for information security"));
    auto* justification = form.editor("justification");
    REQUIRE(justification != nullptr);
    // Choosing another theme anyway changes nothing.
    auto* theme = form.editor("theme")->findChild<QComboBox*>();
    REQUIRE(theme != nullptr);
    theme->setCurrentIndex(theme->findText(QStringLiteral("Custom")));
    emit theme->activated(theme->currentIndex());
    CHECK(test::recordByRef(*session, reg::controls, "A.5.1").text(controls, "theme") == "organizational");

    // Delete is refused with the message that says what to do instead.
    QString refusal;
    QObject::connect(session.get(), &DocumentSession::failed, session.get(),
                     [&refusal](const QString&, const isms::Error& e) { refusal = QString::fromStdString(e.message); });
    session->undoStack()->push(new RemoveRecordCommand(*session, controls.key, a51.id, QStringLiteral("Delete")));
    CHECK(session->file().get(controls, a51.id).ok());
    CHECK(refusal.contains(QStringLiteral("A.5.1 is an Annex A control: it cannot be deleted")));

    // Adding a control makes a custom control, whose fields are the organisation's.
    Record fresh = Record::blank(controls);
    fresh.set(controls, "title", std::string("Clean desk checks"));
    auto* insert = new InsertRecordCommand(*session, controls.key, fresh, QStringLiteral("Add"));
    session->undoStack()->push(insert);
    const Record custom = session->file().get(controls, insert->insertedId()).value();
    CHECK(custom.ref.rfind("C-", 0) == 0);
    CHECK(custom.text(controls, "theme") == "custom");
    form.showRecord(controls.key, custom.id);
    CHECK_FALSE(form.editor("title")->findChild<QLineEdit*>()->isReadOnly());
    form.showRecord(controls.key, a51.id);
    CHECK(form.editor("title")->findChild<QLineEdit*>()->isReadOnly());

    // The table and Delete agree with the form: the standard's cells cannot be edited in place,
    // and Delete is offered for the custom control only.
    CHECK_FALSE(session->canDelete(controls.key, a51.id));
    CHECK(session->canDelete(controls.key, custom.id));
    RegisterTableModel model(*session, controls);
    int titleColumn = -1;
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.headerData(c, Qt::Horizontal).toString() == QStringLiteral("Control"))
            titleColumn = c;
    REQUIRE(titleColumn >= 0);
    const int a51Row = model.rowOf(a51.id);
    const int customRow = model.rowOf(custom.id);
    REQUIRE(a51Row >= 0);
    REQUIRE(customRow >= 0);
    CHECK_FALSE(model.flags(model.index(a51Row, titleColumn)).testFlag(Qt::ItemIsEditable));
    CHECK(model.flags(model.index(customRow, titleColumn)).testFlag(Qt::ItemIsEditable));
}
