#pragma once
// The change log of the current record, newest first: who, when, what before and after.

// Qt first: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include <QWidget>

#include "domain/value.h"


#include <string>

class QTreeWidget;

namespace isms::app {

class DocumentSession;

class HistoryPanel : public QWidget {
    Q_OBJECT

public:
    explicit HistoryPanel(DocumentSession& session, QWidget* parent = nullptr);

    void showRecord(const std::string& registerKey, RecordId id);
    QTreeWidget* tree() const { return m_tree; }

private:
    void reload();

    DocumentSession& m_session;
    QTreeWidget* m_tree;
    std::string m_registerKey;
    RecordId m_id = 0;
};

} // namespace isms::app
