#pragma once
// --dark: the Fusion style with a dark palette, for desktops without a dark theme of their own
// (and to check that every colour the app paints reads on dark as well as light).

namespace isms::app {

void useDarkPalette();

} // namespace isms::app
