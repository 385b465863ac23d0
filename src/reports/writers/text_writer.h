#pragma once
// The plain-text format, for a terminal and for a mail: headings underlined, key-value blocks
// aligned, tables in aligned columns under a header rule, the heat map as a grid of numbers and
// a bar chart as bars of text. A table too wide for the line is shown one record at a time
// (each row as a key-value block), as psql's expanded display does. The same document and line
// width always give the same bytes; every text is made safe for a terminal (terminal_text.h).

#include "reports/report_writer.h"

namespace isms::reports {

class TextWriter final : public ReportWriter {
public:
    static constexpr int kDefaultWidth = 100;
    static constexpr int kMinWidth = 60;
    static constexpr int kMaxWidth = 200;

    // Lines of at most `lineWidth` columns (clamped to kMinWidth..kMaxWidth).
    explicit TextWriter(int lineWidth = kDefaultWidth);

    QString key() const override;
    QString suffix() const override;
    QString displayName() const override;
    bool deterministic() const override { return true; }
    Result<void> write(const ReportDocument& document, const QString& path,
                       const WriteProgress& progress) const override;

    // The whole document as text (UTF-8 when written), or cancelledError().
    Result<QString> render(const ReportDocument& document, const WriteProgress& progress = {}) const;

    int lineWidth() const { return m_width; }

private:
    int m_width;
};

} // namespace isms::reports
