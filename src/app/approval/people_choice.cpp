#include "app/approval/people_choice.h"

#include "app/session/document_session.h"
#include "app/session/value_convert.h"

#include <QComboBox>
#include <QCoreApplication>

namespace isms::app {

int addPeople(QComboBox& combo, DocumentSession& session)
{
    const RegisterDef& people = session.catalogue().get(reg::people);
    storage::Query query;
    query.sortField = people.titleField;
    auto records = session.file().list(people, query);
    if (!records)
        return 0;
    for (const Record& person : *records) {
        const QString name = qs(person.text(people, people.titleField));
        const QString label = name.isEmpty()
                                  ? qs(person.ref)
                                  : QCoreApplication::translate("isms::app", "%1 (%2)").arg(name, qs(person.ref));
        combo.addItem(label, QVariant::fromValue<qint64>(person.id));
    }
    return static_cast<int>(records->size());
}

RecordId chosenPerson(const QComboBox& combo)
{
    return combo.currentIndex() < 0 ? 0 : combo.currentData().toLongLong();
}

} // namespace isms::app
