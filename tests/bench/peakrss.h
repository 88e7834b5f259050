#pragma once

#include <sys/resource.h>

// The process's peak resident set size so far, in MB (what the benchmarks report as memory).
inline long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}
