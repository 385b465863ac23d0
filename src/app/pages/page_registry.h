#pragma once
// The pages of the workspace, in navigation order: the dashboard, then each register grouped by
// clause (4 Context ... 10 Improvement, then Assets and the checklist) with the risk methodology
// beside the risk registers. The navigation is built from it and the workspace makes its pages
// from it, so adding a screen is a page class and one line in PageRegistry::standard().

#include "app/pages/page.h"

#include <functional>
#include <vector>

namespace isms {
class Catalogue;
}

namespace isms::app {

class DocumentSession;
class MessagePresenter;

// What a page is made with.
struct PageContext {
    DocumentSession& session;
    MessagePresenter& messages;
};

struct PageDescription {
    PageInfo info;
    // Makes the page (the workspace owns it); made on first visit.
    std::function<Page*(const PageContext&)> make;
};

class PageRegistry {
public:
    // The application's pages for the file's catalogue.
    static PageRegistry standard(const Catalogue& catalogue);

    // Adds a page after the last one of its group (a new group goes last), so the pages of a
    // group stay together and pages() is the navigation's order. A key already present is
    // replaced in place.
    void add(PageDescription page);

    const std::vector<PageDescription>& pages() const { return m_pages; }
    const PageDescription* find(const QString& key) const;

private:
    std::vector<PageDescription> m_pages;
};

} // namespace isms::app
