#pragma once
// The SoA table's two columns that no field holds: Reasons (as the domain counts them, ticked or
// following from links) and SoA check (what the rules find wrong with the control, with an icon
// and words, never colour alone). The page gives them the rows it works out from the live data.

#include "app/models/computed_columns.h"
#include "app/models/soa_rows.h"

namespace isms::app {

class SoaColumns final : public ComputedColumns {
public:
    enum Column { Reasons = 0, Check = 1 };

    void setRows(SoaRows rows) { m_rows = std::move(rows); }
    const SoaRows& rows() const { return m_rows; }

    int count() const override { return 2; }
    QVariant header(int column, int role) const override;
    QVariant data(int column, RecordId id, int role) const override;
    int sortRank(int column, RecordId id) const override;

private:
    SoaRows m_rows;
};

} // namespace isms::app
