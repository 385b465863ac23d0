// ismsctl template save/list and new --from-template as a consultant scripts them: a private data
// folder per test (XDG_DATA_HOME), exit codes, what is printed, and a healthy new file.
#include "cli_support.h"

#include <catch2/catch_test_macros.hpp>

#include <cstdlib>

using namespace isms::test;

namespace {

struct TemplateSetup {
    DemoFile demo;
    fs::path data = demo.dir / "data";
    fs::path folder = data / "ISMS Desk" / "ISMS Desk" / "templates";
    TemplateSetup() { ::setenv("XDG_DATA_HOME", data.c_str(), 1); }
    Run run(const std::vector<std::string>& arguments) const { return ismsctl(demo.dir, arguments); }
};

} // namespace

TEST_CASE("template and new --from-template have --help, exit codes and usage errors", "[cli][template]")
{
    TemplateSetup s;
    auto help = s.run({"template", "--help"});
    CHECK(help.exitCode == 0);
    CHECK(contains(help.out, "Usage: ismsctl template"));
    CHECK(contains(help.out, "Exit codes"));
    CHECK(contains(s.run({"--help"}).out, "  template"));
    auto newHelp = s.run({"new", "--help"});
    CHECK(contains(newHelp.out, "--from-template"));
    CHECK(contains(newHelp.out, "Exit codes"));
    CHECK(s.run({"template"}).exitCode == 2);
    CHECK(s.run({"template", "frobnicate"}).exitCode == 2);
    CHECK(s.run({"template", "save", s.demo.path.string()}).exitCode == 2);
    CHECK(s.run({"template", "list", "extra"}).exitCode == 2);
    CHECK(s.run({"template", "a", "b", "c", "d"}).exitCode == 2);
    CHECK(s.run({"template", "--no-such-option"}).exitCode == 2);
    auto levels = s.run({"new", (s.demo.dir / "x.isms").string(), "--org", "X", "--from-template", "any",
                         "--levels", "4"});
    CHECK(levels.exitCode == 2);
    CHECK(contains(levels.err, "methodology comes from the template"));
    CHECK_FALSE(fs::exists(s.demo.dir / "x.isms"));
}

TEST_CASE("template save into the templates folder, list, and a healthy new client file from it", "[cli][template]")
{
    TemplateSetup s;
    auto empty = s.run({"template", "list"});
    CHECK(empty.exitCode == 0);
    CHECK(contains(empty.out, "No templates"));

    const std::string before = readFile(s.demo.path);
    auto saved = s.run({"template", "save", s.demo.path.string(), "Payroll baseline", "--author", "consultant"});
    INFO(saved.err);
    REQUIRE(saved.exitCode == 0);
    CHECK(contains(saved.out, "93 controls with their decisions"));
    CHECK(fs::exists(s.folder / "Payroll baseline.isms-template"));
    CHECK(readFile(s.demo.path) == before);  // the source is only read
    auto twice = s.run({"template", "save", s.demo.path.string(), "Payroll baseline"});
    CHECK(twice.exitCode == 1);
    CHECK(contains(twice.err, "already exists"));

    auto listed = s.run({"template", "list"});
    CHECK(listed.exitCode == 0);
    CHECK(contains(listed.out, "Payroll baseline.isms-template"));
    CHECK(contains(listed.out, "5x5 methodology"));

    const auto client = s.demo.dir / "next.isms";
    auto made = s.run({"new", client.string(), "--org", "Next Client Ltd", "--from-template", "Payroll baseline",
                       "--scope", "The Leeds office"});
    INFO(made.err);
    REQUIRE(made.exitCode == 0);
    CHECK(contains(made.out, "from the template \"Payroll baseline\""));
    CHECK(contains(made.out, "decided"));
    auto check = s.run({"check", client.string()});
    INFO(check.out);
    CHECK(check.exitCode == 0);
    auto info = s.run({"info", client.string()});
    CHECK(contains(info.out, "Next Client Ltd"));
    auto people = s.run({"list", client.string(), "people", "--format", "csv"});
    CHECK(people.exitCode == 0);
    CHECK_FALSE(contains(people.out, "P-001"));
    auto controls = s.run({"list", client.string(), "controls", "--format", "csv"});
    CHECK(contains(controls.out, "A.5.1"));

    // A path works as well as a name, and the same client file is refused a second time.
    auto byPath = s.run({"new", (s.demo.dir / "third.isms").string(), "--org", "Third", "--from-template",
                         (s.folder / "Payroll baseline.isms-template").string()});
    CHECK(byPath.exitCode == 0);
    auto again = s.run({"new", client.string(), "--org", "Again", "--from-template", "Payroll baseline"});
    CHECK(again.exitCode == 1);
    CHECK(contains(again.err, "already exists"));
}

TEST_CASE("bad templates are refused with exit 1, a message, and no file", "[cli][template]")
{
    TemplateSetup s;
    const auto out = s.demo.dir / "out.isms";
    auto missing = s.run({"new", out.string(), "--org", "X", "--from-template", "No such template"});
    CHECK(missing.exitCode == 1);
    CHECK(contains(missing.err, "No such template.isms-template"));
    auto client = s.run({"new", out.string(), "--org", "X", "--from-template", s.demo.path.string()});
    CHECK(client.exitCode == 1);
    CHECK(contains(client.err, "is not a template"));
    fs::create_directories(s.folder);
    {
        std::ofstream text(s.folder / "Broken.isms-template");
        text << "not an ISMS file at all, only some text that goes on for a while and a while\n";
    }
    auto broken = s.run({"new", out.string(), "--org", "X", "--from-template", "Broken"});
    CHECK(broken.exitCode == 1);
    CHECK(contains(broken.err, "The template cannot be used"));
    CHECK_FALSE(fs::exists(out));
    auto listed = s.run({"template", "list"});
    CHECK(listed.exitCode == 1);
    CHECK(contains(listed.out, "Broken.isms-template  cannot be used"));
    auto notIsms = s.run({"template", "save", (s.demo.dir / "none.isms").string(), "T"});
    CHECK(notIsms.exitCode == 1);
    CHECK_FALSE(fs::exists(s.folder / "T.isms-template"));
}

TEST_CASE("a writer refused because the file is in use is told what works on the command line", "[cli][lock]")
{
    DemoFile demo;
    const auto path = demo.path.string();
    const auto csv = demo.dir / "t.csv";
    {
        std::ofstream out(csv);
        out << "ref,title\nRTP-900,Treatment\n";
    }
    const std::string command = "flock -x " + quoted(path) + " sleep 1 & sleep 0.3; " + quoted(ISMSCTL_PATH)
        + " import " + quoted(path) + " treatments " + quoted(csv.string()) + " >/dev/null 2>"
        + quoted((demo.dir / "err.txt").string()) + "; wait";
    REQUIRE(std::system(command.c_str()) == 0);
    const std::string err = readFile(demo.dir / "err.txt");
    CHECK(contains(err, "is open in another program"));
    CHECK(contains(err, "--wait SECONDS"));
    CHECK(contains(err, "Reading verbs"));
}
