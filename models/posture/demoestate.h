#pragma once

#include "estate.h"

namespace vaultscope {

// A deterministic, realistic estate for demonstrations and benchmarks: Recovery Services vaults,
// Backup vaults, Key Vaults and a few Managed HSMs spread over subscriptions, regions and resource
// groups, in Azure's wire format, with a believable mix of good, bad and absent configuration and
// diagnostic settings for part of the Key Vaults. The same seed gives the same estate.
struct DemoEstateOptions
{
    int subscriptions = 12;
    int vaults = 240;
    quint32 seed = 42;
};

Estate generateDemoEstate(const DemoEstateOptions &options);

} // namespace vaultscope
