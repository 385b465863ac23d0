#pragma once
// How the domain marks its English texts for translation without knowing Qt: lupdate extracts
// every QT_TRANSLATE_NOOP("isms::domain", "...") it reads, and this no-op definition (the same
// tokens as Qt's own, so a file that also includes Qt compiles cleanly) leaves the plain text.
// The app and the reports translate the texts in one place: reports::domainText().

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif
