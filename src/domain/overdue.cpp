#include "overdue.h"

#include "record_lookup.h"

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <map>
#include <utility>
#include <tuple>

namespace isms {

namespace {

bool isOneOf(const std::string& value, std::initializer_list<const char*> keys)
{
    for (const char* k : keys)
        if (value == k)
            return true;
    return false;
}

class Collector {
public:
    Collector(const IsmsData& data, Date today, DueOptions options)
        : m_data(data), m_today(today), m_options(options)
    {
    }

    // Files an item as overdue or due soon, or drops it when the date is further away.
    // `what` names the thing that is due (QT_TRANSLATE_NOOP("isms::domain", "The treatment action")): one message of its own.
    void consider(std::string_view registerKey, const Record& record, std::optional<Date> due,
                  Message what)
    {
        if (!due)
            return;
        const long long late = daysBetween(*due, m_today);
        if (late > 0) {
            add(registerKey, record, *due, late,
                Message(late == 1 ? QT_TRANSLATE_NOOP("isms::domain", "%1 was due on %2 (1 day overdue).")
                                  : QT_TRANSLATE_NOOP("isms::domain", "%1 was due on %2 (%3 days overdue)."))
                    .arg(std::move(what)).arg(due->toIso()).arg(late));
        } else if (-late <= m_options.dueSoonDays) {
            add(registerKey, record, *due, late,
                Message(late == 0    ? QT_TRANSLATE_NOOP("isms::domain", "%1 is due today (%2).")
                        : late == -1 ? QT_TRANSLATE_NOOP("isms::domain", "%1 is due in 1 day (%2).")
                                     : QT_TRANSLATE_NOOP("isms::domain", "%1 is due in %3 days (%2)."))
                    .arg(std::move(what)).arg(due->toIso()).arg(-late));
        }
    }

    // An item that is overdue whatever its date says (closed without an effectiveness check).
    void addOverdue(DueItem item) { m_report.overdue.push_back(std::move(item)); }

    void add(std::string_view registerKey, const Record& record, Date due, long long late,
             Message message)
    {
        DueItem item{ruleItem(m_data, registerKey, record, std::move(message)), due, late};
        (late > 0 ? m_report.overdue : m_report.dueSoon).push_back(std::move(item));
    }

    DueReport finish()
    {
        auto order = [](const DueItem& a, const DueItem& b) {
            // Undated items are the most overdue: they have never been done at all.
            const long long la = a.due ? a.daysOverdue : std::numeric_limits<long long>::max();
            const long long lb = b.due ? b.daysOverdue : std::numeric_limits<long long>::max();
            return std::tie(lb, a.item.registerKey, a.item.ref, a.item.message)
                < std::tie(la, b.item.registerKey, b.item.ref, b.item.message);
        };
        std::sort(m_report.overdue.begin(), m_report.overdue.end(), order);
        std::sort(m_report.dueSoon.begin(), m_report.dueSoon.end(), order);
        for (const auto& i : m_report.overdue)
            ++m_report.overdueByRegister[i.item.registerKey];
        for (const auto& i : m_report.dueSoon)
            ++m_report.dueSoonByRegister[i.item.registerKey];
        return std::move(m_report);
    }

    const IsmsData& data() const { return m_data; }
    Date today() const { return m_today; }
    const DueOptions& options() const { return m_options; }

private:
    const IsmsData& m_data;
    Date m_today;
    DueOptions m_options;
    DueReport m_report;
};

void reviewDates(Collector& c, std::string_view registerKey, const char* dateField,
                 const char* what, bool skipClosed = false)
{
    const RegisterDef& def = c.data().def(registerKey);
    const FieldAt due(def, dateField);
    const std::optional<FieldAt> status =
        skipClosed ? std::optional<FieldAt>(FieldAt(def, "status")) : std::nullopt;
    for (const Record& r : c.data().of(registerKey)) {
        if (status && status->text(r) == "closed")
            continue;
        c.consider(registerKey, r, due.date(r), Message(what));
    }
}

void documents(Collector& c)
{
    const RegisterDef& def = c.data().def(reg::documents);
    const FieldAt status(def, "status"), nextReview(def, "next_review");
    for (const Record& r : c.data().of(reg::documents))
        if (status.text(r) != "retired")
            c.consider(reg::documents, r, nextReview.date(r),
                       Message(QT_TRANSLATE_NOOP("isms::domain", "Review of the document")));
}

void actionsDue(Collector& c, std::string_view registerKey, const char* what)
{
    const RegisterDef& def = c.data().def(registerKey);
    const FieldAt status(def, "status"), due(def, "due_date");
    const std::optional<FieldAt> decision =
        def.field("decision") ? std::optional<FieldAt>(FieldAt(def, "decision")) : std::nullopt;
    for (const Record& r : c.data().of(registerKey)) {
        const std::string_view st = status.text(r);
        if (st == "done" || st == "cancelled")
            continue;
        if (decision && decision->text(r) == "rejected")
            continue;
        c.consider(registerKey, r, due.date(r), Message(what));
    }
}

void audits(Collector& c)
{
    const RegisterDef& def = c.data().def(reg::audits);
    for (const Record& r : c.data().of(reg::audits)) {
        const std::string status = r.text(def, "status");
        // An audit without a status but with a held date was held: only planned ones are due.
        const bool planned = status == "planned" || (status.empty() && !r.date(def, "held_date"));
        if (planned)
            c.consider(reg::audits, r, r.date(def, "planned_date"),
                       Message(QT_TRANSLATE_NOOP("isms::domain", "The planned audit")));
    }
}

void managementReview(Collector& c)
{
    const RegisterDef& def = c.data().def(reg::reviews);
    const Record* last = nullptr;
    std::optional<Date> lastDate;
    const Record* nextPlanned = nullptr;
    std::optional<Date> nextDate;
    for (const Record& r : c.data().of(reg::reviews)) {
        if (auto held = reviewHeldOn(c.data(), r)) {
            if (!lastDate || *held > *lastDate) {
                last = &r;
                lastDate = held;
            }
        } else if (auto planned = r.date(def, "planned_date")) {
            if (!nextDate || *planned < *nextDate) {
                nextPlanned = &r;
                nextDate = planned;
            }
        }
    }
    const int months = c.options().managementReviewIntervalMonths;
    if (last) {
        c.consider(reg::reviews, *last, lastDate->addMonths(months),
                   Message(QT_TRANSLATE_NOOP("isms::domain", "The next management review (%1 months after the last one, "
                                                       "held on %2)"))
                       .arg(months)
                       .arg(lastDate->toIso()));
    } else if (nextPlanned) {
        c.consider(reg::reviews, *nextPlanned, nextDate,
                   Message(QT_TRANSLATE_NOOP("isms::domain", "The first management review, never held yet,")));
    }
    // Neither held nor planned: nothing is due on any date, so nothing is overdue. Readiness
    // reports the missing review (clause 9.3) as the gap it is.
}

void nonconformities(Collector& c)
{
    const RegisterDef& def = c.data().def(reg::nonconformities);
    for (const Record& r : c.data().of(reg::nonconformities)) {
        const std::string effective = r.text(def, "effective");
        if (!effective.empty() && effective != "not_checked")
            continue;
        if (r.text(def, "status") == "closed") {
            // Closing before checking that the corrective action worked breaks 10.2 f.
            auto due = r.date(def, "closed_on");
            if (!due)
                due = r.date(def, "effectiveness_due");
            const long long late = due ? std::max(0LL, daysBetween(*due, c.today())) : 0;
            c.addOverdue(DueItem{ruleItem(c.data(), reg::nonconformities, r,
                                          Message(QT_TRANSLATE_NOOP("isms::domain", "Closed without checking that the "
                                                                    "corrective action was effective: "
                                                                    "check it and record the result."))),
                                 due, late});
            continue;
        }
        c.consider(reg::nonconformities, r, r.date(def, "effectiveness_due"),
                   Message(QT_TRANSLATE_NOOP("isms::domain", "The effectiveness check of the corrective action")));
    }
}

void objectives(Collector& c)
{
    const RegisterDef& def = c.data().def(reg::objectives);
    for (const Record& r : c.data().of(reg::objectives))
        if (!isOneOf(r.text(def, "status"), {"achieved", "cancelled"}))
            c.consider(reg::objectives, r, r.date(def, "due_date"),
                       Message(QT_TRANSLATE_NOOP("isms::domain", "The objective")));
}

void trainings(Collector& c)
{
    const RegisterDef& def = c.data().def(reg::trainings);
    const auto& all = c.data().of(reg::trainings);
    // The latest successful training per (person, competence): an older record it renews is
    // history, not an expiry to chase. One pass keeps large registers quick.
    std::map<std::pair<std::int64_t, std::int64_t>, Date> latestSuccess;
    for (const Record& t : all) {
        const auto date = t.date(def, "date");
        const auto person = t.integer(def, "person");
        const auto competence = t.integer(def, "competence");
        if (!date || person == 0 || competence == 0
            || !isOneOf(t.text(def, "result"), {"completed", "passed"}))
            continue;
        auto [it, inserted] = latestSuccess.try_emplace({person, competence}, *date);
        if (!inserted && *date > it->second)
            it->second = *date;
    }
    auto replaced = [&](const Record& t) {
        const auto date = t.date(def, "date");
        const auto it = latestSuccess.find({t.integer(def, "person"), t.integer(def, "competence")});
        return date && it != latestSuccess.end() && it->second > *date;
    };
    for (const Record& r : all) {
        const auto expires = r.date(def, "expires");
        if (!expires || replaced(r))
            continue;
        const long long late = daysBetween(*expires, c.today());
        // A qualification expires at the end of its day, like every other due date here.
        if (late > 0)
            c.add(reg::trainings, r, *expires, late,
                  Message(late == 1 ? QT_TRANSLATE_NOOP("isms::domain", "Expired on %1 (1 day ago): renew it.")
                                    : QT_TRANSLATE_NOOP("isms::domain", "Expired on %1 (%2 days ago): renew it."))
                      .arg(expires->toIso())
                      .arg(late));
        else if (-late <= c.options().dueSoonDays)
            c.add(reg::trainings, r, *expires, late,
                  Message(late == 0    ? QT_TRANSLATE_NOOP("isms::domain", "Expires today (%1).")
                          : late == -1 ? QT_TRANSLATE_NOOP("isms::domain", "Expires in 1 day (%1).")
                                       : QT_TRANSLATE_NOOP("isms::domain", "Expires in %2 days (%1)."))
                      .arg(expires->toIso())
                      .arg(-late));
    }
}

} // namespace

int DueReport::overdueIn(std::string_view registerKey) const
{
    const auto it = overdueByRegister.find(registerKey);
    return it == overdueByRegister.end() ? 0 : it->second;
}

int DueReport::dueSoonIn(std::string_view registerKey) const
{
    const auto it = dueSoonByRegister.find(registerKey);
    return it == dueSoonByRegister.end() ? 0 : it->second;
}

DueReport dueItems(const IsmsData& data, Date today, DueOptions options)
{
    Collector c(data, today, options);
    documents(c);
    actionsDue(c, reg::treatments, QT_TRANSLATE_NOOP("isms::domain", "The treatment action"));
    actionsDue(c, reg::actions, QT_TRANSLATE_NOOP("isms::domain", "The corrective action"));
    actionsDue(c, reg::improvements, QT_TRANSLATE_NOOP("isms::domain", "The improvement"));
    audits(c);
    managementReview(c);
    nonconformities(c);
    reviewDates(c, reg::risks, "review_date", QT_TRANSLATE_NOOP("isms::domain", "Review of the risk"), true);
    reviewDates(c, reg::issues, "review_date", QT_TRANSLATE_NOOP("isms::domain", "Review of the issue"));
    reviewDates(c, reg::parties, "review_date", QT_TRANSLATE_NOOP("isms::domain", "Review of the interested party"));
    reviewDates(c, reg::requirements, "review_date", QT_TRANSLATE_NOOP("isms::domain", "Review of the requirement"));
    reviewDates(c, reg::competences, "review_date", QT_TRANSLATE_NOOP("isms::domain", "Review of the competence requirement"));
    objectives(c);
    reviewDates(c, reg::metrics, "next_due", QT_TRANSLATE_NOOP("isms::domain", "The next measurement"));
    trainings(c);
    return c.finish();
}

} // namespace isms
