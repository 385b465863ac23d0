#include "app/views/record_context_menu.h"
#include "reports/domain_text.h"

#include "app/approval/approval_controller.h"
#include "app/models/register_table_model.h"
#include "app/session/document_session.h"
#include "app/session/record_labels.h"
#include "app/session/value_convert.h"
#include "app/views/register_view.h"
#include "storage/isms_file.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QRegularExpression>
#include <QTableView>

#include <algorithm>

namespace isms::app {

namespace {
QString oneLine(QString text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\t\\r\\n]+"));
    return text.replace(breaks, QStringLiteral(" ")).trimmed();
}

// The rows the user has selected, or the current row; in the order shown.
QList<int> chosenRows(const QTableView& table)
{
    QList<int> rows;
    for (const QModelIndex& index : table.selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && table.currentIndex().isValid())
        rows.append(table.currentIndex().row());
    std::sort(rows.begin(), rows.end());
    return rows;
}
} // namespace

QString rowsAsText(const QTableView& table, const QList<int>& rows)
{
    const QAbstractItemModel* model = table.model();
    const QHeaderView* header = table.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QStringList lines;
    QStringList cells;
    for (int column : columns)
        cells.append(oneLine(model->headerData(column, Qt::Horizontal).toString()));
    lines.append(cells.join(QLatin1Char('\t')));
    for (int row : rows) {
        cells.clear();
        for (int column : columns)
            cells.append(oneLine(model->index(row, column).data(Qt::DisplayRole).toString()));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

std::vector<LinkedRecord> linkedRecords(DocumentSession& session, const std::string& registerKey,
                                        RecordId id)
{
    std::vector<LinkedRecord> result;
    auto links = session.file().links(registerKey, id);
    if (!links)
        return result;
    for (const auto& link : *links) {
        const LinkDef* def = session.catalogue().findLink(link.link);
        const bool outgoing = link.fromRegister == registerKey && link.fromId == id;
        const std::string& otherRegister = outgoing ? link.toRegister : link.fromRegister;
        const RecordId otherId = outgoing ? link.toId : link.fromId;
        const QString how = def ? reports::domainText(outgoing ? def->label : def->reverseLabel) : qs(link.link);
        result.push_back({how + QStringLiteral(": ") + session.labels().label(otherRegister, otherId),
                          qs(otherRegister), otherId});
    }
    return result;
}

QMenu* createRecordContextMenu(RegisterView& view, DocumentSession& session, QWidget* parent)
{
    const RecordId id = view.currentId();
    if (id == 0)
        return nullptr;
    const std::string& key = view.registerDef().key;
    const bool writable = !session.isReadOnly();
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("recordContextMenu"));

    QAction* open = menu->addAction(QMenu::tr("&Open"), &view, &RegisterView::openCurrent);
    open->setObjectName(QStringLiteral("open"));
    menu->setDefaultAction(open);
    menu->addSeparator();
    // The Edit menu's verbs and keys: the same methods, so the same confirmation and commands.
    QAction* duplicate = menu->addAction(QMenu::tr("D&uplicate"), &view,
                                         &RegisterView::duplicateCurrent);
    duplicate->setObjectName(QStringLiteral("duplicate"));
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    duplicate->setEnabled(writable);
    QAction* remove = menu->addAction(QMenu::tr("&Delete\u2026"), &view,
                                      [&view] { view.deleteCurrent(); });
    remove->setObjectName(QStringLiteral("delete"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setEnabled(writable && session.canDelete(view.registerDef().key, view.currentId()));
    for (QAction* action : {duplicate, remove}) {
        action->setShortcutContext(Qt::WidgetShortcut);  // shown only; the window has the keys
        action->setShortcutVisibleInContextMenu(true);
    }
    // A risk's owner sign-off: the Edit menu's Approve Treatment, with the same rule and dialog.
    if (key == reg::risks) {
        QAction* approve = menu->addAction(QMenu::tr("Approve &Treatment\u2026"), &view, [&session, id, &view] {
            openApproveRiskDialog(session, id, view.window());
        });
        approve->setObjectName(QStringLiteral("approveTreatment"));
        applyApprovalActionState(*approve, approvalActionState(&session, qs(key), id));
    }
    menu->addSeparator();

    const QString ref = session.labels().ref(key, id);
    QAction* copyRef = menu->addAction(QMenu::tr("Copy &Reference"), menu, [ref] {
        QApplication::clipboard()->setText(ref);
    });
    copyRef->setObjectName(QStringLiteral("copyRef"));
    QTableView* table = view.table();
    QAction* copyText = menu->addAction(QMenu::tr("Copy as &Text"), menu, [table] {
        QApplication::clipboard()->setText(rowsAsText(*table, chosenRows(*table)));
    });
    copyText->setObjectName(QStringLiteral("copyText"));
    copyText->setToolTip(QMenu::tr("Tab-separated, with the column names: pastes into a "
                                   "spreadsheet"));

    QMenu* follow = menu->addMenu(QMenu::tr("&Follow Link"));
    follow->setObjectName(QStringLiteral("followLinks"));
    const auto linked = linkedRecords(session, key, id);
    for (const LinkedRecord& other : linked) {
        const QString otherKey = other.registerKey;
        const qint64 otherId = other.id;
        follow->addAction(other.label, &view, [&view, otherKey, otherId] {
            view.activateRecord(otherKey, otherId);
        });
    }
    if (linked.empty())
        follow->addAction(QMenu::tr("No links yet"))->setEnabled(false);
    return menu;
}

} // namespace isms::app
