#include "reports/writers/odf_package.h"

#include <QRegularExpression>

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace isms::reports {

namespace {

constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::uint32_t kCentralHeader = 0x02014b50;
constexpr std::uint32_t kEndOfCentral = 0x06054b50;
constexpr qsizetype kEndSize = 22;
constexpr qsizetype kCentralSize = 46;
constexpr qsizetype kLocalSize = 30;

std::uint32_t read16(const QByteArray& d, qsizetype at)
{
    return std::uint8_t(d[at]) | std::uint32_t(std::uint8_t(d[at + 1])) << 8;
}
std::uint32_t read32(const QByteArray& d, qsizetype at)
{
    return read16(d, at) | read16(d, at + 2) << 16;
}
void put16(QByteArray& d, std::uint32_t v)
{
    d.append(char(v & 0xff));
    d.append(char((v >> 8) & 0xff));
}
void put32(QByteArray& d, std::uint32_t v)
{
    put16(d, v & 0xffff);
    put16(d, v >> 16);
}

struct Entry {
    QByteArray name;
    QByteArray data;  // uncompressed
};

std::optional<QByteArray> inflateRaw(const QByteArray& in, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return std::nullopt;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    if (rc != Z_STREAM_END || z.total_out != uLong(size))
        return std::nullopt;
    return out;
}

QByteArray deflateRaw(const QByteArray& in)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(in.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

std::optional<std::vector<Entry>> readZip(const QByteArray& zip)
{
    qsizetype end = -1;
    for (qsizetype at = zip.size() - kEndSize; at >= 0 && at >= zip.size() - kEndSize - 0xffff;
         --at)
        if (read32(zip, at) == kEndOfCentral) {
            end = at;
            break;
        }
    if (end < 0)
        return std::nullopt;
    std::vector<Entry> entries;
    const std::uint32_t count = read16(zip, end + 10);
    qsizetype at = qsizetype(read32(zip, end + 16));
    for (std::uint32_t i = 0; i < count; ++i) {
        if (at < 0 || at + kCentralSize > end || read32(zip, at) != kCentralHeader)
            return std::nullopt;
        const std::uint32_t method = read16(zip, at + 10);
        const qsizetype packed = qsizetype(read32(zip, at + 20));
        const qsizetype size = qsizetype(read32(zip, at + 24));
        const qsizetype nameLength = read16(zip, at + 28);
        const qsizetype local = qsizetype(read32(zip, at + 42));
        if (at + kCentralSize + nameLength > end || local < 0
            || local + kLocalSize > zip.size() || read32(zip, local) != kLocalHeader)
            return std::nullopt;
        const qsizetype dataAt =
            local + kLocalSize + read16(zip, local + 26) + read16(zip, local + 28);
        if (dataAt + packed > zip.size())
            return std::nullopt;
        Entry entry{zip.mid(at + kCentralSize, nameLength), {}};
        const QByteArray raw = zip.mid(dataAt, packed);
        if (method == 0) {
            entry.data = raw;
        } else if (method == 8) {
            auto inflated = inflateRaw(raw, size);
            if (!inflated)
                return std::nullopt;
            entry.data = std::move(*inflated);
        } else {
            return std::nullopt;
        }
        entries.push_back(std::move(entry));
        at += kCentralSize + nameLength + read16(zip, at + 30) + read16(zip, at + 32);
    }
    return entries;
}

std::pair<std::uint32_t, std::uint32_t> dosTime(const QDateTime& when)
{
    const QDateTime utc = when.isValid() ? when.toUTC() : QDateTime();
    if (!utc.isValid() || utc.date().year() < 1980 || utc.date().year() > 2107)
        return {0, (1u << 5) | 1u};  // 1980-01-01 00:00:00
    const QDate d = utc.date();
    const QTime t = utc.time();
    return {std::uint32_t(t.hour()) << 11 | std::uint32_t(t.minute()) << 5
                | std::uint32_t(t.second() / 2),
            std::uint32_t(d.year() - 1980) << 9 | std::uint32_t(d.month()) << 5
                | std::uint32_t(d.day())};
}

QByteArray writeZip(const std::vector<Entry>& entries, const QDateTime& when)
{
    // Plain variables: clang 14 cannot capture structured bindings in the lambda below.
    const auto stamp = dosTime(when);
    const std::uint32_t time = stamp.first;
    const std::uint32_t date = stamp.second;
    QByteArray out;
    QByteArray central;
    for (const auto& entry : entries) {
        const bool store = entry.name == "mimetype";
        const QByteArray packed = store ? entry.data : deflateRaw(entry.data);
        const auto crc = std::uint32_t(
            crc32(0, reinterpret_cast<const Bytef*>(entry.data.constData()), uInt(entry.data.size())));
        const auto offset = std::uint32_t(out.size());
        const auto header = [&](QByteArray& d) {
            put16(d, 20);               // version needed
            put16(d, 0);                // flags
            put16(d, store ? 0 : 8);    // method
            put16(d, time);
            put16(d, date);
            put32(d, crc);
            put32(d, std::uint32_t(packed.size()));
            put32(d, std::uint32_t(entry.data.size()));
            put16(d, std::uint32_t(entry.name.size()));
            put16(d, 0);                // extra field length
        };
        put32(out, kLocalHeader);
        header(out);
        out += entry.name;
        out += packed;
        put32(central, kCentralHeader);
        put16(central, 20);             // made by
        header(central);
        put16(central, 0);              // comment length
        put16(central, 0);              // disk
        put16(central, 0);              // internal attributes
        put32(central, 0);              // external attributes
        put32(central, offset);
        central += entry.name;
    }
    const auto centralAt = std::uint32_t(out.size());
    out += central;
    put32(out, kEndOfCentral);
    put16(out, 0);
    put16(out, 0);
    put16(out, std::uint32_t(entries.size()));
    put16(out, std::uint32_t(entries.size()));
    put32(out, std::uint32_t(central.size()));
    put32(out, centralAt);
    put16(out, 0);
    return out;
}

} // namespace

QByteArray sortAutomaticStyles(const QByteArray& contentXml)
{
    static const QByteArray open = "<office:automatic-styles>";
    static const QByteArray close = "</office:automatic-styles>";
    const qsizetype begin = contentXml.indexOf(open);
    const qsizetype end = contentXml.indexOf(close);
    if (begin < 0 || end < begin)
        return contentXml;
    const qsizetype inner = begin + open.size();
    const QString styles = QString::fromUtf8(contentXml.mid(inner, end - inner));
    static const QRegularExpression element(
        QStringLiteral(R"(<style:style\b[^>]*?(?:/>|>.*?</style:style>))"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression name(QStringLiteral(R"re(style:name="([^"]*)")re"));
    std::vector<std::pair<QString, QString>> sorted;
    for (auto it = element.globalMatch(styles); it.hasNext();) {
        const QString text = it.next().captured(0);
        sorted.emplace_back(name.match(text).captured(1), text);
    }
    std::sort(sorted.begin(), sorted.end());
    QString joined = QStringLiteral("\n");
    for (const auto& [key, text] : sorted)
        joined += QStringLiteral("    ") + text + QLatin1Char('\n');
    joined += QStringLiteral("  ");
    return contentXml.left(inner) + joined.toUtf8() + contentXml.mid(end);
}

QByteArray relativeColumnWidths(const QByteArray& contentXml)
{
    static const QRegularExpression percent(
        QStringLiteral(R"re(style:column-width="([0-9.]+)%")re"));
    QString text = QString::fromUtf8(contentXml);
    QString out;
    qsizetype last = 0;
    for (auto it = percent.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const int share = qRound(m.captured(1).toDouble() * 100);
        out += QStringLiteral("style:rel-column-width=\"%1*\"").arg(std::max(share, 1));
        last = m.capturedEnd();
    }
    if (last == 0)
        return contentXml;
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

std::optional<QByteArray> canonicalOdfPackage(const QByteArray& zip, const QDateTime& when)
{
    auto entries = readZip(zip);
    if (!entries)
        return std::nullopt;
    for (auto& entry : *entries)
        if (entry.name == "content.xml")
            entry.data = relativeColumnWidths(sortAutomaticStyles(entry.data));
    // ODF wants mimetype first; the rest keep Qt's (fixed) order.
    std::stable_partition(entries->begin(), entries->end(),
                          [](const Entry& e) { return e.name == "mimetype"; });
    return writeZip(*entries, when);
}

} // namespace isms::reports
