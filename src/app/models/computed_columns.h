#pragma once
// Columns a page adds to a register's table that are no field of the file (the SoA's reasons and
// problems): worked out by the page from the data in memory, shown after the fields. The table
// model asks for their cells; it cannot filter them in SQL, so it sorts them in memory by rank.

#include "domain/record.h"

#include <QVariant>

namespace isms::app {

class ComputedColumns {
public:
    virtual ~ComputedColumns() = default;
    virtual int count() const = 0;
    // Header text and tooltip of column `column` (0 .. count() - 1).
    virtual QVariant header(int column, int role) const = 0;
    // The cell of record `id` in that column, for any item role.
    virtual QVariant data(int column, RecordId id, int role) const = 0;
    // Where a record sorts in that column, ascending; records of equal rank stay in ref order.
    virtual int sortRank(int column, RecordId id) const = 0;
};

} // namespace isms::app
