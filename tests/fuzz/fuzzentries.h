#pragma once

// What each fuzz target feeds: the entry points the application itself uses for that input, with
// no copy of their parsing. The libFuzzer targets (fuzz_*.cpp) call one each; tst_fuzzregressions
// replays every saved input through the same functions in the normal test suite.
#include <QByteArray>
#include <QString>

namespace vaultscope::fuzz {

void document(const QByteArray &data);   // a baseline document, as File › Import reads it
void workbook(const QByteArray &data);   // an .xlsx workbook: the zip layer, the sheet XML, the layouts
void estate(const QByteArray &data);     // an estate export, then every vault and object evaluated
void definition(const QByteArray &data); // a policy definition [NUL a resource]: loaded, then evaluated
void expression(const QByteArray &data); // a template expression on its own: parsed, then evaluated
void reviewBundle(
    const QByteArray &data);          // a review bundle, as given and re-sealed, merged into a scratch store
void idToken(const QByteArray &data); // an ID token NUL a JWKS document: parsed and verified
void oauthAnswer(const QByteArray &data); // a sign-in service answer: as discovery, token and device code
void graphPage(const QByteArray &data);   // a vault list page (Resource Graph or Resource Manager)

// The target of a regression folder (tests/data/fuzz-regressions/<target>/...), or null.
using Entry = void (*)(const QByteArray &);
Entry entryFor(const QString &target);

} // namespace vaultscope::fuzz
