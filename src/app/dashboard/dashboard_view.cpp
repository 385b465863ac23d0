#include "app/dashboard/dashboard_view.h"
#include "reports/domain_text.h"

#include "app/dashboard/risk_matrix_widget.h"
#include "storage/isms_file.h"

#include <QDate>
#include <QEvent>
#include <QResizeEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace isms::app {

namespace {

constexpr int kRegisterRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString localDate(const isms::Date& d)
{
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale::ShortFormat);
}

QTreeWidget* makeTree(const QStringList& headers, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setColumnCount(static_cast<int>(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setExpandsOnDoubleClick(false);
    tree->header()->setStretchLastSection(false);
    tree->setTextElideMode(Qt::ElideRight);
    return tree;
}

// Tall enough for `rows` rows without an inner scroll bar, so the page scrolls as one.
void fitHeight(QTreeWidget* tree, int rows, int minimumRows)
{
    const int measured = tree->topLevelItemCount() > 0 ? tree->sizeHintForRow(0) : 0;
    const int rowHeight = measured > 0 ? measured : tree->fontMetrics().height() + 4;
    const int shown = std::max(rows, minimumRows);
    tree->setFixedHeight(tree->header()->sizeHint().height() + shown * rowHeight
                         + 2 * tree->frameWidth() + 2);
}

int visibleRows(const QTreeWidget* tree)
{
    int rows = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* top = tree->topLevelItem(i);
        ++rows;
        if (top->isExpanded())
            rows += top->childCount();
    }
    return rows;
}

void setTarget(QTreeWidgetItem* item, const std::string& registerKey, RecordId id)
{
    item->setData(0, kRegisterRole, qs(registerKey));
    item->setData(0, kIdRole, QVariant::fromValue<qint64>(id));
}

QGroupBox* section(const QString& title, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    QFont f = box->font();
    f.setWeight(QFont::DemiBold);
    box->setFont(f);
    return box;
}

// Section contents keep the normal weight; only the section titles are bold.
void plainFont(QWidget* w)
{
    QFont f = w->font();
    f.setWeight(QFont::Normal);
    w->setFont(f);
}

// English plurals without a translation file: "1 risk" / "3 risks". Both forms go through tr().
QString counted(long long n, const QString& one, const QString& many)
{
    return n == 1 ? one : many.arg(n);
}

QString statusText(Presence presence)
{
    switch (presence) {
    case Presence::Present:
        return DashboardView::tr("✔ Present");
    case Presence::Partial:
        return DashboardView::tr("◐ Partial");
    case Presence::Missing:
        return DashboardView::tr("✖ Missing");
    }
    return {};
}

QString joined(const std::vector<std::string>& lines, const QString& separator)
{
    QStringList out;
    for (const auto& l : lines)
        out << QString::fromStdString(l);
    return out.join(separator);
}

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

    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(12);
    m_agendaBox = buildAgenda();
    m_heatMapBox = buildHeatMaps();
    m_soaBox = buildSoa();
    m_readinessBox = buildReadiness();
    m_mandatoryBox = buildMandatory();
    arrangeSections(false);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    m_scroll->setWidget(page);
    m_stack->addWidget(m_scroll);

    showMessage(tr("No file is open."));
}

void DashboardView::arrangeSections(bool twoColumns)
{
    m_twoColumns = twoColumns;
    for (QWidget* box : {m_agendaBox, m_heatMapBox, m_soaBox, m_readinessBox, m_mandatoryBox})
        m_grid->removeWidget(box);
    // The to-do list always gets the full width: its messages are sentences.
    if (twoColumns) {
        m_grid->addWidget(m_agendaBox, 0, 0, 1, 2);
        m_grid->addWidget(m_heatMapBox, 1, 0);
        m_grid->addWidget(m_soaBox, 1, 1);
        m_grid->addWidget(m_readinessBox, 2, 0);
        m_grid->addWidget(m_mandatoryBox, 2, 1);
        m_grid->setColumnStretch(1, 1);
    } else {
        m_grid->addWidget(m_agendaBox, 0, 0);
        m_grid->addWidget(m_heatMapBox, 1, 0);
        m_grid->addWidget(m_soaBox, 2, 0);
        m_grid->addWidget(m_readinessBox, 3, 0);
        m_grid->addWidget(m_mandatoryBox, 4, 0);
        m_grid->setColumnStretch(1, 0);
    }
    m_grid->setColumnStretch(0, 1);
}

void DashboardView::resizeEvent(QResizeEvent* event)
{
    const bool wide = width() >= kTwoColumnWidth;
    if (wide != m_twoColumns)
        arrangeSections(wide);
    // The record's name gets about a third of the list, the message what is left.
    m_agenda->setColumnWidth(1, std::max(160, width() * 3 / 10));
    QWidget::resizeEvent(event);
}

QWidget* DashboardView::buildAgenda()
{
    auto* box = section(tr("Needs attention"), this);
    auto* layout = new QVBoxLayout(box);
    m_agenda = makeTree({tr("Ref"), tr("Record"), tr("What"), tr("Due")}, box);
    plainFont(m_agenda);
    m_agenda->setObjectName(QStringLiteral("agenda"));
    m_agenda->setAccessibleName(tr("Overdue and due soon"));
    m_agenda->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_agenda->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_agenda->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_agenda->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    // One click (or Enter) opens the record: the list is a to-do list, not a form.
    connect(m_agenda, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item, int) { activateItem(item); });
    connect(m_agenda, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item, int) { activateItem(item); });
    layout->addWidget(m_agenda);
    return box;
}

QWidget* DashboardView::buildHeatMaps()
{
    auto* box = section(tr("Risk heat map"), this);
    auto* layout = new QVBoxLayout(box);
    auto* maps = new QHBoxLayout;
    maps->setSpacing(18);
    maps->addStretch(1);
    auto addMap = [&](RiskMatrixWidget*& map, QLabel*& caption, const char* name) {
        auto* column = new QVBoxLayout;
        column->setSpacing(4);
        caption = new QLabel(box);
        caption->setAlignment(Qt::AlignHCenter);
        map = new RiskMatrixWidget(box);
        map->setObjectName(QString::fromLatin1(name));
        plainFont(map);
        column->addWidget(caption);
        column->addWidget(map);  // full width: it centres its own grid
        maps->addLayout(column);
        connect(map, &RiskMatrixWidget::cellActivated, this,
                [this] { emit registerActivated(qs(std::string(reg::risks))); });
    };
    addMap(m_inherent, m_inherentCaption, "inherentMap");
    addMap(m_residual, m_residualCaption, "residualMap");
    maps->addStretch(1);
    layout->addLayout(maps);
    m_legend = new RiskBandLegend(box);
    plainFont(m_legend);
    layout->addWidget(m_legend, 0, Qt::AlignHCenter);
    m_riskNote = new QLabel(box);
    m_riskNote->setWordWrap(true);
    m_riskNote->setTextFormat(Qt::RichText);
    connect(m_riskNote, &QLabel::linkActivated, this,
            [this](const QString& key) { emit registerActivated(key); });
    layout->addWidget(m_riskNote);
    layout->addStretch(1);
    for (QLabel* l : {m_inherentCaption, m_residualCaption, m_riskNote})
        plainFont(l);
    return box;
}

QWidget* DashboardView::buildReadiness()
{
    auto* box = section(tr("Audit readiness by clause"), this);
    auto* layout = new QVBoxLayout(box);
    m_clauseGrid = new QGridLayout;
    m_clauseGrid->setHorizontalSpacing(10);
    m_clauseGrid->setVerticalSpacing(6);
    m_clauseGrid->setColumnStretch(0, 1);
    layout->addLayout(m_clauseGrid);
    auto* hint = new QLabel(tr("Requirements of the clause 4–10 checklist marked met. The gaps "
                               "also name mandatory documented information not yet complete."),
                            box);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    plainFont(hint);
    layout->addWidget(hint);
    layout->addStretch(1);
    return box;
}

QWidget* DashboardView::buildMandatory()
{
    auto* box = section(tr("Mandatory documented information"), this);
    auto* layout = new QVBoxLayout(box);
    m_mandatory = makeTree({tr("Status"), tr("Information"), tr("Found")}, box);
    plainFont(m_mandatory);
    m_mandatory->setObjectName(QStringLiteral("mandatory"));
    m_mandatory->setRootIsDecorated(false);
    m_mandatory->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mandatory->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_mandatory->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_mandatory, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item, int) { activateItem(item); });
    connect(m_mandatory, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item, int) { activateItem(item); });
    layout->addWidget(m_mandatory);
    layout->addStretch(1);
    return box;
}

QWidget* DashboardView::buildSoa()
{
    auto* box = section(tr("Statement of Applicability"), this);
    auto* layout = new QVBoxLayout(box);
    auto* form = new QGridLayout;
    form->setHorizontalSpacing(10);
    auto* decisionLabel = new QLabel(tr("Decisions:"), box);
    auto* implementationLabel = new QLabel(tr("Implementation:"), box);
    m_soaDecision = new QLabel(box);
    m_soaImplementation = new QLabel(box);
    m_soaDecision->setWordWrap(true);
    m_soaImplementation->setWordWrap(true);
    form->addWidget(decisionLabel, 0, 0, Qt::AlignTop);
    form->addWidget(m_soaDecision, 0, 1);
    form->addWidget(implementationLabel, 1, 0, Qt::AlignTop);
    form->addWidget(m_soaImplementation, 1, 1);
    form->setColumnStretch(1, 1);
    layout->addLayout(form);

    m_soaProgress = new QProgressBar(box);
    m_soaProgress->setTextVisible(true);
    layout->addWidget(m_soaProgress);
    m_soaState = new QLabel(box);
    m_soaState->setWordWrap(true);
    m_soaState->setTextFormat(Qt::RichText);
    connect(m_soaState, &QLabel::linkActivated, this,
            [this](const QString& key) { emit registerActivated(key); });
    layout->addWidget(m_soaState);

    m_soaIssues = makeTree({tr("Control"), tr("Inconsistency")}, box);
    plainFont(m_soaIssues);
    m_soaIssues->setObjectName(QStringLiteral("soaIssues"));
    m_soaIssues->setRootIsDecorated(false);
    m_soaIssues->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_soaIssues->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_soaIssues->setWordWrap(false);
    connect(m_soaIssues, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item, int) { activateItem(item); });
    connect(m_soaIssues, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item, int) { activateItem(item); });
    layout->addWidget(m_soaIssues);
    layout->addStretch(1);
    for (QWidget* w : std::initializer_list<QWidget*>{decisionLabel, implementationLabel, m_soaDecision,
                                                      m_soaImplementation, m_soaProgress, m_soaState})
        plainFont(w);
    return box;
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
        showMessage(tr("No file is open."));
        return;
    }
    auto data = m_file->loadAll();
    if (!data) {
        showReadError(qs(data.error().message));
        return;
    }
    refresh(*data);
}

void DashboardView::refresh(const IsmsData& data)
{
    setSummary(summarise(data, m_clock.today()));
}

void DashboardView::setSummary(DashboardSummary summary)
{
    m_summary = std::move(summary);
    showSummary(*m_summary);
}

void DashboardView::showReading()
{
    m_summary.reset();
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

void DashboardView::showSummary(const DashboardSummary& s)
{
    m_title->setText(s.organisation.empty() ? tr("Dashboard") : qs(s.organisation));
    m_subtitle->setText(tr("Dashboard for %1 · %2 overdue · %3 due in the next %4 days")
                            .arg(QLocale().toString(QDate(s.today.year, s.today.month, s.today.day),
                                                    QLocale::LongFormat))
                            .arg(s.due.overdue.size())
                            .arg(s.due.dueSoon.size())
                            .arg(kDueSoonDays));
    showAgenda(s);
    showHeatMaps(s);
    showReadiness(s);
    showSoa(s);
    m_stack->setCurrentWidget(m_scroll);
}

QColor DashboardView::alertColour() const
{
    // A red that keeps its contrast on the palette's base: darker on light, lighter on dark.
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QString DashboardView::link(const QString& href, const QString& text) const
{
    return QStringLiteral("<a href=\"%1\" style=\"color:%2\">%3</a>")
        .arg(href.toHtmlEscaped(), palette().color(QPalette::Link).name(), text.toHtmlEscaped());
}

void DashboardView::showAgenda(const DashboardSummary& s)
{
    m_agenda->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    auto group = [&](const QString& title) {
        auto* top = new QTreeWidgetItem(m_agenda, {title});
        top->setFirstColumnSpanned(true);
        QFont f = top->font(0);
        f.setWeight(QFont::DemiBold);
        top->setFont(0, f);
        top->setFlags(Qt::ItemIsEnabled);
        top->setExpanded(true);
        return top;
    };
    auto addDue = [&](QTreeWidgetItem* parent, const DueItem& d, bool overdue) {
        auto* item = new QTreeWidgetItem(parent);
        item->setText(0, qs(d.item.ref));
        item->setText(1, qs(d.item.title));
        item->setText(2, reports::domainMessage(d.item.what));
        item->setToolTip(1, qs(d.item.title));
        item->setToolTip(2, reports::domainMessage(d.item.what));
        if (d.due) {
            item->setText(3, localDate(*d.due));
            item->setToolTip(3, overdue ? counted(d.daysOverdue, tr("1 day overdue"), tr("%1 days overdue"))
                                        : d.daysOverdue == 0
                                            ? tr("Due today")
                                            : counted(-d.daysOverdue, tr("Due tomorrow"), tr("Due in %1 days")));
        } else {
            item->setText(3, tr("Never"));
        }
        if (overdue) {
            item->setIcon(0, warning);
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, alertColour());
        }
        setTarget(item, d.item.registerKey, d.item.id);
    };

    // A list of thousands helps nobody and costs memory: each group shows its most pressing
    // items and says how many more the registers' badges and filters lead to.
    auto addRemainder = [&](QTreeWidgetItem* parent, std::size_t total) {
        if (total <= kAgendaItemsPerGroup)
            return;
        auto* more = new QTreeWidgetItem(parent);
        more->setText(0, tr("… and %1 more, in the registers marked in the navigation")
                             .arg(total - kAgendaItemsPerGroup));
        more->setFirstColumnSpanned(true);
        more->setFlags(Qt::ItemIsEnabled);
    };
    const auto shownOf = [](std::size_t total) { return std::min(total, kAgendaItemsPerGroup); };

    auto* overdue = group(tr("Overdue (%1)").arg(s.due.overdue.size()));
    overdue->setData(0, Qt::UserRole, QStringLiteral("overdue"));
    for (std::size_t i = 0; i < shownOf(s.due.overdue.size()); ++i)
        addDue(overdue, s.due.overdue[i], true);
    addRemainder(overdue, s.due.overdue.size());
    auto* soon = group(tr("Due in the next %1 days (%2)").arg(kDueSoonDays).arg(s.due.dueSoon.size()));
    soon->setData(0, Qt::UserRole, QStringLiteral("dueSoon"));
    for (std::size_t i = 0; i < shownOf(s.due.dueSoon.size()); ++i)
        addDue(soon, s.due.dueSoon[i], false);
    addRemainder(soon, s.due.dueSoon.size());

    // Decisions waiting: risk acceptance and auditor impartiality are not dated, but block an audit.
    std::vector<const RiskFlag*> decisions;
    for (const auto& f : s.riskFlags)
        if (f.kind == RiskFlagKind::AboveThresholdUnaccepted
            || f.kind == RiskFlagKind::RetainedWithoutAcceptance || f.kind == RiskFlagKind::OffScale)
            decisions.push_back(&f);
    auto* decide = group(tr("Waiting for a decision (%1)").arg(decisions.size()));
    decide->setData(0, Qt::UserRole, QStringLiteral("decisions"));
    for (std::size_t i = 0; i < shownOf(decisions.size()); ++i) {
        const RiskFlag* f = decisions[i];
        auto* item = new QTreeWidgetItem(decide);
        item->setText(0, qs(f->item.ref));
        item->setText(1, qs(f->item.title));
        item->setText(2, reports::domainMessage(f->item.what));
        item->setToolTip(2, reports::domainMessage(f->item.what));
        if (f->score > 0)
            item->setText(3, tr("level %1").arg(f->score));
        setTarget(item, f->item.registerKey, f->item.id);
    }
    addRemainder(decide, decisions.size());
    const int shown = visibleRows(m_agenda);
    fitHeight(m_agenda, std::min(shown, 14), 6);
    if (s.due.overdue.empty() && s.due.dueSoon.empty() && decisions.empty()) {
        auto* none = new QTreeWidgetItem(m_agenda, {tr("Nothing is overdue or due soon.")});
        none->setFirstColumnSpanned(true);
        none->setFlags(Qt::ItemIsEnabled);
    }
}

void DashboardView::showHeatMaps(const DashboardSummary& s)
{
    m_inherent->setMethodology(s.methodology);
    m_residual->setMethodology(s.methodology);
    m_inherent->setCounts(s.heatMaps.inherent.cells);
    m_residual->setCounts(s.heatMaps.residual.cells);
    m_legend->setMethodology(s.methodology);
    m_inherentCaption->setText(tr("Inherent · %1").arg(counted(s.heatMaps.inherent.assessed(), tr("1 risk"), tr("%1 risks"))));
    m_residualCaption->setText(tr("Residual · %1").arg(counted(s.heatMaps.residual.assessed(), tr("1 risk"), tr("%1 risks"))));

    QStringList notes;
    const QString risks = qs(std::string(reg::risks));
    notes << counted(s.openRisks, tr("1 open risk."), tr("%1 open risks."));
    if (s.heatMaps.inherent.unassessed > 0)
        notes << counted(s.heatMaps.inherent.unassessed, tr("1 not assessed yet."),
                         tr("%1 not assessed yet."));
    if (s.heatMaps.residual.unassessed > s.heatMaps.inherent.unassessed)
        notes << counted(s.heatMaps.residual.unassessed - s.heatMaps.inherent.unassessed,
                         tr("1 without a residual assessment."),
                         tr("%1 without a residual assessment."));
    int unaccepted = 0;
    for (const auto& f : s.riskFlags)
        if (f.kind == RiskFlagKind::AboveThresholdUnaccepted
            || f.kind == RiskFlagKind::RetainedWithoutAcceptance)
            ++unaccepted;
    if (unaccepted > 0) {
        const int level = s.methodology.acceptableMaxScore;
        const QString text = unaccepted == 1
            ? tr("1 residual risk above the acceptance level %1 without acceptance.").arg(level)
            : tr("%1 residual risks above the acceptance level %2 without acceptance.")
                  .arg(unaccepted)
                  .arg(level);
        notes << QStringLiteral("<span style=\"color:%1\">⚠ %2</span>")
                     .arg(alertColour().name(), text.toHtmlEscaped());
    }
    m_riskNote->setText(notes.join(QLatin1Char(' ')) + QStringLiteral("<br>")
                        + link(risks, tr("Open the risk register")));
}

void DashboardView::showReadiness(const DashboardSummary& s)
{
    while (QLayoutItem* item = m_clauseGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    auto* parent = m_clauseGrid->parentWidget();
    for (const auto& c : s.readiness.clauses) {
        auto* label = new QLabel(tr("%1  %2").arg(qs(c.clause), reports::domainText(c.title)), parent);
        auto* bar = new QProgressBar(parent);
        bar->setRange(0, std::max(1, c.requirements));
        bar->setValue(c.met);
        bar->setTextVisible(false);
        bar->setFixedSize(140, std::max(8, label->fontMetrics().height() / 2));
        bar->setAccessibleName(tr("Clause %1 readiness").arg(qs(c.clause)));
        auto* figures = new QLabel(tr("%1 of %2 met").arg(c.met).arg(c.requirements), parent);
        figures->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* gaps = new QLabel(parent);
        gaps->setTextFormat(Qt::RichText);
        if (c.gaps.empty()) {
            gaps->setText(tr("✔ no gaps"));
        } else {
            gaps->setText(link(QStringLiteral("clauses"),
                               counted(static_cast<long long>(c.gaps.size()), tr("1 gap"), tr("%1 gaps"))));
            QStringList lines;
            for (const auto& g : c.gaps)
                lines << (g.ref.empty() ? qs(g.title) : qs(g.ref + " " + g.title))
                             + QStringLiteral(": ") + reports::domainMessage(g.what);
            gaps->setToolTip(lines.join(QLatin1Char('\n')));
            connect(gaps, &QLabel::linkActivated, this,
                    [this](const QString& key) { emit registerActivated(key); });
        }
        for (QWidget* w : std::initializer_list<QWidget*>{label, bar, figures, gaps})
            plainFont(w);
        m_clauseGrid->addWidget(label, row, 0);
        m_clauseGrid->addWidget(bar, row, 1, Qt::AlignVCenter);
        m_clauseGrid->addWidget(figures, row, 2);
        m_clauseGrid->addWidget(gaps, row, 3);
        ++row;
    }

    m_mandatory->clear();
    for (const auto& m : s.readiness.mandatory) {
        auto* item = new QTreeWidgetItem(m_mandatory);
        item->setText(0, statusText(m.presence));
        item->setText(1, tr("%1 (%2)").arg(reports::domainText(m.title), qs(m.clause)));
        // What was found, or else what is still to do.
        const QString found = m.evidence.empty() ? joined(m.missing, QStringLiteral("; "))
                                                 : joined(m.evidence, QStringLiteral("; "));
        item->setText(2, found);
        QStringList tip;
        if (!m.evidence.empty())
            tip << tr("Found:") << joined(m.evidence, QStringLiteral("\n"));
        if (!m.missing.empty())
            tip << tr("Still to do:") << joined(m.missing, QStringLiteral("\n"));
        item->setToolTip(1, tip.join(QLatin1Char('\n')));
        item->setToolTip(2, tip.join(QLatin1Char('\n')));
        if (m.presence == Presence::Missing)
            item->setForeground(0, alertColour());
        setTarget(item, m.registerKey, 0);
    }
    fitHeight(m_mandatory, static_cast<int>(s.readiness.mandatory.size()), 4);
}

void DashboardView::showSoa(const DashboardSummary& s)
{
    const auto& soa = s.soa;
    m_soaDecision->setText(tr("%1 applicable · %2 not applicable · %3 not decided")
                               .arg(soa.decision("yes"))
                               .arg(soa.decision("no"))
                               .arg(soa.decision("undecided")));
    QStringList impl;
    for (const auto& c : soa.byImplementation)
        impl << tr("%1 %2").arg(c.count).arg(reports::domainText(c.label).toLower());
    m_soaImplementation->setText(impl.join(QStringLiteral(" · ")));

    const auto& complete = s.soaCompleteness;
    m_soaProgress->setRange(0, std::max(1, complete.controls));
    m_soaProgress->setValue(complete.justified);
    m_soaProgress->setFormat(tr("%1 of %2 controls decided and justified")
                                 .arg(complete.justified)
                                 .arg(complete.controls));
    const QString controls = qs(std::string(reg::controls));
    if (complete.complete)
        m_soaState->setText(tr("✔ Complete: every control has a decision and a justification."));
    else
        m_soaState->setText(
            counted(static_cast<long long>(complete.missing.size()),
                    tr("Not complete: 1 control still needs a decision or a justification."),
                    tr("Not complete: %1 controls still need a decision or a justification."))
            + QStringLiteral("<br>") + link(controls, tr("Open the Statement of Applicability")));

    m_soaIssues->clear();
    for (std::size_t i = 0; i < std::min(s.soaInconsistencies.size(), kAgendaItemsPerGroup); ++i) {
        const auto& issue = s.soaInconsistencies[i];
        auto* item = new QTreeWidgetItem(m_soaIssues);
        item->setText(0, qs(issue.item.ref));
        item->setText(1, reports::domainMessage(issue.item.what));
        item->setToolTip(1, reports::domainMessage(issue.item.what));
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        setTarget(item, issue.item.registerKey, issue.item.id);
    }
    m_soaIssues->setHeaderLabels(
        {tr("Control"), tr("Inconsistencies with risk treatment (%1)").arg(s.soaInconsistencies.size())});
    if (s.soaInconsistencies.empty()) {
        auto* none = new QTreeWidgetItem(m_soaIssues, {tr("None"), tr("The SoA agrees with the risk treatment.")});
        none->setFlags(Qt::ItemIsEnabled);
    }
    fitHeight(m_soaIssues, std::min<int>(static_cast<int>(s.soaInconsistencies.size()), 8), 3);
}

void DashboardView::activateItem(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const QString registerKey = item->data(0, kRegisterRole).toString();
    if (registerKey.isEmpty())
        return;
    const qint64 id = item->data(0, kIdRole).toLongLong();
    if (id > 0)
        emit recordActivated(registerKey, id);
    else
        emit registerActivated(registerKey);
}

void DashboardView::changeEvent(QEvent* event)
{
    // Colours chosen for the palette (overdue red) follow a switch between light and dark.
    if (event->type() == QEvent::PaletteChange && m_summary)
        showSummary(*m_summary);
    QWidget::changeEvent(event);
}

} // namespace isms::app
