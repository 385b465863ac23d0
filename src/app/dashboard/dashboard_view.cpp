#include "app/dashboard/dashboard_view.h"

#include "app/dashboard/risk_matrix_widget.h"
#include "app/report_view/heat_map_view.h"
#include "app/report_view/report_table_widget.h"
#include "app/report_view/report_view.h"
#include "domain/risk_flags.h"
#include "reports/builders/readiness_report.h"
#include "storage/isms_file.h"

#include <QDate>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace isms::app {

namespace {
// The summary and what needs doing span the page; the other sections pair up when it is wide.
constexpr int kFullWidthSections = 2;
} // namespace

DashboardView::DashboardView(const isms::Clock& clock, QWidget* parent)
    : QWidget(parent), m_clock(clock)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setMargin(24);
    m_stack->addWidget(m_message);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(m_scroll);
    page->setObjectName(QStringLiteral("dashboardPage"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(10);

    m_title = new QLabel(page);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(page);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_report = new ReportView(page);
    m_report->setFullWidthSections(kFullWidthSections);
    m_report->setAlertTables({QString::fromLatin1(reports::readiness::kOverdue)});
    layout->addWidget(m_report);
    layout->addStretch(1);
    m_scroll->setWidget(page);
    m_stack->addWidget(m_scroll);

    connect(m_report, &ReportView::recordActivated, this, &DashboardView::recordActivated);
    connect(m_report, &ReportView::registerActivated, this, &DashboardView::registerActivated);
    // Every heat map is of the risks: a cell opens their register filtered to the cell's risks.
    connect(m_report, &ReportView::heatMapActivated, this, &DashboardView::openCell);

    showMessage(tr("No file is open."));
}

bool DashboardView::twoColumns() const
{
    return m_report->twoColumns();
}

void DashboardView::resizeEvent(QResizeEvent* event)
{
    m_report->setTwoColumns(width() >= kTwoColumnWidth);
    QWidget::resizeEvent(event);
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_drawPending)
        draw();
}

void DashboardView::setFile(isms::storage::IsmsFile* file, Refresh when)
{
    m_file = file;
    if (when == Refresh::Now || !file)
        refresh();
}

void DashboardView::refresh()
{
    if (!m_file) {
        m_summary.reset();
        m_drawPending = false;
        showMessage(tr("No file is open."));
        return;
    }
    auto data = m_file->loadAll();
    if (!data) {
        showReadError(QString::fromStdString(data.error().message));
        return;
    }
    refresh(*data);
}

void DashboardView::refresh(const IsmsData& data)
{
    setSummary(reports::summarise(data, m_clock.today()));
}

void DashboardView::setSummary(reports::DashboardSummary summary)
{
    m_summary = std::move(summary);
    m_drawPending = true;
    if (isVisible())
        draw();
}

void DashboardView::draw()
{
    m_drawPending = false;
    if (!m_summary)
        return;
    const auto& s = *m_summary;
    reports::ReportMeta meta;
    meta.organisation = QString::fromStdString(s.organisation);
    m_report->setDocument(reports::readinessReport(s, std::move(meta)));
    m_title->setText(s.organisation.empty() ? tr("Dashboard") : QString::fromStdString(s.organisation));
    m_subtitle->setText(tr("Dashboard for %1").arg(QLocale().toString(
        QDate(s.today.year, s.today.month, s.today.day), QLocale::LongFormat)));
    m_stack->setCurrentWidget(m_scroll);
}

void DashboardView::showReading()
{
    m_summary.reset();
    m_drawPending = false;
    showMessage(QString());
    // Most files are read before anyone could read a message; a flash of text would only distract.
    QTimer::singleShot(kReadingNoticeDelayMs, this, [this] {
        if (!m_summary && m_stack->currentWidget() == m_message && m_message->text().isEmpty())
            m_message->setText(tr("Reading the file…"));
    });
}

void DashboardView::showReadError(const QString& reason)
{
    m_summary.reset();
    m_drawPending = false;
    showMessage(tr("The dashboard could not read this file: %1").arg(reason));
}

QString DashboardView::errorText() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void DashboardView::showMessage(const QString& text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

ReportTableWidget* DashboardView::table(const char* name) const
{
    return m_report->table(QString::fromLatin1(name));
}

void DashboardView::openCell(int map, int likelihood, int impact)
{
    const RiskMatrixWidget* matrix = map == 0 ? inherentMap() : residualMap();
    if (!matrix)
        return;
    const isms::Methodology& m = matrix->methodology();
    if (likelihood < 1 || impact < 1 || likelihood > static_cast<int>(m.likelihood.size())
        || impact > static_cast<int>(m.impact.size()))
        return;
    const bool inherent = map == 0;
    RecordFilter filter;
    const QString likelihoodLabel = QString::fromStdString(m.likelihood[static_cast<std::size_t>(likelihood - 1)].label);
    const QString impactLabel = QString::fromStdString(m.impact[static_cast<std::size_t>(impact - 1)].label);
    filter.description = (inherent ? tr("Open risks with inherent likelihood %1 (%2) and impact %3 (%4)")
                                   : tr("Open risks with residual likelihood %1 (%2) and impact %3 (%4)"))
                             .arg(likelihood)
                             .arg(likelihoodLabel)
                             .arg(impact)
                             .arg(impactLabel);
    filter.conditions = isms::heatMapCellConditions(
        inherent ? isms::HeatMapSide::Inherent : isms::HeatMapSide::Residual, likelihood, impact);
    emit riskCellActivated(filter);
}

RiskMatrixWidget* DashboardView::inherentMap() const
{
    const auto maps = m_report->heatMaps();
    return maps.empty() ? nullptr : maps[0]->matrix();
}

RiskMatrixWidget* DashboardView::residualMap() const
{
    const auto maps = m_report->heatMaps();
    return maps.size() < 2 ? nullptr : maps[1]->matrix();
}

} // namespace isms::app
