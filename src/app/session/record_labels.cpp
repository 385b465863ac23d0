#include "app/session/record_labels.h"

#include "app/session/value_convert.h"
#include "storage/isms_file.h"

#include <QCoreApplication>

namespace isms::app {

namespace {
QString cacheKey(const std::string& registerKey, RecordId id)
{
    return qs(registerKey) + QLatin1Char('/') + QString::number(id);
}
} // namespace

const RecordLabels::Entry& RecordLabels::entry(const std::string& registerKey, RecordId id)
{
    const QString key = cacheKey(registerKey, id);
    auto it = m_cache.find(key);
    if (it != m_cache.end())
        return *it;
    Entry entry;
    const RegisterDef* def = m_file.catalogue().find(registerKey);
    if (def) {
        auto record = m_file.get(*def, id);
        if (record) {
            entry.ref = qs(record->ref);
            entry.title = qs(record->text(*def, def->titleField));
        }
    }
    if (entry.ref.isEmpty())
        entry.ref = QCoreApplication::translate("RecordLabels", "(removed record #%1)").arg(id);
    return *m_cache.insert(key, entry);
}

QString RecordLabels::label(const std::string& registerKey, RecordId id)
{
    const Entry& e = entry(registerKey, id);
    return e.title.isEmpty() ? e.ref : e.ref + QLatin1Char(' ') + e.title;
}

QString RecordLabels::ref(const std::string& registerKey, RecordId id)
{
    return entry(registerKey, id).ref;
}

void RecordLabels::forget(const std::string& registerKey, RecordId id)
{
    m_cache.remove(cacheKey(registerKey, id));
}

} // namespace isms::app
