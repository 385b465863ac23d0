#include "storage/methodology_store.h"

#include "storage/json.h"
#include "storage/sqlite.h"

namespace isms::storage {

namespace {

Result<void> loadScale(sql::Connection& db, const char* axis, std::vector<ScaleLevel>& scale)
{
    auto s = db.prepare("SELECT label, description FROM methodology_scale WHERE axis = ? ORDER BY level");
    if (!s)
        return s.error();
    s->bind(1, axis);
    return s->eachRow([&](sql::Statement& st) { scale.push_back({st.columnText(0), st.columnText(1)}); });
}

std::string scaleJson(const std::vector<ScaleLevel>& scale)
{
    std::string out = "[";
    for (std::size_t i = 0; i < scale.size(); ++i) {
        if (i)
            out += ',';
        out += JsonObject().add("label", scale[i].label).add("description", scale[i].description).str();
    }
    return out + "]";
}

} // namespace

Result<Methodology> loadMethodology(sql::Connection& db)
{
    Methodology m;
    {
        auto s = db.prepare("SELECT acceptable_max_score, acceptance_criteria, review_interval_months "
                            "FROM methodology WHERE id = 1");
        if (!s)
            return s.error();
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            return makeError(ErrorCode::Corrupt, "The file has no risk methodology.");
        m.acceptableMaxScore = static_cast<int>(s->columnInt(0));
        m.acceptanceCriteria = s->columnText(1);
        m.reviewIntervalMonths = static_cast<int>(s->columnInt(2));
    }
    if (auto r = loadScale(db, "likelihood", m.likelihood); !r)
        return r.error();
    if (auto r = loadScale(db, "impact", m.impact); !r)
        return r.error();
    {
        auto s = db.prepare("SELECT score FROM methodology_matrix ORDER BY likelihood, impact");
        if (!s)
            return s.error();
        auto read = s->eachRow([&](sql::Statement& st) { m.matrix.push_back(static_cast<int>(st.columnInt(0))); });
        if (!read)
            return read.error();
    }
    auto s = db.prepare("SELECT label, min_score, colour FROM methodology_bands ORDER BY position");
    if (!s)
        return s.error();
    auto read = s->eachRow([&](sql::Statement& st) {
        m.bands.push_back({st.columnText(0), static_cast<int>(st.columnInt(1)), st.columnText(2)});
    });
    if (!read)
        return read.error();
    return m;
}

Result<void> saveMethodology(sql::Connection& db, const Methodology& m)
{
    for (const char* table : {"methodology", "methodology_scale", "methodology_matrix", "methodology_bands"})
        if (auto r = db.exec(std::string("DELETE FROM ") + table); !r)
            return r;
    {
        auto s = db.prepare("INSERT INTO methodology (id, acceptable_max_score, acceptance_criteria, "
                            "review_interval_months) VALUES (1, ?, ?, ?)");
        if (!s)
            return s.error();
        s->bind(1, m.acceptableMaxScore);
        s->bind(2, m.acceptanceCriteria);
        s->bind(3, m.reviewIntervalMonths);
        if (auto r = s->run(); !r)
            return r;
    }
    {
        auto s = db.prepare("INSERT INTO methodology_scale (axis, level, label, description) VALUES (?, ?, ?, ?)");
        if (!s)
            return s.error();
        for (const auto& [axis, scale] : {std::pair{"likelihood", &m.likelihood}, std::pair{"impact", &m.impact}}) {
            for (std::size_t i = 0; i < scale->size(); ++i) {
                s->bind(1, axis);
                s->bind(2, static_cast<std::int64_t>(i + 1));
                s->bind(3, (*scale)[i].label);
                s->bind(4, (*scale)[i].description);
                if (auto r = s->run(); !r)
                    return r;
                s->reset();
            }
        }
    }
    {
        auto s = db.prepare("INSERT INTO methodology_matrix (likelihood, impact, score) VALUES (?, ?, ?)");
        if (!s)
            return s.error();
        const std::size_t cols = m.impact.size();
        for (std::size_t cell = 0; cell < m.matrix.size() && cols > 0; ++cell) {
            s->bind(1, static_cast<std::int64_t>(cell / cols + 1));
            s->bind(2, static_cast<std::int64_t>(cell % cols + 1));
            s->bind(3, m.matrix[cell]);
            if (auto r = s->run(); !r)
                return r;
            s->reset();
        }
    }
    auto s = db.prepare("INSERT INTO methodology_bands (position, label, min_score, colour) VALUES (?, ?, ?, ?)");
    if (!s)
        return s.error();
    for (std::size_t i = 0; i < m.bands.size(); ++i) {
        s->bind(1, static_cast<std::int64_t>(i + 1));
        s->bind(2, m.bands[i].label);
        s->bind(3, m.bands[i].minScore);
        s->bind(4, m.bands[i].colour);
        if (auto r = s->run(); !r)
            return r;
        s->reset();
    }
    return {};
}

std::string methodologyJson(const Methodology& m)
{
    std::string matrix = "[";
    for (std::size_t i = 0; i < m.matrix.size(); ++i)
        matrix += (i ? "," : "") + std::to_string(m.matrix[i]);
    matrix += "]";
    std::string bands = "[";
    for (std::size_t i = 0; i < m.bands.size(); ++i) {
        if (i)
            bands += ',';
        bands += JsonObject()
                     .add("label", m.bands[i].label)
                     .add("min_score", std::int64_t{m.bands[i].minScore})
                     .add("colour", m.bands[i].colour)
                     .str();
    }
    bands += "]";
    return JsonObject()
        .addRaw("likelihood", scaleJson(m.likelihood))
        .addRaw("impact", scaleJson(m.impact))
        .addRaw("matrix", matrix)
        .addRaw("bands", bands)
        .add("acceptable_max_score", std::int64_t{m.acceptableMaxScore})
        .add("acceptance_criteria", m.acceptanceCriteria)
        .add("review_interval_months", std::int64_t{m.reviewIntervalMonths})
        .str();
}

} // namespace isms::storage
