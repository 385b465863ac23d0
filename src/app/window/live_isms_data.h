#pragma once
// The whole file as plain values (what the rules read), kept in memory and brought up to date
// from storage's typed change notifications: an edit re-reads the records and links it names,
// not the file. Equal, after any sequence of changes, to a fresh IsmsFile::loadAll (records by
// id, links in the order the file lists them); the incremental-update test checks exactly that.

#include "domain/isms_data.h"
#include "domain/result.h"
#include "storage/isms_file.h"

#include <vector>

namespace isms::app {

class LiveIsmsData {
public:
    explicit LiveIsmsData(IsmsData data) : m_data(std::move(data)) {}

    const IsmsData& data() const { return m_data; }

    // Applies one transaction's changes, reading what they name from `file`. On an error the
    // data may be partly updated: the caller reads the whole file again.
    Result<void> apply(const storage::IsmsFile& file, const std::vector<storage::Change>& changes);

private:
    Result<void> reloadRecord(const storage::IsmsFile& file, const std::string& registerKey, RecordId id);
    void removeRecord(const std::string& registerKey, RecordId id);
    Result<void> reloadLinks(const storage::IsmsFile& file, const std::string& registerKey, RecordId id);
    void dropLinksOf(const std::string& registerKey, RecordId id);
    Result<void> reloadApprovals(const storage::IsmsFile& file, RecordId riskId);
    Result<void> reloadResidualAssessment(const storage::IsmsFile& file, RecordId riskId);

    IsmsData m_data;
};

} // namespace isms::app
