#include "app/views/register_view.h"
#include "reports/domain_text.h"

#include "app/commands/insert_record_command.h"
#include "app/commands/remove_record_command.h"
#include "app/dialogs/message_presenter.h"
#include "app/models/register_table_model.h"
#include "app/session/document_session.h"
#include "app/session/record_labels.h"
#include "app/session/value_convert.h"
#include "app/views/field_delegate.h"
#include "app/views/new_record.h"
#include "app/views/record_context_menu.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace isms::app {

RegisterView::RegisterView(DocumentSession& session, const RegisterDef& def,
                           MessagePresenter& messages, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_def(def),
      m_messages(messages),
      m_model(new RegisterTableModel(session, def, this)),
      m_title(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_add(new QPushButton(tr("Add"), this)),
      m_pages(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_emptyText(new QLabel(this)),
      m_filterBar(new QFrame(this)),
      m_filterText(new QLabel(m_filterBar)),
      m_emptyAdd(new QPushButton(tr("Add the first %1").arg(reports::domainText(def.singular)), this))
{
    setObjectName(QStringLiteral("register:") + qs(def.key));
    auto* layout = new QVBoxLayout(this);
    m_layout = layout;
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(6, 6, 6, 0);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    top->addWidget(m_title);
    top->addStretch();
    m_filter->setPlaceholderText(tr("Filter\u2026"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the records whose reference or text contains this (%1)")
                             .arg(QKeySequence(QKeySequence::Find).toString(
                                 QKeySequence::NativeText)));
    // Narrow windows keep the register's title and count readable beside it.
    m_filter->setMinimumWidth(110);
    m_filter->setMaximumWidth(320);
    top->addWidget(m_filter);
    m_add->setToolTip(tr("Add a %1 (%2)").arg(
        reports::domainText(def.singular), QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    top->addWidget(m_add);
    layout->addLayout(top);

    // What another screen narrowed the rows to, and the way back to all of them.
    auto* bar = m_filterBar;
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setAutoFillBackground(true);
    bar->setBackgroundRole(QPalette::AlternateBase);
    auto* barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(8, 4, 4, 4);
    m_filterText->setWordWrap(true);
    m_filterText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    barLayout->addWidget(m_filterText, 1);
    auto* clear = new QPushButton(tr("Show All"), bar);
    clear->setToolTip(tr("Clear this filter and show every record (Esc)"));
    barLayout->addWidget(clear);
    connect(clear, &QPushButton::clicked, this, &RegisterView::clearRecordFilter);
    bar->hide();
    auto* barRow = new QHBoxLayout;
    barRow->setContentsMargins(6, 4, 6, 0);
    barRow->addWidget(bar);
    layout->addLayout(barRow);
    layout->addWidget(m_pages, 1);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new FieldDelegate(session, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Qt sorts as soon as sorting is enabled, by the header's indicator: make that ascending ref.
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setDragDropMode(QAbstractItemView::NoDragDrop);
    m_table->setAcceptDrops(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setEditTriggers(session.isReadOnly()
                                 ? QAbstractItemView::NoEditTriggers
                                 : QAbstractItemView::EditKeyPressed
                                       | QAbstractItemView::AnyKeyPressed);
    m_pages->addWidget(m_table);
    auto* deleteKey = new QAction(tr("Delete Record"), m_table);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    deleteKey->setEnabled(!session.isReadOnly());
    m_table->addAction(deleteKey);
    connect(deleteKey, &QAction::triggered, this, &RegisterView::deleteCurrent);

    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    m_emptyText->setWordWrap(true);
    m_emptyText->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_emptyText->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyAdd, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_pages->addWidget(empty);

    const bool writable = !session.isReadOnly();
    m_add->setVisible(writable);
    m_emptyAdd->setVisible(writable);
    connect(m_add, &QPushButton::clicked, this, &RegisterView::addRecord);
    connect(m_emptyAdd, &QPushButton::clicked, this, &RegisterView::addRecord);

    // Typing filters after a short pause, so each keystroke does not query the file.
    auto* filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(filterDelay, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_filter->text().trimmed()); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this, filterDelay] {
        filterDelay->stop();
        m_model->setSearch(m_filter->text().trimmed());
        m_table->setFocus();
    });

    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &RegisterView::showHeaderMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const RecordId id = current.isValid() ? m_model->idAt(current.row()) : 0;
                if (id == m_current)
                    return;
                m_current = id;
                emit currentRecordChanged(qs(m_def.key), id);
            });
    connect(m_model, &RegisterTableModel::requeried, this, [this] {
        updateState();
        const int row = m_model->rowOf(m_current);
        if (row >= 0) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            return;
        }
        if (m_current == 0)
            return;
        // The selected record left the view (a filter): the form must not keep showing it, or
        // the user edits a record they can no longer see. The first row takes its place.
        if (m_model->rowCount() > 0) {
            m_table->setCurrentIndex(m_model->index(0, 0));  // emits currentRecordChanged
        } else {
            m_current = 0;
            emit currentRecordChanged(qs(m_def.key), 0);
        }
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RegisterView::updateState);
    connect(&session, &DocumentSession::recordInserted, this, [this](const QString& reg, qint64 id) {
        if (qs(m_def.key) == reg)
            selectRecord(id);  // a new record (or an undone removal) is where the user looks
    });
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);  // right clicks arrive at the viewport
    restoreHeader({});
    updateState();
}

bool RegisterView::eventFilter(QObject* watched, QEvent* event)
{
    // The row menu: a right click on the row under the pointer, the Menu key on the current row.
    if ((watched == m_table || watched == m_table->viewport())
        && event->type() == QEvent::ContextMenu) {
        const auto* menuEvent = static_cast<QContextMenuEvent*>(event);
        const bool byMouse = watched == m_table->viewport()
                             && menuEvent->reason() == QContextMenuEvent::Mouse;
        showContextMenu(menuEvent->pos(), byMouse);
        return true;
    }
    // While a cell is being edited its editor has the keys, so Enter here means "open the field".
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape && hasRecordFilter()) {
            clearRecordFilter();
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && currentId() != 0) {
            const FieldDef* field = m_model->fieldAt(m_table->currentIndex().column());
            emit formFieldRequested(field ? qs(field->key) : QString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

RegisterView::~RegisterView() = default;

void RegisterView::updateState()
{
    const std::int64_t total = m_model->totalCount();
    const int shown = m_model->rowCount();
    if (shown == total)
        m_title->setText(tr("%1 (%2)").arg(reports::domainText(m_def.title)).arg(total));
    else
        m_title->setText(tr("%1 (%2 of %3)").arg(reports::domainText(m_def.title)).arg(shown).arg(total));
    if (total == 0) {
        m_emptyText->setText(tr("%1\n\nNothing here yet (clause %2).")
                                 .arg(reports::domainText(m_def.description), qs(m_def.clause)));
        m_pages->setCurrentIndex(1);
    } else {
        m_pages->setCurrentIndex(0);
    }
    m_filter->setEnabled(total > 0 || !m_filter->text().isEmpty());
}

RecordId RegisterView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

bool RegisterView::selectRecord(RecordId id)
{
    int row = m_model->rowOf(id);
    if (row < 0 && (!m_model->search().isEmpty() || !m_model->query().filters.empty() || hasRecordFilter())) {
        // The record is filtered out: show everything rather than pretend it is not there.
        clearRecordFilter();
        m_filter->clear();
        m_model->setSearch({});
        for (int c = 0; c < m_model->columnCount(); ++c)
            if (!m_model->columnFilter(c).isEmpty())
                m_model->setColumnFilter(c, {});
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void RegisterView::setRecordFilter(const RecordFilter& filter)
{
    m_filterText->setText(tr("Showing: %1.").arg(filter.description));
    m_filterBar->setAccessibleName(m_filterText->text());
    m_filterBar->show();
    m_model->setRecordFilter(filter.conditions, filter.onlyIds);
    updateState();
    m_table->setFocus(Qt::OtherFocusReason);
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void RegisterView::clearRecordFilter()
{
    if (!hasRecordFilter())
        return;
    m_filterBar->hide();
    m_filterText->clear();
    m_model->setRecordFilter({});
    updateState();
}

void RegisterView::insertAboveTable(QWidget* widget)
{
    // After the title row, before the filter bar and the table.
    auto* row = new QHBoxLayout;
    row->setContentsMargins(6, 4, 6, 0);
    row->addWidget(widget);
    m_layout->insertLayout(1, row);
}

bool RegisterView::hasRecordFilter() const
{
    return m_model->hasRecordFilter();
}

QString RegisterView::recordFilterText() const
{
    return hasRecordFilter() ? m_filterText->text() : QString();
}

void RegisterView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void RegisterView::addRecord()
{
    if (m_session.isReadOnly())
        return;
    DraftOrigin origin = m_cameFrom ? m_cameFrom() : DraftOrigin{};
    origin.sibling = currentId();
    auto draft = newRecordDraft(m_session, m_def, origin,
                                [this](const RegisterDef&, const FieldDef& field, const RegisterDef& target) {
                                    return chooseParent(field, target);
                                });
    if (!draft) {
        m_session.reportFailure(tr("Add %1").arg(reports::domainText(m_def.singular)), draft.error());
        return;
    }
    m_session.undoStack()->push(new InsertRecordCommand(
        m_session, m_def.key, std::move(draft.value()), tr("Add %1").arg(reports::domainText(m_def.singular))));
}

std::optional<RecordId> RegisterView::chooseParent(const FieldDef& field, const RegisterDef& target)
{
    auto ids = m_session.file().listIds(target, {});
    if (!ids || ids->empty())
        return std::nullopt;
    QStringList labels;
    labels.reserve(static_cast<qsizetype>(ids->size()));
    for (const RecordId id : *ids)
        labels << m_session.labels().label(target.key, id);
    const auto chosen = m_messages.choose(
        tr("Add %1").arg(reports::domainText(m_def.singular)),
        tr("Which %1 does the new %2 belong to (%3)?").arg(reports::domainText(target.singular), reports::domainText(m_def.singular), reports::domainText(field.label)),
        labels);
    if (!chosen || *chosen < 0 || *chosen >= labels.size())
        return std::nullopt;
    return (*ids)[static_cast<std::size_t>(*chosen)];
}

void RegisterView::duplicateCurrent()
{
    const RecordId id = currentId();
    if (m_session.isReadOnly() || id == 0)
        return;
    auto record = m_session.file().get(m_def, id);
    if (!record) {
        m_session.reportFailure(tr("Duplicate"), record.error());
        return;
    }
    // The same values under a new ref; the dates a new record starts with (its "raised on",
    // a measurement's date: today) are the new record's, not the original's.
    Record copy = record.value();
    copy.id = 0;
    copy.ref.clear();
    if (auto draft = newRecordDraft(m_session, m_def))
        for (std::size_t i = 0; i < m_def.fields.size(); ++i)
            if (m_def.fields[i].type == FieldType::Date && !isEmpty(draft->values[i]))
                copy.values[i] = draft->values[i];
    m_session.undoStack()->push(new InsertRecordCommand(
        m_session, m_def.key, std::move(copy), tr("Duplicate %1").arg(qs(record->ref))));
}

bool RegisterView::deleteCurrent()
{
    const RecordId id = currentId();
    if (m_session.isReadOnly() || id == 0)
        return false;
    const QString label = m_session.labels().label(m_def.key, id);
    if (!m_messages.confirm(tr("Delete %1?").arg(reports::domainText(m_def.singular)),
                            tr("%1 and its links will be removed. You can undo this.").arg(label),
                            tr("Delete")))
        return false;
    const int row = m_table->currentIndex().row();
    m_session.undoStack()->push(new RemoveRecordCommand(
        m_session, m_def.key, id, tr("Delete %1").arg(m_session.labels().ref(m_def.key, id))));
    // Keep the keyboard where it was: the next record takes the removed one's place.
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    return m_model->rowOf(id) < 0;
}

void RegisterView::editCurrentCell()
{
    if (m_session.isReadOnly())
        return;
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_table->edit(current);
}

void RegisterView::openCurrent()
{
    if (currentId() != 0)
        emit formFieldRequested({});
}

void RegisterView::activateRecord(const QString& registerKey, qint64 id)
{
    emit recordActivated(registerKey, id);
}

QMenu* RegisterView::createContextMenu(QWidget* parent)
{
    return createRecordContextMenu(*this, m_session, parent);
}

void RegisterView::showContextMenu(const QPoint& position, bool underPointer)
{
    // The press of a right click has usually made its row current already; make sure.
    const QModelIndex under = underPointer ? m_table->indexAt(position) : QModelIndex();
    if (under.isValid() && under.row() != m_table->currentIndex().row())
        m_table->setCurrentIndex(under);
    std::unique_ptr<QMenu> menu(createContextMenu(this));
    if (!menu)
        return;
    const QPoint where = under.isValid() ? position
                                         : m_table->visualRect(m_table->currentIndex()).center();
    menu->exec(m_table->viewport()->mapToGlobal(where));
}

} // namespace isms::app
