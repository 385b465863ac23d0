#include "app/help/shortcuts_dialog.h"

#include "ui_shortcuts_dialog.h"

#include <QAction>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

#include <functional>

namespace isms::app {

namespace {

// "&Open…" reads "Open"; "&&" stays one ampersand.
QString plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text.trimmed();
}

QString keysOf(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts())
        if (!key.isEmpty())
            keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

// Calls `visit` for every action of the menu bar (depth first, in menu order) with its menu path,
// then for the window's own actions that no menu holds.
void forEachAction(const QMainWindow& window,
                   const std::function<void(QAction*, const QString& menu)>& visit)
{
    QSet<const QAction*> seen;
    std::function<void(const QList<QAction*>&, const QString&)> walk =
        [&](const QList<QAction*>& actions, const QString& path) {
            for (QAction* action : actions) {
                if (action->isSeparator() || seen.contains(action))
                    continue;
                seen.insert(action);
                if (QMenu* menu = action->menu()) {
                    const QString name = plainText(menu->title());
                    walk(menu->actions(),
                         path.isEmpty() ? name : path + QStringLiteral(" \u203a ") + name);
                    continue;
                }
                visit(action, path);
            }
        };
    if (QMenuBar* bar = window.menuBar())
        walk(bar->actions(), {});
    walk(window.actions(), {});
}

} // namespace

std::vector<ShortcutEntry> shortcutEntries(const QMainWindow& window)
{
    std::vector<ShortcutEntry> entries;
    forEachAction(window, [&](QAction* action, const QString& menu) {
        const QString keys = keysOf(action);
        if (!keys.isEmpty())
            entries.push_back({plainText(action->text()), keys, menu});
    });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow& window, QWidget* parent)
    : QDialog(parent),
      m_window(window),
      m_ui(std::make_unique<Ui::ShortcutsDialog>()),
      m_model(new QStandardItemModel(this)),
      m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->shortcutsView->setModel(m_filter);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);
    rebuild();
    watchActions();
    m_ui->shortcutsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->filterEdit->setFocus();
}

ShortcutsDialog::~ShortcutsDialog() = default;

void ShortcutsDialog::watchActions()
{
    forEachAction(m_window, [this](QAction* action, const QString&) {
        connect(action, &QAction::changed, this, &ShortcutsDialog::rebuild);
    });
}

void ShortcutsDialog::rebuild()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Menu")});
    for (const ShortcutEntry& entry : shortcutEntries(m_window)) {
        QList<QStandardItem*> row{new QStandardItem(entry.action), new QStandardItem(entry.shortcut),
                                  new QStandardItem(entry.menu.isEmpty() ? tr("Window")
                                                                         : entry.menu)};
        m_model->appendRow(row);
    }
}

void ShortcutsDialog::setFilter(const QString& text)
{
    if (m_ui->filterEdit->text() != text)
        m_ui->filterEdit->setText(text);
    m_filter->setFilterFixedString(text);
}

QStringList ShortcutsDialog::visibleRows() const
{
    QStringList rows;
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_filter->columnCount(); ++c)
            cells << m_filter->index(r, c).data().toString();
        rows << cells.join(QStringLiteral(" | "));
    }
    return rows;
}

} // namespace isms::app
