#pragma once

// The windowed mode: creates QApplication and the main window.
class GuiApplication
{
public:
    static int run(int argc, char* argv[]);
};
