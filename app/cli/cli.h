#pragma once

namespace vaultscope::cli {

// Exit codes are part of the public command-line contract.
enum ExitCode { Success = 0, InputError = 1, UsageError = 2, DatabaseError = 3 };

// True when the arguments ask for a headless command rather than the GUI.
bool wantsCommandLine(int argc, char **argv);
int run(int argc, char **argv);

} // namespace vaultscope::cli
