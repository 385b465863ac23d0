#include "assessment_run.h"

#include "ref_order.h"

#include <algorithm>

namespace isms {

void sortRuns(std::vector<AssessmentRun>& runs)
{
    std::stable_sort(runs.begin(), runs.end(), [](const AssessmentRun& a, const AssessmentRun& b) {
        if (a.date != b.date)
            return a.date < b.date;
        return refLess(a.ref, b.ref);
    });
}

} // namespace isms
