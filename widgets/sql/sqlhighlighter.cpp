#include "sqlhighlighter.h"

namespace tidemark {
namespace {

constexpr int StringState = 1;
constexpr int EscapeStringState = 2;
constexpr int DoubleQuotedState = 3;
constexpr int BacktickState = 4;
constexpr int CommentState = 16;     // + depth
constexpr int DollarState = 0x10000; // + tag number

QTextCharFormat charFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::DemiBold);
    f.setFontItalic(italic);
    return f;
}

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument *document, DatabaseKind dialect)
    : QSyntaxHighlighter(document), m_dialect(dialect)
{
    makeFormats(false);
}

SqlHighlighter::~SqlHighlighter() = default;

void SqlHighlighter::setDialect(DatabaseKind dialect)
{
    if (dialect == m_dialect)
        return;
    m_dialect = dialect;
    rehighlight();
}

void SqlHighlighter::setDarkBackground(bool dark)
{
    makeFormats(dark);
    rehighlight();
}

void SqlHighlighter::makeFormats(bool dark)
{
    using K = SqlHighlightKind;
    auto set = [this](K kind, const QTextCharFormat &f) { m_formats[std::size_t(kind)] = f; };
    set(K::Keyword, charFormat(dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x00, 0x33, 0xb3), true));
    set(K::Type, charFormat(dark ? QColor(0x4e, 0xc9, 0xb0) : QColor(0x00, 0x6e, 0x7a)));
    set(K::Number, charFormat(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x17, 0x50, 0xeb)));
    set(K::String, charFormat(dark ? QColor(0xce, 0x91, 0x78) : QColor(0x06, 0x7d, 0x17)));
    set(K::QuotedIdentifier, charFormat(dark ? QColor(0xd6, 0x9d, 0xd8) : QColor(0x87, 0x10, 0x94)));
    set(K::Comment, charFormat(dark ? QColor(0x8a, 0x99, 0x8a) : QColor(0x6a, 0x73, 0x7d), false, true));
    set(K::Annotation, charFormat(dark ? QColor(0xe5, 0xc0, 0x7b) : QColor(0x9e, 0x4f, 0x00), true));
    set(K::DollarTag, charFormat(dark ? QColor(0xd6, 0x9d, 0xd8) : QColor(0x87, 0x10, 0x94), true));
    QTextCharFormat body;
    body.setBackground(dark ? QColor(0x2c, 0x27, 0x36) : QColor(0xf7, 0xf3, 0xfb));
    set(K::DollarBody, body);
}

int SqlHighlighter::encode(const SqlLineState &state)
{
    switch (state.kind) {
    case SqlLineState::Kind::Normal:
        return 0;
    case SqlLineState::Kind::String:
        return StringState;
    case SqlLineState::Kind::EscapeString:
        return EscapeStringState;
    case SqlLineState::Kind::DoubleQuoted:
        return DoubleQuotedState;
    case SqlLineState::Kind::Backtick:
        return BacktickState;
    case SqlLineState::Kind::BlockComment:
        return CommentState + std::min(state.commentDepth, DollarState - CommentState - 1);
    case SqlLineState::Kind::DollarQuote: {
        auto it = m_tagIds.constFind(state.dollarTag);
        if (it == m_tagIds.cend()) {
            it = m_tagIds.insert(state.dollarTag, int(m_tags.size()));
            m_tags.append(state.dollarTag);
        }
        return DollarState + *it;
    }
    }
    return 0;
}

SqlLineState SqlHighlighter::decode(int state) const
{
    if (state >= DollarState && state - DollarState < m_tags.size())
        return {SqlLineState::Kind::DollarQuote, 0, m_tags.at(state - DollarState)};
    if (state >= CommentState && state < DollarState)
        return {SqlLineState::Kind::BlockComment, state - CommentState, {}};
    switch (state) {
    case StringState:
        return {SqlLineState::Kind::String, 0, {}};
    case EscapeStringState:
        return {SqlLineState::Kind::EscapeString, 0, {}};
    case DoubleQuotedState:
        return {SqlLineState::Kind::DoubleQuoted, 0, {}};
    case BacktickState:
        return {SqlLineState::Kind::Backtick, 0, {}};
    default:
        return {};
    }
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    const SqlHighlightedLine line = highlightSqlLine(text, decode(previousBlockState()), m_dialect);
    QColor bodyBackground;
    int bodyEnd = -1;
    for (const SqlHighlightSpan &span : line.spans) {
        QTextCharFormat f = formatFor(span.kind);
        if (span.kind == SqlHighlightKind::DollarBody) {
            bodyBackground = f.background().color();
            bodyEnd = span.start + span.length;
        } else if (span.embedded && span.start < bodyEnd) {
            f.setBackground(bodyBackground);
        }
        setFormat(span.start, span.length, f);
    }
    setCurrentBlockState(encode(line.end));
}

} // namespace tidemark
