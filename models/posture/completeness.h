#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace vaultscope {

class Translation;

// What a live scan covered: the subscriptions asked for, those read and those that failed (with
// the reason), and the vaults whose related resources could not be read. Imports and the demo
// generator record none (`recorded` stays false): they hold what the file held.
struct Completeness
{
    struct Failure
    {
        QString id;
        QString name;
        QString reason;
        // "Contoso-Prod-17 (5ab0…): 403 AuthorizationFailed: …", the one way a failure is written out.
        QString text() const;
    };

    bool recorded = false;
    int requested = 0;
    int succeeded = 0;
    QList<Failure> failed;
    int resources = 0;   // vaults captured
    int relatedGaps = 0; // vaults with related resources that could not be read
    int skipped = 0;     // items of the answers skipped for their shape (no id or type, an odd id)
    QStringList notes;   // e.g. the Resource Graph fallback

    bool complete() const
    {
        return !recorded || (failed.isEmpty() && relatedGaps == 0 && skipped == 0 && succeeded == requested);
    }
    QJsonObject toJson() const;
    static Completeness fromJson(const QJsonObject &json);
    // "2,000 of 2,000 subscriptions, 50,412 vaults" or "1,998 of 2,000 subscriptions: 2 failed
    // (403 AuthorizationFailed on 'Contoso-Prod-17' …)"; empty when not recorded.
    QString summary(const Translation *language = nullptr) const;
};

} // namespace vaultscope
