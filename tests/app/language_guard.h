#pragma once
// For tests that switch the application's language: takes the translators out again when it
// goes, so that the other tests of the executable stay English.

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace isms::app::test {

struct LanguageGuard {
    QLocale before;
    ~LanguageGuard()
    {
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(before);
    }
};

} // namespace isms::app::test
