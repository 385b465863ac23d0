// Evidence attachments the demo makes itself: the signed policy as a PDF (5.2), a plan of the
// server room's entry points as a PNG (control A.7.2) and the MFA coverage figures as a
// spreadsheet (metric, 9.1). Every check of attachments then has real files to work on.

#include "content/demo_parts.h"
#include "content/evidence_files.h"

#include <cmath>

namespace isms::content::demo {

namespace {

Bytes policyPdf(const Ids& ids)
{
    return minimalPdf("Information security policy (version 3.0)",
                      {"Approved by the Chief Executive Officer on " + ids.day(-200).toIso() + ".",
                       "",
                       "1. We protect the confidentiality, integrity and availability of the",
                       "   information our customers and staff entrust to us.",
                       "2. Information security objectives are set each year and reviewed by",
                       "   top management (clause 6.2).",
                       "3. We meet legal, regulatory and contractual requirements.",
                       "4. Everyone reports security events and weaknesses at once.",
                       "5. The ISMS is improved continually (clause 10.1).",
                       "",
                       "Signed: Chief Executive Officer"});
}

// A floor plan: walls, the one door with its badge reader (green), the camera (red), racks (grey).
Bytes serverRoomPng()
{
    constexpr int kWidth = 160, kHeight = 120;
    std::vector<Rgb> pixels(static_cast<std::size_t>(kWidth) * kHeight, Rgb{250, 250, 245});
    auto fill = [&](int x0, int y0, int x1, int y1, Rgb colour) {
        for (int y = y0; y < y1; ++y)
            for (int x = x0; x < x1; ++x)
                pixels[static_cast<std::size_t>(y) * kWidth + x] = colour;
    };
    const Rgb wall{40, 40, 40};
    fill(10, 10, 150, 14, wall);
    fill(10, 106, 150, 110, wall);
    fill(10, 10, 14, 110, wall);
    fill(146, 10, 150, 110, wall);
    fill(146, 50, 150, 70, Rgb{250, 250, 245});  // the door
    for (int rack = 0; rack < 4; ++rack)
        fill(30 + rack * 26, 30, 48 + rack * 26, 90, Rgb{150, 150, 160});
    fill(152, 44, 158, 50, Rgb{30, 160, 60});    // badge reader outside the door
    auto disc = [&](int cx, int cy, int radius, Rgb colour) {
        for (int y = cy - radius; y <= cy + radius; ++y)
            for (int x = cx - radius; x <= cx + radius; ++x)
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius)
                    pixels[static_cast<std::size_t>(y) * kWidth + x] = colour;
    };
    disc(138, 20, 4, Rgb{200, 40, 40});  // camera covering the door
    return pngImage(kWidth, kHeight, pixels);
}

Result<Bytes> mfaSheet(const Ids& ids)
{
    const int withMfa[] = {64, 70, 79, 85, 91, 94};
    std::vector<std::vector<std::string>> rows;
    for (int n = 0; n < 6; ++n) {
        const int accounts = 180 + 4 * n;
        const int covered = static_cast<int>(std::lround(accounts * withMfa[n] / 100.0));
        rows.push_back({ids.day(-30 * (6 - n)).toIso(), std::to_string(accounts), std::to_string(covered),
                        std::to_string(withMfa[n])});
    }
    return xlsxWorkbook("MFA coverage", {"Month", "Accounts", "With MFA", "Coverage %"}, rows,
                        ids.today.toDays() * 86400 + 12 * 3600);
}

} // namespace

Result<void> addEvidence(storage::IsmsFile& file, const Ids& ids)
{
    auto sheet = mfaSheet(ids);
    if (!sheet)
        return sheet.error();
    struct Item {
        std::string registerKey;
        RecordId id;
        const char* name;
        const char* mediaType;
        Bytes content;
    };
    const Item items[] = {
        {std::string(reg::documents), ids.documents.at("policy"), "information-security-policy-signed.pdf",
         "application/pdf", policyPdf(ids)},
        {std::string(reg::controls), ids.controls.at("A.7.2"), "server-room-entry-plan.png", "image/png",
         serverRoomPng()},
        {std::string(reg::metrics), ids.metrics.at("mfa"), "mfa-coverage.xlsx",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", *sheet},
    };
    for (const auto& item : items)
        if (auto attached = file.attach(item.registerKey, item.id, item.name, item.mediaType, item.content);
            !attached)
            return attached.error();
    return Ok{};
}

} // namespace isms::content::demo
