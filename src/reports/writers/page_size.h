#pragma once
// The paper a printed report is laid out on, from the reader's locale: the countries that use
// US Letter get Letter, everyone else A4 (the ISO default). The list follows the Unicode CLDR
// paper-size data.

#include <QLocale>
#include <QPageSize>

namespace isms::reports {

QPageSize::PageSizeId pageSizeForLocale(const QLocale& locale);

} // namespace isms::reports
