#include "reports/writers/page_size.h"

#include <algorithm>
#include <array>

namespace isms::reports {

QPageSize::PageSizeId pageSizeForLocale(const QLocale& locale)
{
    static constexpr std::array kLetterTerritories{
        QLocale::UnitedStates, QLocale::Canada,     QLocale::Mexico,    QLocale::Belize,
        QLocale::Chile,        QLocale::Colombia,   QLocale::CostaRica, QLocale::ElSalvador,
        QLocale::Guatemala,    QLocale::Nicaragua,  QLocale::Panama,    QLocale::Philippines,
        QLocale::PuertoRico,   QLocale::Venezuela,
    };
    const bool letter = std::find(kLetterTerritories.begin(), kLetterTerritories.end(),
                                  locale.territory())
                        != kLetterTerritories.end();
    return letter ? QPageSize::Letter : QPageSize::A4;
}

} // namespace isms::reports
