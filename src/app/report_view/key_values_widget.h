#pragma once
// A report's key-value block on screen: a two-column form of labels and values; a value that
// refers to a record or a register is a link to it.

#include "reports/report_document.h"

#include <QWidget>

class QGridLayout;

namespace isms::app {

class KeyValuesWidget final : public QWidget {
    Q_OBJECT
public:
    explicit KeyValuesWidget(QWidget* parent = nullptr);
    void setKeyValues(const reports::KeyValues& keyValues);
    // The value shown for `key`, for tests and the status bar; empty when there is none.
    QString value(const QString& key) const;

signals:
    void recordActivated(const QString& registerKey, qint64 id);
    void registerActivated(const QString& registerKey);

private:
    QGridLayout* m_grid;
    reports::KeyValues m_shown;
};

} // namespace isms::app
