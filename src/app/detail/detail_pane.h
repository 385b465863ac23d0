#pragma once
// The right-hand pane: the selected record's form, its links, its evidence and its history.

// Qt first: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include <QWidget>

#include "domain/value.h"


#include <string>

class QLabel;
class QStackedWidget;
class QVBoxLayout;

namespace isms::app {

class AttachmentsPanel;
class DocumentSession;
class HistoryPanel;
class LinksPanel;
class MessagePresenter;
class FormView;
class RecordForm;
class RiskForm;

class DetailPane : public QWidget {
    Q_OBJECT

public:
    DetailPane(DocumentSession& session, MessagePresenter& messages, QWidget* parent = nullptr);

    void showRecord(const std::string& registerKey, RecordId id);
    void showNothing();
    std::string registerKey() const { return m_registerKey; }
    RecordId recordId() const { return m_id; }

    // The form of the record shown: the risk form for a risk, the generic form otherwise.
    FormView* form() const;
    RecordForm* genericForm() const { return m_form; }
    // nullptr until the first risk is shown.
    RiskForm* riskForm() const { return m_riskForm; }
    LinksPanel* links() const { return m_links; }
    HistoryPanel* history() const { return m_history; }
    AttachmentsPanel* attachments() const { return m_attachments; }

signals:
    void recordActivated(const QString& registerKey, qint64 id);

private:
    void updateHeading();

    DocumentSession& m_session;
    QStackedWidget* m_pages;
    QLabel* m_heading;
    RecordForm* m_form;
    RiskForm* m_riskForm = nullptr;
    QVBoxLayout* m_formLayout = nullptr;
    LinksPanel* m_links;
    AttachmentsPanel* m_attachments;
    HistoryPanel* m_history;
    std::string m_registerKey;
    RecordId m_id = 0;
};

} // namespace isms::app
