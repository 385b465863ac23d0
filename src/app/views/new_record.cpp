#include "app/views/new_record.h"

#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "storage/isms_file.h"

#include <QCoreApplication>

namespace isms::app {

Result<Record> newRecordDraft(DocumentSession& session, const RegisterDef& def)
{
    Record record = Record::blank(def);
    for (std::size_t i = 0; i < def.fields.size(); ++i) {
        const FieldDef& field = def.fields[i];
        if (!field.required || field.computed)
            continue;
        Value& value = record.values[i];
        switch (field.type) {
        case FieldType::Text:
        case FieldType::LongText:
            value = ss(QCoreApplication::translate("NewRecord", "New %1").arg(qs(def.singular)));
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
            const RegisterDef* target = session.catalogue().find(field.target);
            storage::Query first;
            first.limit = 1;
            auto ids = target ? session.file().listIds(*target, first)
                              : Result<std::vector<RecordId>>(std::vector<RecordId>{});
            if (!ids)
                return ids.error();
            if (ids->empty())
                return makeError(ErrorCode::Invalid,
                                 ss(QCoreApplication::translate(
                                        "NewRecord",
                                        "Each %1 belongs to a %2, and there is none yet. Add a "
                                        "%2 first.")
                                        .arg(qs(def.singular),
                                             target ? qs(target->singular) : qs(field.target))));
            value = ids->front();
            break;
        }
        case FieldType::Level:
            break;
        }
    }
    return record;
}

} // namespace isms::app
