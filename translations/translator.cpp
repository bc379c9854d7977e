#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tidemark {

bool installTranslator(QCoreApplication &app)
{
    const QLocale locale = QLocale::system();
    auto tidemark = new QTranslator(&app);
    // QTranslator::load(QLocale, …) tries each of locale.uiLanguages() in turn: tidemark_de_DE, tidemark_de, …
    if (!tidemark->load(locale, QStringLiteral("tidemark"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // No catalogue for these languages: the English texts, with the singular and plural of "%n …(s)".
        if (tidemark->load(QStringLiteral("tidemark_en"), QStringLiteral(":/i18n")))
            app.installTranslator(tidemark);
        else
            delete tidemark;
        return false;
    }
    app.installTranslator(tidemark);
    // Qt's own strings (dialog buttons and the like), when Qt's translations are installed.
    auto qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace tidemark
