#include "record_writer.h"

#include <stdexcept>

namespace isms::content {

RecordWriter::RecordWriter(storage::IsmsFile& file) : m_file(file) {}

void RecordWriter::fail(Error error)
{
    if (m_result.ok())
        m_result = std::move(error);
}

Record RecordWriter::blank(std::string_view registerKey) const
{
    return Record::blank(m_file.catalogue().get(registerKey));
}

void RecordWriter::set(std::string_view registerKey, Record& record, std::string_view field,
                       FieldValue value)
{
    const auto& def = m_file.catalogue().get(registerKey);
    if (!def.field(std::string(field))) {
        fail(makeError(ErrorCode::Internal, "The " + def.key + " register has no field "
                                                + std::string(field) + "."));
        return;
    }
    record.set(def, std::string(field), std::move(value.value));
}

RecordId RecordWriter::add(std::string_view registerKey, Fields fields, const std::string& ref)
{
    if (failed())
        return 0;
    Record record = blank(registerKey);
    record.ref = ref;
    for (const auto& [key, value] : fields)
        set(registerKey, record, key, value);
    return add(registerKey, std::move(record));
}

RecordId RecordWriter::add(std::string_view registerKey, Record record)
{
    if (failed())
        return 0;
    auto stored = m_file.insert(m_file.catalogue().get(registerKey), std::move(record));
    if (!stored) {
        fail(stored.error());
        return 0;
    }
    return stored->id;
}

void RecordWriter::update(std::string_view registerKey, RecordId id, Fields fields)
{
    if (failed())
        return;
    const auto& def = m_file.catalogue().get(registerKey);
    auto stored = m_file.get(def, id);
    if (!stored) {
        fail(stored.error());
        return;
    }
    Record record = std::move(*stored);
    for (const auto& [key, value] : fields)
        set(registerKey, record, key, value);
    if (failed())
        return;
    if (auto updated = m_file.update(def, record); !updated)
        fail(updated.error());
}

void RecordWriter::link(std::string_view linkKey, RecordId from, RecordId to,
                        std::string_view toRegister)
{
    if (failed())
        return;
    const auto& def = m_file.catalogue().link(linkKey);
    const std::string target = toRegister.empty() ? def.to : std::string(toRegister);
    if (auto linked = m_file.link(def, from, target, to); !linked)
        fail(linked.error());
}

} // namespace isms::content
