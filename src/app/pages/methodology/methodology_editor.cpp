#include "app/pages/methodology/methodology_editor.h"

#include "app/commands/set_methodology_command.h"
#include "app/dashboard/risk_matrix_widget.h"
#include "app/pages/methodology/methodology_changes.h"
#include "app/pages/methodology/methodology_tables.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace isms::app {

namespace {
enum BandColumn { BandLabel, BandMinScore, BandColour };
} // namespace

MethodologyEditor::MethodologyEditor(DocumentSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("methodologyEditor"));
    auto* title = new QLabel(tr("Risk methodology"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("How risks are scored (ISO/IEC 27001 clause 6.1.2). Edits stay "
                                "here until you apply them; applying re-evaluates every risk and "
                                "can be undone."));
    intro->setWordWrap(true);

    auto* left = new QVBoxLayout;
    left->addWidget(buildScales());
    left->addWidget(buildMatrix());
    left->addWidget(buildAcceptance());
    left->addStretch();
    auto* right = new QVBoxLayout;
    auto* previewBox = new QGroupBox(tr("Preview"));
    auto* previewLayout = new QVBoxLayout(previewBox);
    m_preview = new RiskMatrixWidget;
    m_legend = new RiskBandLegend;
    previewLayout->addWidget(m_preview);
    previewLayout->addWidget(m_legend);
    right->addWidget(previewBox);
    right->addWidget(buildBands());
    right->addStretch();

    auto* body = new QWidget;
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->addWidget(title);
    bodyLayout->addWidget(intro);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    bodyLayout->addLayout(columns);
    auto* scroll = new QScrollArea;
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("methodologyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setToolTip(tr("Show the file's methodology again, dropping these edits"));
    m_apply = new QPushButton(tr("&Apply"));
    m_apply->setDefault(true);
    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(9, 6, 9, 9);
    footer->addWidget(m_message, 1);
    footer->addWidget(m_revert);
    footer->addWidget(m_apply);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(footer);

    connect(m_apply, &QPushButton::clicked, this, &MethodologyEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &MethodologyEditor::reload);
    connect(&session, &DocumentSession::methodologyChanged, this, &MethodologyEditor::reload);
    // Any edit of a risk can change what a new matrix would do to it: count again when asked.
    connect(&session, &DocumentSession::changed, this, [this] { m_counted = {}; });

    if (session.isReadOnly()) {
        // An audit copy: the methodology is shown, never changed.
        body->setEnabled(false);
        m_apply->hide();
        m_revert->hide();
    }
    reload();
}

QWidget* MethodologyEditor::buildScales()
{
    auto* box = new QGroupBox(tr("Likelihood and impact scales"));
    auto* sizes = new QHBoxLayout;
    m_likelihoodLevels = new QSpinBox;
    m_impactLevels = new QSpinBox;
    for (QSpinBox* spin : {m_likelihoodLevels, m_impactLevels}) {
        spin->setRange(Methodology::kMinLevels, Methodology::kMaxLevels);
        spin->setSuffix(tr(" levels"));
        connect(spin, &QSpinBox::valueChanged, this, &MethodologyEditor::resizeScales);
    }
    sizes->addWidget(new QLabel(tr("Likelihood:")));
    sizes->addWidget(m_likelihoodLevels);
    sizes->addSpacing(16);
    sizes->addWidget(new QLabel(tr("Impact:")));
    sizes->addWidget(m_impactLevels);
    sizes->addStretch();

    const QStringList headers{tr("Label"), tr("Description")};
    m_likelihoodTable = makeTable(2, headers);
    m_impactTable = makeTable(2, headers);
    auto* tables = new QHBoxLayout;
    for (auto [table, caption] : {std::pair{m_likelihoodTable, tr("Likelihood")},
                                  std::pair{m_impactTable, tr("Impact")}}) {
        table->setColumnWidth(0, 120);
        connect(table, &QTableWidget::itemChanged, this, &MethodologyEditor::updateState);
        auto* column = new QVBoxLayout;
        column->addWidget(new QLabel(caption));
        column->addWidget(table);
        tables->addLayout(column);
    }
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(sizes);
    layout->addLayout(tables);
    return box;
}

QWidget* MethodologyEditor::buildMatrix()
{
    auto* box = new QGroupBox(tr("Risk matrix: level of each likelihood and impact"));
    m_matrixTable = new QTableWidget;
    fitToContents(m_matrixTable);
    m_matrixTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixTable->horizontalHeader()->setMinimumSectionSize(40);
    m_matrixTable->setToolTip(tr("Rows are likelihood (highest first), columns are impact"));
    connect(m_matrixTable, &QTableWidget::itemChanged, this, &MethodologyEditor::updateState);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_matrixTable);
    return box;
}

QWidget* MethodologyEditor::buildBands()
{
    auto* box = new QGroupBox(tr("Risk bands"));
    m_bandsTable = makeTable(3, {tr("Label"), tr("Lowest level"), tr("Colour")});
    m_bandsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bandsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_bandsTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_loading)
            return;
        if (item->column() == BandColour) {
            // The swatch follows the hex text; an unreadable colour shows no swatch.
            m_loading = true;
            const QColor colour = hexColour(item->text().trimmed());
            item->setData(Qt::DecorationRole, colour.isValid() ? QVariant(colour) : QVariant());
            m_loading = false;
        }
        updateState();
    });
    m_addBand = new QPushButton(tr("Add band"));
    m_removeBand = new QPushButton(tr("Remove band"));
    m_bandColour = new QPushButton(tr("Choose colour\u2026"));
    connect(m_addBand, &QPushButton::clicked, this, &MethodologyEditor::addBand);
    connect(m_removeBand, &QPushButton::clicked, this, &MethodologyEditor::removeBand);
    connect(m_bandColour, &QPushButton::clicked, this, &MethodologyEditor::chooseBandColour);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addBand);
    buttons->addWidget(m_removeBand);
    buttons->addStretch();
    buttons->addWidget(m_bandColour);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_bandsTable);
    layout->addLayout(buttons);
    return box;
}

QWidget* MethodologyEditor::buildAcceptance()
{
    auto* box = new QGroupBox(tr("Acceptance and review"));
    m_acceptable = new QSpinBox;
    m_acceptable->setRange(0, Methodology::kMaxLevels * Methodology::kMaxLevels * 10);
    m_acceptable->setToolTip(tr("Residual risks above this level need treatment or an explicit "
                                "acceptance"));
    m_criteria = new QPlainTextEdit;
    m_criteria->setTabChangesFocus(true);
    m_criteria->setMaximumHeight(72);
    m_review = new QSpinBox;
    m_review->setRange(1, 60);
    m_review->setSuffix(tr(" months"));
    connect(m_acceptable, &QSpinBox::valueChanged, this, &MethodologyEditor::updateState);
    connect(m_review, &QSpinBox::valueChanged, this, &MethodologyEditor::updateState);
    connect(m_criteria, &QPlainTextEdit::textChanged, this, &MethodologyEditor::updateState);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);  // spin boxes keep their size
    form->addRow(tr("Highest acceptable level:"), m_acceptable);
    form->addRow(tr("Acceptance criteria:"), m_criteria);
    form->addRow(tr("Review every:"), m_review);
    return box;
}

Methodology MethodologyEditor::edited() const
{
    Methodology m;
    m.likelihood = readScale(m_likelihoodTable);
    m.impact = readScale(m_impactTable);
    const int rows = m_matrixTable->rowCount();
    for (int l = 1; l <= rows; ++l)
        for (int i = 1; i <= m_matrixTable->columnCount(); ++i)
            m.matrix.push_back(cellNumber(m_matrixTable, rows - l, i - 1));
    for (int row = 0; row < m_bandsTable->rowCount(); ++row)
        m.bands.push_back({ss(cellText(m_bandsTable, row, BandLabel)),
                           cellNumber(m_bandsTable, row, BandMinScore),
                           ss(cellText(m_bandsTable, row, BandColour))});
    m.acceptableMaxScore = m_acceptable->value();
    m.acceptanceCriteria = ss(m_criteria->toPlainText().trimmed());
    m.reviewIntervalMonths = m_review->value();
    return m;
}

void MethodologyEditor::reload()
{
    // Also after an undo or redo elsewhere: the file's methodology is what this page starts from.
    auto stored = m_session.file().methodology();
    m_original = stored ? stored.value() : m_session.methodology();
    show(m_original);
}

void MethodologyEditor::show(const Methodology& m)
{
    m_loading = true;
    m_likelihoodLevels->setValue(static_cast<int>(m.likelihood.size()));
    m_impactLevels->setValue(static_cast<int>(m.impact.size()));
    showScale(m_likelihoodTable, m.likelihood);
    showScale(m_impactTable, m.impact);

    const int rows = static_cast<int>(m.likelihood.size());
    const int columns = static_cast<int>(m.impact.size());
    m_matrixTable->setRowCount(rows);
    m_matrixTable->setColumnCount(columns);
    showMatrixHeaders(m);
    for (int l = 1; l <= rows; ++l)
        for (int i = 1; i <= columns; ++i)
            m_matrixTable->setItem(rows - l, i - 1, numberItem(m.score(l, i)));

    m_bandsTable->setRowCount(static_cast<int>(m.bands.size()));
    for (int row = 0; row < m_bandsTable->rowCount(); ++row)
        setBandRow(row, m.bands[std::size_t(row)]);
    m_acceptable->setValue(m.acceptableMaxScore);
    m_criteria->setPlainText(qs(m.acceptanceCriteria));
    m_review->setValue(m.reviewIntervalMonths);
    m_loading = false;
    updateState();
}

void MethodologyEditor::showMatrixHeaders(const Methodology& m)
{
    QStringList rowHeaders;
    for (int l = static_cast<int>(m.likelihood.size()); l >= 1; --l)
        rowHeaders << tr("%1 \u00b7 %2").arg(l).arg(qs(m.likelihood[std::size_t(l - 1)].label));
    QStringList columnHeaders;
    for (int i = 1; i <= static_cast<int>(m.impact.size()); ++i)
        columnHeaders << tr("%1 \u00b7 %2").arg(i).arg(qs(m.impact[std::size_t(i - 1)].label));
    m_matrixTable->setVerticalHeaderLabels(rowHeaders);
    m_matrixTable->setHorizontalHeaderLabels(columnHeaders);
}

int MethodologyEditor::risksChanging(const Methodology& proposed)
{
    if (m_counted.matrix.empty() || !sameScores(m_counted, proposed)) {
        m_countedRisks = risksChangingLevel(m_session.file(), proposed);
        m_counted = proposed;
    }
    return m_countedRisks;
}

void MethodologyEditor::setBandRow(int row, const RiskBand& band)
{
    m_bandsTable->setItem(row, BandLabel, new QTableWidgetItem(qs(band.label)));
    m_bandsTable->setItem(row, BandMinScore, numberItem(band.minScore));
    auto* colour = new QTableWidgetItem(qs(band.colour));
    const QColor swatch = hexColour(qs(band.colour));
    if (swatch.isValid())
        colour->setData(Qt::DecorationRole, swatch);
    m_bandsTable->setItem(row, BandColour, colour);
}

void MethodologyEditor::resizeScales()
{
    if (m_loading)
        return;
    show(resizedMethodology(edited(), m_likelihoodLevels->value(), m_impactLevels->value(),
                            tr("Likelihood %1"), tr("Impact %1")));
}

void MethodologyEditor::addBand()
{
    Methodology m = edited();
    const int next = m.bands.empty() ? 1 : m.bands.back().minScore + 1;
    m.bands.push_back({ss(tr("Band %1").arg(static_cast<int>(m.bands.size()) + 1)), next, "#607d8b"});
    show(m);
    m_bandsTable->setCurrentCell(m_bandsTable->rowCount() - 1, BandLabel);
}

void MethodologyEditor::removeBand()
{
    const int row = m_bandsTable->currentRow();
    if (row < 0)
        return;
    Methodology m = edited();
    m.bands.erase(m.bands.begin() + row);
    show(m);
}

void MethodologyEditor::chooseBandColour()
{
    const int row = m_bandsTable->currentRow();
    QTableWidgetItem* item = row < 0 ? nullptr : m_bandsTable->item(row, BandColour);
    if (!item)
        return;
    const QColor chosen = QColorDialog::getColor(QColor::fromString(item->text().trimmed()), this,
                                                 tr("Colour of %1").arg(cellText(m_bandsTable, row, BandLabel)));
    if (chosen.isValid())
        item->setText(chosen.name(QColor::HexRgb));  // itemChanged updates the swatch
}

void MethodologyEditor::updateState()
{
    if (m_loading)
        return;
    const Methodology m = edited();
    m_preview->setMethodology(m);
    m_legend->setMethodology(m);
    showMatrixHeaders(m);  // a renamed level shows in the grid as it is typed
    const bool readOnly = m_session.isReadOnly();
    const bool changed = !sameMethodology(m, m_original);
    const auto valid = m.validate();
    const bool bandSelected = m_bandsTable->currentRow() >= 0;
    m_removeBand->setEnabled(bandSelected && m_bandsTable->rowCount() > 1);
    m_bandColour->setEnabled(bandSelected);

    QString text;
    if (!valid) {
        // A warning sign as well as colour: colour is never the only cue.
        text = tr("\u26a0 Cannot apply: %1").arg(qs(valid.error().message));
        const bool dark = palette().color(QPalette::WindowText).lightness() > 128;
        m_message->setStyleSheet(dark ? QStringLiteral("color: #ff8a80;")
                                      : QStringLiteral("color: #b71c1c;"));
    } else {
        m_message->setStyleSheet({});
        if (readOnly) {
            text = tr("This file is open read-only: the methodology is shown, not changed.");
        } else if (!changed) {
            text = tr("This is the methodology in the file.");
        } else if (sameScores(m, m_original)) {
            text = tr("No risk changes level. Apply to store these changes.");
        } else {
            const int changing = risksChanging(m);
            text = changing < 0 ? tr("Applying re-evaluates the level of every risk.")
                                : tr("Applying changes the level of %n risk(s).", nullptr, changing);
        }
    }
    m_message->setText(text);
    m_apply->setEnabled(!readOnly && changed && valid.ok());
    m_revert->setEnabled(!readOnly && changed);
}

void MethodologyEditor::apply()
{
    const Methodology m = edited();
    if (m_session.isReadOnly() || !m.validate() || sameMethodology(m, m_original))
        return;
    auto command = SetMethodologyCommand::create(m_session, m);
    if (!command) {
        m_session.reportFailure(tr("Change the risk methodology"), command.error());
        return;
    }
    // The change notification reloads this page from the file.
    m_session.undoStack()->push(command.value());
}

} // namespace isms::app
