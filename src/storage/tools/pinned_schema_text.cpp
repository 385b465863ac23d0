// Build-time tool: pinned_schema_text OUT.cpp schema-1.sql schema-2.sql ... builds each pinned
// schema in an in-memory SQLite database and writes its schema text (schema_text_query.h) into
// OUT.cpp as pinnedSchemaText(version). Opening a file then compares against a constant instead
// of building the pinned schema first (about 12 ms of every start of the window and of ismsctl).
// The same libsqlite3 the program links does the building, so the text is what it would read.

#include "storage/schema_text_query.h"

#include <sqlite3.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

std::string readFile(const char* path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(std::string("cannot read ") + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string schemaTextOf(const std::string& ddl)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        throw std::runtime_error("cannot open an in-memory database");
    char* error = nullptr;
    if (sqlite3_exec(db, ddl.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        sqlite3_close(db);
        throw std::runtime_error("the DDL fails: " + message);
    }
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, isms::storage::kSchemaTextQuery, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("the schema text query fails");
    }
    std::string text;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        text += reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        text += isms::storage::kSchemaTextRowEnd;
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return text;
}

// A C++ string literal of any bytes: printable ASCII as it is, everything else as octal escapes.
std::string literal(const std::string& bytes)
{
    std::string out = "\"";
    for (const unsigned char c : bytes) {
        if (c == '"' || c == '\\')
            out += '\\', out += static_cast<char>(c);
        else if (c >= 0x20 && c < 0x7f && c != '?')
            out += static_cast<char>(c);
        else {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\%03o", c);
            out += escape;
        }
    }
    return out + "\"";
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::cerr << "usage: pinned_schema_text OUT.cpp schema-1.sql [schema-2.sql ...]\n";
        return 2;
    }
    try {
        std::ostringstream out;
        out << "// Generated at build time by src/storage/tools/pinned_schema_text.cpp from\n"
               "// src/storage/schemas/schema-<N>.sql: edit those, not this.\n"
               "#include \"storage/schema_check.h\"\n\nnamespace isms::storage {\n\n"
               "std::string_view pinnedSchemaText(int version)\n{\n    switch (version) {\n";
        for (int i = 2; i < argc; ++i) {
            const std::string text = schemaTextOf(readFile(argv[i]));
            out << "    case " << (i - 1) << ": {\n        static constexpr char text[] = " << literal(text)
                << ";\n        return {text, sizeof text - 1};\n    }\n";
        }
        out << "    default: return {};\n    }\n}\n\n} // namespace isms::storage\n";
        std::ofstream file(argv[1], std::ios::binary | std::ios::trunc);
        file << out.str();
        if (!file)
            throw std::runtime_error(std::string("cannot write ") + argv[1]);
    } catch (const std::exception& e) {
        std::cerr << "pinned_schema_text: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
