#pragma once
// The risk methodology's page (clause 6.1.2): the file's one methodology, not a register, edited
// in MethodologyEditor and placed in the navigation beside the risk register.

#include "app/pages/page.h"
#include "app/pages/page_registry.h"

namespace isms {
class Catalogue;
}

namespace isms::app {

class DocumentSession;
class MethodologyEditor;

class MethodologyPage final : public Page {
    Q_OBJECT

public:
    static PageDescription description(const Catalogue& catalogue);

    MethodologyPage(PageInfo info, DocumentSession& session, QWidget* parent = nullptr);

    MethodologyEditor* editor() const { return m_editor; }

    PageActions actions() const override;
    QString reportKind() const override { return QStringLiteral("criteria"); }

private:
    MethodologyEditor* m_editor;
};

} // namespace isms::app
