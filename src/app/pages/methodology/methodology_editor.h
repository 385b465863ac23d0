#pragma once
// The risk methodology screen (clause 6.1.2): edits a copy of the file's methodology and applies
// it as one undoable step. Problems are shown inline while typing, never in a dialog, and Apply
// stays disabled until the copy is valid and differs from the file.

#include <QWidget>

#include "domain/methodology.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace isms::app {

class DocumentSession;
class RiskBandLegend;
class RiskMatrixWidget;

class MethodologyEditor : public QWidget {
    Q_OBJECT

public:
    // The navigation key of this page (never a register key: those have no '@').
    static QString pageKey() { return QStringLiteral("@methodology"); }

    explicit MethodologyEditor(DocumentSession& session, QWidget* parent = nullptr);

    // The methodology as the controls show it now.
    Methodology edited() const;
    // Shows the file's methodology again, dropping any edit.
    void reload();
    void apply();

    QSpinBox* likelihoodLevels() const { return m_likelihoodLevels; }
    QSpinBox* impactLevels() const { return m_impactLevels; }
    QTableWidget* likelihoodTable() const { return m_likelihoodTable; }
    QTableWidget* impactTable() const { return m_impactTable; }
    QTableWidget* matrixTable() const { return m_matrixTable; }
    QTableWidget* bandsTable() const { return m_bandsTable; }
    QSpinBox* acceptableMaxScore() const { return m_acceptable; }
    QPlainTextEdit* acceptanceCriteria() const { return m_criteria; }
    QSpinBox* reviewIntervalMonths() const { return m_review; }
    QLabel* message() const { return m_message; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* revertButton() const { return m_revert; }
    RiskMatrixWidget* preview() const { return m_preview; }

private:
    QWidget* buildScales();
    QWidget* buildMatrix();
    QWidget* buildBands();
    QWidget* buildAcceptance();
    void show(const Methodology& methodology);
    void resizeScales();
    void addBand();
    void removeBand();
    void chooseBandColour();
    void setBandRow(int row, const RiskBand& band);
    void updateState();
    void showMatrixHeaders(const Methodology& methodology);
    // Risks whose level `proposed` changes; remembered for the scores last counted, because
    // counting reads the whole risk register and label edits do not change it.
    int risksChanging(const Methodology& proposed);

    DocumentSession& m_session;
    Methodology m_original;
    bool m_loading = false;
    Methodology m_counted;  // the scores of m_countedRisks; empty when none are remembered
    int m_countedRisks = 0;

    QSpinBox* m_likelihoodLevels = nullptr;
    QSpinBox* m_impactLevels = nullptr;
    QTableWidget* m_likelihoodTable = nullptr;
    QTableWidget* m_impactTable = nullptr;
    QTableWidget* m_matrixTable = nullptr;
    QTableWidget* m_bandsTable = nullptr;
    QPushButton* m_addBand = nullptr;
    QPushButton* m_removeBand = nullptr;
    QPushButton* m_bandColour = nullptr;
    QSpinBox* m_acceptable = nullptr;
    QPlainTextEdit* m_criteria = nullptr;
    QSpinBox* m_review = nullptr;
    RiskMatrixWidget* m_preview = nullptr;
    RiskBandLegend* m_legend = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_revert = nullptr;
};

} // namespace isms::app
