#include "app/views/new_record.h"
#include "reports/domain_text.h"

#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "storage/isms_file.h"

#include <QCoreApplication>

namespace isms::app {

namespace {

// lupdate files a free function's tr() under its namespace: the same context here.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("isms::app", text, disambiguation, n);
}

// The parent of a new record by a required reference: the record the user came from when it is
// one of the target register, the same parent as the record of this register the user was on,
// the only candidate when there is one, else the user's choice. A caller that gives no chooser
// gets the first record (scripts and tests; the window always gives one).
Result<RecordId> requiredReference(DocumentSession& session, const RegisterDef& def,
                                   const FieldDef& field, const DraftOrigin& origin,
                                   const ReferenceChooser& choose)
{
    const RegisterDef* target = session.catalogue().find(field.target);
    if (target && origin.id != 0 && origin.registerKey == target->key)
        if (auto found = session.file().get(*target, origin.id))
            return origin.id;
    const RecordId siblingId = origin.sibling != 0 ? origin.sibling
                             : origin.registerKey == def.key ? origin.id : 0;
    if (siblingId != 0)
        if (auto sibling = session.file().get(def, siblingId))
            if (const auto* parent = std::get_if<std::int64_t>(&sibling->get(def, field.key)))
                return RecordId{*parent};
    storage::Query two;
    two.limit = 2;
    auto ids = target ? session.file().listIds(*target, two)
                      : Result<std::vector<RecordId>>(std::vector<RecordId>{});
    if (!ids)
        return ids.error();
    if (ids->empty())
        return makeError(ErrorCode::Invalid,
                         ss(tr("Each %1 belongs to a %2, and there is none yet. Add a %2 first.")
                                .arg(reports::domainText(def.singular),
                                     target ? reports::domainText(target->singular) : qs(field.target))));
    if (ids->size() == 1)
        return ids->front();
    if (!choose)
        return ids->front();
    const auto chosen = choose(def, field, *target);
    if (!chosen)
        return makeError(ErrorCode::Invalid,
                         ss(tr("No %1 was chosen, so no %2 was added. Choose the %1 it belongs "
                               "to, or open that %1 and add the %2 from there.")
                                .arg(reports::domainText(target->singular), reports::domainText(def.singular))));
    return *chosen;
}

} // namespace

Result<Record> newRecordDraft(DocumentSession& session, const RegisterDef& def,
                              const DraftOrigin& origin, ReferenceChooser choose)
{
    Record record = Record::blank(def);
    for (std::size_t i = 0; i < def.fields.size(); ++i) {
        const FieldDef& field = def.fields[i];
        Value& value = record.values[i];
        if (field.type == FieldType::Date && field.defaultsToToday)
            value = session.clock().today();
        if (!field.required || field.computed)
            continue;
        switch (field.type) {
        case FieldType::Text:
        case FieldType::LongText:
            value = ss(tr("New %1").arg(reports::domainText(def.singular)));
            break;
        case FieldType::Enum:
            if (!field.options.empty())
                value = field.options.front().key;
            break;
        case FieldType::Date:
            value = session.clock().today();
            break;
        case FieldType::Integer:
        case FieldType::Likelihood:
        case FieldType::Impact:
            value = std::int64_t{field.type == FieldType::Integer ? 0 : 1};
            break;
        case FieldType::Real:
            value = 0.0;
            break;
        case FieldType::Boolean:
            value = false;
            break;
        case FieldType::Reference: {
            auto parent = requiredReference(session, def, field, origin, choose);
            if (!parent)
                return parent.error();
            value = std::int64_t{*parent};
            break;
        }
        case FieldType::Level:
            break;
        }
    }
    return record;
}

} // namespace isms::app
