#include "app/pages/soa/soa_page.h"

#include "app/models/register_table_model.h"
#include "app/pages/soa/soa_columns.h"
#include "app/pages/soa/soa_summary_bar.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "app/views/register_view.h"
#include "domain/catalogue.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace isms::app {

namespace {
// What the SoA rules read: the controls, the risks and treatment actions that use them, the
// requirements they address, and the links between them. Other edits cannot change a row.
bool concernsSoa(const std::vector<storage::Change>& changes)
{
    using Kind = storage::Change::Kind;
    return std::any_of(changes.begin(), changes.end(), [](const storage::Change& c) {
        return c.kind == Kind::Linked || c.kind == Kind::Unlinked || c.registerKey == reg::controls
               || c.registerKey == reg::risks || c.registerKey == reg::requirements
               || c.registerKey == reg::treatments;
    });
}
} // namespace

PageDescription SoaPage::description(const RegisterDef& controls)
{
    PageDescription page = RegisterPage::description(controls);
    page.make = [info = page.info, &controls](const PageContext& context) -> Page* {
        return new SoaPage(info, context.session, controls, context.messages);
    };
    return page;
}

SoaPage::SoaPage(PageInfo info, DocumentSession& session, const RegisterDef& def,
                 MessagePresenter& messages, QWidget* parent)
    : RegisterPage(std::move(info), session, def, messages, parent),
      m_session(session),
      m_columns(std::make_shared<SoaColumns>()),
      m_bar(new SoaSummaryBar(this))
{
    RegisterTableModel* model = view()->model();
    model->setComputedColumns(m_columns);
    view()->insertAboveTable(m_bar);
    // Until the live data is read the bar has nothing true to say.
    m_bar->hide();
    // What an auditor reads across a row: what is wrong (beside the ref, so it is in view in a
    // narrow window), the control, the decision and why, how far it is implemented and by whom.
    std::vector<int> firstLook{0, checkColumn(), model->columnOf(def.titleField), model->columnOf("applicable"),
                               reasonsColumn(), model->columnOf("implementation"), model->columnOf("owner"),
                               model->columnOf("justification")};
    std::erase(firstLook, -1);
    view()->setFirstLook(std::move(firstLook));
    connect(m_bar, &SoaSummaryBar::filterChosen, this, [this](const RecordFilter& filter) { applyFilter(filter); });
    showLatestVersion();
}

SoaPage::~SoaPage() = default;

const SoaRows& SoaPage::rows() const
{
    return m_columns->rows();
}

int SoaPage::reasonsColumn() const
{
    return view()->model()->computedColumn(SoaColumns::Reasons);
}

int SoaPage::checkColumn() const
{
    return view()->model()->computedColumn(SoaColumns::Check);
}

void SoaPage::liveDataChanged(const IsmsData& data, const std::vector<storage::Change>* changes)
{
    if (changes && !concernsSoa(*changes)) {
        // A version approved is an Info change: the rows stay as they are, the header does not.
        if (std::any_of(changes->begin(), changes->end(),
                        [](const storage::Change& c) { return c.kind == storage::Change::Kind::Info; }))
            showLatestVersion();
        return;
    }
    m_columns->setRows(soaRows(data));
    view()->model()->computedColumnsChanged();
    m_bar->showRows(m_columns->rows());
    m_bar->show();
    if (!m_sized) {
        m_sized = true;
        if (!m_keptLayout)
            sizeCheckColumn();
    }
    // A version is approved from the command line or another window; the header is one query.
    showLatestVersion();
}

void SoaPage::setApproveVersionAction(QAction* action)
{
    m_bar->setApproveAction(action);
}

void SoaPage::restoreState(const QByteArray& state)
{
    // As RegisterPage does, noting whether the user's layout stood (a layout from before this
    // page's columns gives way to the first look).
    m_keptLayout = view()->restoreHeader(state);
}

void SoaPage::sizeCheckColumn()
{
    QTableView* table = view()->table();
    const int column = checkColumn();
    if (column < 0 || table->isColumnHidden(column))
        return;
    const QFontMetrics metrics = table->fontMetrics();
    int widest = table->horizontalHeader()->sectionSize(column);
    const int icon = table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
    for (const SoaRow& row : m_columns->rows().controls) {
        QStringList words;
        for (const SoaProblem& problem : row.problems)
            words << soaProblemShortText(problem);
        if (!words.isEmpty())
            widest = std::max(widest, metrics.horizontalAdvance(words.join(QStringLiteral("; "))) + icon + 16);
    }
    // Wide enough for "Excluded, treats R-026"; a long list of risks is elided and read in the
    // tooltip, so the control's title stays partly in view at 1024 pixels.
    table->horizontalHeader()->resizeSection(column, std::min(widest, 20 * metrics.horizontalAdvance(QLatin1Char('M'))));
}

void SoaPage::showLatestVersion()
{
    const auto versions = m_session.file().soaVersions();
    if (!versions || versions->empty()) {
        m_bar->showVersion(tr("No SoA version approved yet."),
                             tr("An approved SoA version freezes every control's decision for the audit "
                                "(ismsctl soa-version)."));
        return;
    }
    const SoaVersion& latest = versions->back();
    const QDateTime at = QDateTime::fromString(qs(latest.approvedAt), Qt::ISODate).toLocalTime();
    const QString date = at.isValid() ? QLocale().toString(at.date(), QLocale::ShortFormat) : qs(latest.approvedAt);
    QString note = tr("Latest approved SoA: version %1, %2").arg(latest.number).arg(date);
    if (latest.incomplete())
        note += tr(" (incomplete)");
    QString tip = tr("Approved by %1 on %2").arg(qs(latest.approvedByName), date);
    if (!latest.note.empty())
        tip += QStringLiteral("\n") + qs(latest.note);
    if (latest.incomplete())
        tip += QStringLiteral("\n") + tr("%1 controls were undecided when it was approved.").arg(latest.undecided);
    m_bar->showVersion(note, tip);
}

} // namespace isms::app
