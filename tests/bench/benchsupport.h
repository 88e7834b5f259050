#pragma once

#include <QtGlobal>

#include <sys/resource.h>

// The process's peak resident set size so far, in MB (what the benchmarks report as memory).
inline long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// The estate size the benchmarks use: 2,000 subscriptions and 50,000 vaults, or BENCH_SUBSCRIPTIONS
// and BENCH_VAULTS for a quicker look.
inline int benchSize(const char *variable, int fallback)
{
    return qEnvironmentVariableIsSet(variable) ? qEnvironmentVariableIntValue(variable) : fallback;
}
