// goroscope-export: the image exporter behind `goroscope-cli export` (it links the Qt painting code).
#include <cstdio>

#include "commands.h"

int main(int argc, char** argv) { return goro::cli::cmd_export(argc - 1, argv + 1); }
