#pragma once

class QCoreApplication;

namespace tidemark {

// Installs Tidemark's translation (:/i18n/tidemark_<lang>.qm) and Qt's own for the system's UI languages,
// the first language that has one. Returns true when a Tidemark translation was installed; without one, the English
// catalogue (the singular and plural forms of "%n …(s)" texts) is installed and false returned.
bool installTranslator(QCoreApplication &app);

} // namespace tidemark
