#pragma once
// Record Assessment Run… (8.2): why the risks are assessed now (the planned interval or a
// significant change), who performed it (optional) and a note. Recording makes an assessments
// record dated today with a snapshot of every risk's levels and the methodology in force.
//
// Not an undo step, on purpose. Undoing would have to remove the assessments record, but the
// existing remove-record command deletes only the record: the snapshot and the kept methodology
// stay behind in their own tables (assessmentRuns() merely skips them), and redoing would need
// a second recordAssessment with a new ref and a new snapshot taken later, i.e. a different run.
// A run is evidence of the assessment as it was, so it is kept for good and the dialog says so.

#include <QDialog>

#include <memory>
#include <optional>

// After Qt: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include "storage/isms_file.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Ui {
class RecordAssessmentDialog;
}

namespace isms::app {

class DocumentSession;

class RecordAssessmentDialog : public QDialog {
    Q_OBJECT

public:
    explicit RecordAssessmentDialog(DocumentSession& session, QWidget* parent = nullptr);
    ~RecordAssessmentDialog() override;

    storage::AssessmentRequest request() const;
    // Records the run through storage; false (the reason shown in the dialog) when refused.
    bool recordNow();
    // The run made by the last recordNow() that worked.
    const std::optional<AssessmentRun>& recorded() const { return m_recorded; }

    QPushButton* recordButton() const;
    QComboBox* triggerCombo() const;
    QComboBox* performerCombo() const;
    QPlainTextEdit* noteEdit() const;
    QLabel* problemLabel() const;

signals:
    // After a run was recorded: the window shows its record.
    void recordedRun(qint64 assessmentId);

private:
    void showProblem(const QString& text);

    DocumentSession& m_session;
    std::unique_ptr<Ui::RecordAssessmentDialog> m_ui;
    std::optional<AssessmentRun> m_recorded;
};

} // namespace isms::app
