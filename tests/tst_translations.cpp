// German and French are complete for the user interface, and the embedded catalogues load.
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

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
