#pragma once

#include <QJsonObject>
#include <QString>

namespace vaultscope::DataPlane {

// Key Vault and Managed HSM objects as their REST API returns them: a key (GetKey body, "key.kid"),
// a secret (an item of GetSecrets: id, contentType, attributes; never a value), a certificate
// (GetCertificate body with its policy), a key's rotation policy (GetKeyRotationPolicy body). List
// items of keys and certificates carry no key type, size or policy: they are told apart so that
// the reader can say what to export instead.
enum class Kind { None, Key, KeyListItem, Secret, Certificate, CertificateListItem, RotationPolicy };
Kind kindOf(const QJsonObject &item);

// The object's identifier URL exactly as given: kid for keys, id for secrets and certificates.
QString identifierOf(const QJsonObject &raw);
// "https://myvault.vault.azure.net/keys/key01" (lower case) for a kid, a key's rotation policy id
// or a versioned key: the key a rotation policy belongs to.
QString keyOf(const QString &url);

// The form the data-plane definitions are evaluated against: "type" (Microsoft.KeyVault.Data/
// vaults/keys, …/secrets, …/certificates, Microsoft.ManagedHSM.Data/managedHsms/keys), "id", "name"
// and the fields that resources/policy/aliases/Microsoft.KeyVault.Data.md maps each alias to (Unix
// seconds as ISO 8601 date-times, the RSA key size from the modulus, the scheduled rotation date
// from the rotation policy). rotationPolicy: the key's, or empty.
QJsonObject normalize(const QJsonObject &raw, const QJsonObject &rotationPolicy = {});

} // namespace vaultscope::DataPlane
