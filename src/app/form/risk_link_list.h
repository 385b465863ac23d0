#pragma once
// One kind of link of a risk shown as a list in the risk form (its affected assets, its treating
// controls), with Add… and Remove. Adding and removing are the same undoable LinkCommands as the
// links panel's; Add… asks which record with a filterable chooser of the target register.

// Qt first: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include <QObject>

#include "domain/value.h"

#include <functional>
#include <string>
#include <vector>

class QAbstractButton;
class QListWidget;

namespace isms::app {

class DocumentSession;

class RiskLinkList : public QObject {
    Q_OBJECT

public:
    // Asks the user for a record of `registerKey`; 0 when they chose none.
    using Chooser = std::function<RecordId(const std::string& registerKey)>;

    // `linkKey` is a link type from the risks register (risk_assets, risk_controls).
    RiskLinkList(DocumentSession& session, std::string linkKey, QListWidget* list,
                 QAbstractButton* add, QAbstractButton* remove, QObject* parent);

    void showRecord(RecordId riskId);
    // Tests choose without the popup; the default is the quick-open chooser.
    void setChooser(Chooser chooser) { m_chooser = std::move(chooser); }
    // Links the risk to `target`, undoably; nothing when already linked (an undo would otherwise
    // remove the link that was there before).
    void add(RecordId target);
    void removeCurrent();
    // The linked records, in ref order.
    std::vector<RecordId> linked() const { return m_linked; }
    const std::string& targetRegister() const { return m_target; }

signals:
    void recordActivated(const QString& registerKey, qint64 id);

private:
    void reload();
    void choose();
    void updateButtons();
    void fitHeight();

    DocumentSession& m_session;
    std::string m_linkKey;
    std::string m_target;
    QListWidget* m_list;
    QAbstractButton* m_add;
    QAbstractButton* m_remove;
    Chooser m_chooser;
    RecordId m_risk = 0;
    std::vector<RecordId> m_linked;
};

} // namespace isms::app
