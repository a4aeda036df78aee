// Subcommands of goroscope-cli, one file each.
#pragma once

namespace goro::cli {

int cmd_demo(int argc, char** argv);
int cmd_demos();
int cmd_report(int argc, char** argv);
int cmd_trace(int argc, char** argv);
int cmd_run(int argc, char** argv);
int cmd_check(int argc, char** argv);
int cmd_export(int argc, char** argv);  // only when built with the GUI

}  // namespace goro::cli
