#pragma once
// A report's table on screen: one row per row, each cell's text (and tooltip, for what is
// elided), level cells on their band's colour, and a click on a row opening the record it refers
// to (or, for a reference to a whole register, that register).

#include "reports/report_document.h"

#include <QTreeWidget>

namespace isms::app {

class ReportTableWidget final : public QTreeWidget {
    Q_OBJECT
public:
    explicit ReportTableWidget(QWidget* parent = nullptr);

    void setTable(const reports::Table& table);
    const QString& tableName() const { return m_name; }
    // Rows that need action now (overdue) are drawn in the palette's alert colour with a warning.
    void setAlert(bool alert) { m_alert = alert; }
    // The most rows shown before the table scrolls on its own.
    void setMaximumVisibleRows(int rows) { m_maxRows = rows; }

    // A red that keeps its contrast on the palette's base: darker on light, lighter on dark.
    static QColor alertColour(const QPalette& palette);

signals:
    void recordActivated(const QString& registerKey, qint64 id);
    void registerActivated(const QString& registerKey);

private:
    void activate(QTreeWidgetItem* item, int column);
    void fitHeight();

    QString m_name;
    bool m_alert = false;
    int m_maxRows = 12;
};

} // namespace isms::app
