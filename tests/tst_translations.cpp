// German and French are complete for the user interface, and the embedded catalogues load.
#include "common/translation.h"
#include "posture/demoestate.h"
#include "posture/posture.h"
#include "review/review.h"
#include "services/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
    void embeddedCatalogueLoads_data();
    void embeddedCatalogueLoads();
    void languageResolution();
    void labelsAndReasonsFollowTheWindowLanguage();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("de") << QStringLiteral(VAULTSCOPE_SOURCE_DIR "/translations/vaultscope_de.ts");
    QTest::newRow("fr") << QStringLiteral(VAULTSCOPE_SOURCE_DIR "/translations/vaultscope_fr.ts");
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int messages = 0;
    QStringList missing;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || type == QLatin1String("obsolete") ||
                text.trimmed().isEmpty())
                missing.append(source);
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 50);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(" | "))));
}

void TestTranslations::embeddedCatalogueLoads_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("supported");
    QTest::newRow("de") << "de" << QStringLiteral("Unterstützt");
    QTest::newRow("fr") << "fr" << QStringLiteral("Pris en charge");
}

void TestTranslations::embeddedCatalogueLoads()
{
    QFETCH(QString, language);
    QFETCH(QString, supported);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/vaultscope_") + language));
    QCOMPARE(translator.translate("vaultscope::EntryTableModel", "Supported"), supported);
}

void TestTranslations::languageResolution()
{
    QCOMPARE(vaultscope::resolveLanguage(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(vaultscope::resolveLanguage(QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(vaultscope::resolveLanguage(QStringLiteral("xx")), QStringLiteral("en"));
}

// Outcome and status labels and the evaluator's reasons are the window's language: a German window
// explains in German, the command line (no translator) stays English, and a report's own language
// is asked for explicitly.
void TestTranslations::labelsAndReasonsFollowTheWindowLanguage()
{
    using namespace vaultscope;
    const Estate estate = generateDemoEstate({1, 6, 3});
    const auto reasons = [&estate] {
        QStringList all;
        for (const QJsonObject &vault : estate.vaults) {
            for (const policy::Evaluation &e : evaluateVault(RuleSet::shipped(), estate, vault))
                all.append(e.reason);
        }
        return all.join(QLatin1Char('\n'));
    };
    const QString english = reasons();
    QVERIFY(english.contains(QStringLiteral("the rule does not select type")));
    QVERIFY(english.contains(QStringLiteral("(condition: ")));
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/vaultscope_de")));
    QCoreApplication::installTranslator(&german);
    const QString translated = reasons();
    const QString outcome = outcomeLabel(OutcomeCode::NonCompliant);
    const QString status = statusLabel(ReviewStatus::NotReviewed);
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(outcome, QStringLiteral("Nicht konform"));
    QCOMPARE(status, QStringLiteral("Nicht bewertet"));
    const Translation french = Translation::load(QStringLiteral("fr"));
    QCOMPARE(outcomeLabel(OutcomeCode::Compliant, &french), QStringLiteral("Conforme"));
    QCOMPARE(outcomeLabel(OutcomeCode::Compliant), QStringLiteral("Compliant"));
    QVERIFY(translated.contains(QStringLiteral("die Regel wählt den Typ")));
    QVERIFY(translated.contains(QStringLiteral("(Bedingung: ")));
    QVERIFY(!translated.contains(QStringLiteral("the rule does not select type")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
