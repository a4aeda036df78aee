// Subcommands of goroscope-cli, one file each.
#pragma once

namespace goro::cli {

int cmd_demo(int argc, char** argv);
int cmd_demos();

}  // namespace goro::cli
